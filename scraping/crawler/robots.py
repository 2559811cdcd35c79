"""robots.txt per origin, fetched once and cached, read for our user agent (RFC 9309 semantics)."""

import asyncio
import time
import urllib.robotparser
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

# (url) -> (status, body); raises on network failure
RobotsFetch = Callable[[str], Awaitable[tuple[int, bytes]]]


@dataclass
class RobotsRules:
    parser: urllib.robotparser.RobotFileParser | None
    allow_all: bool = False
    disallow_all: bool = False
    fetched_at: float = 0.0

    def allows(self, url: str, user_agent: str) -> bool:
        if self.disallow_all:
            return False
        if self.allow_all or self.parser is None:
            return True
        return self.parser.can_fetch(user_agent, url)

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        return float(delay) if delay is not None else None


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


class RobotsCache:
    """Rules per origin for ``ttl`` seconds. A missing robots.txt (4xx) allows everything; a server error or an
    unreachable robots.txt disallows everything until the next try, as RFC 9309 asks."""

    def __init__(self, fetch: RobotsFetch, *, user_agent: str, ttl: float = 3600.0, error_ttl: float = 60.0):
        self._fetch = fetch
        self.user_agent = user_agent
        self.ttl = ttl
        self.error_ttl = error_ttl
        self._rules: dict[str, RobotsRules] = {}
        self._pending: dict[str, asyncio.Future] = {}

    async def rules_for(self, url: str) -> RobotsRules:
        origin = origin_of(url)
        rules = self._rules.get(origin)
        now = time.monotonic()
        if rules is not None:
            ttl = self.error_ttl if rules.disallow_all else self.ttl
            if now - rules.fetched_at < ttl:
                return rules
        pending = self._pending.get(origin)
        if pending is not None:
            return await asyncio.shield(pending)
        future = asyncio.get_running_loop().create_future()
        self._pending[origin] = future
        try:
            rules = await self._load(origin)
            self._rules[origin] = rules
            future.set_result(rules)
            return rules
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved: waiters re-raise it themselves
            raise
        finally:
            del self._pending[origin]

    async def _load(self, origin: str) -> RobotsRules:
        now = time.monotonic()
        try:
            status, body = await self._fetch(origin + "/robots.txt")
        except Exception:
            return RobotsRules(None, disallow_all=True, fetched_at=now)
        if 400 <= status < 500:
            return RobotsRules(None, allow_all=True, fetched_at=now)
        if status >= 500 or status < 200:
            return RobotsRules(None, disallow_all=True, fetched_at=now)
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return RobotsRules(parser, fetched_at=now)

    async def allowed(self, url: str) -> bool:
        return (await self.rules_for(url)).allows(url, self.user_agent)
