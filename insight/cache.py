"""A Redis cache that degrades to "nothing cached" while Redis is unreachable, instead of failing requests.

Throttle counters, viewer presence and cached lookups live in the cache; losing them for the length of an
outage is better than answering every request with a 500. The outage is logged, at most every 30 seconds.
"""

import logging
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)
OUTAGE = (RedisConnectionError, RedisTimeoutError, OSError)
LOG_EVERY = 30.0


class ResilientRedisCache(RedisCache):
    """``RedisCache`` whose reads miss and writes are skipped while Redis does not answer."""

    _last_logged = 0.0

    def _outage(self, operation: str, exc: Exception) -> None:
        now = time.monotonic()
        if now - ResilientRedisCache._last_logged > LOG_EVERY:
            ResilientRedisCache._last_logged = now
            log.warning("Redis cache unavailable (%s: %s); serving without cache", operation, exc)

    def _guard(self, operation: str, call, fallback: Any) -> Any:
        try:
            return call()
        except OUTAGE as exc:
            self._outage(operation, exc)
            return fallback

    def get(self, key, default=None, version=None):
        return self._guard("get", lambda: super(ResilientRedisCache, self).get(key, default, version), default)

    def get_many(self, keys, version=None):
        return self._guard("get_many", lambda: super(ResilientRedisCache, self).get_many(keys, version), {})

    def has_key(self, key, version=None):
        return self._guard("has_key", lambda: super(ResilientRedisCache, self).has_key(key, version), False)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("set", lambda: super(ResilientRedisCache, self).set(key, value, timeout, version), None)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("add", lambda: super(ResilientRedisCache, self).add(key, value, timeout, version), False)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        call = lambda: super(ResilientRedisCache, self).set_many(data, timeout, version)  # noqa: E731
        return self._guard("set_many", call, list(data))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("touch", lambda: super(ResilientRedisCache, self).touch(key, timeout, version), False)

    def delete(self, key, version=None):
        return self._guard("delete", lambda: super(ResilientRedisCache, self).delete(key, version), False)

    def delete_many(self, keys, version=None):
        return self._guard("delete_many", lambda: super(ResilientRedisCache, self).delete_many(keys, version), None)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except OUTAGE as exc:
            self._outage("incr", exc)
            raise ValueError(f"Key '{key}' not found (cache unavailable)") from exc

    def clear(self):
        return self._guard("clear", lambda: super(ResilientRedisCache, self).clear(), False)
