"""The lookup cache and the daily budget of paid requests: an answer is paid for once per TTL, across workers."""

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import F, Q, QuerySet
from django.utils import timezone

from enrichment.models import LookupCache, ProviderUsage
from enrichment.providers.base import ProviderLimitReached


@dataclass(frozen=True)
class Lookup:
    """An answer and whether it came from the cache (nothing paid) or from the provider."""

    value: dict[str, Any]
    from_cache: bool


FETCH_LEASE_SECONDS = 600  # longer than any provider's fetch; a worker that died mid-fetch is replaced after it
WAIT_POLL_SECONDS = 0.2


def usage_claim(*, provider: str, limit: int) -> date:
    """Count one paid request for today (UTC) and return that day; raise ``ProviderLimitReached`` when ``limit``
    is spent.

    The conditional UPDATE makes the check and the increment one statement, so concurrent workers cannot
    overspend the budget together.
    """
    day = timezone.now().date()
    ProviderUsage.objects.get_or_create(provider=provider, day=day)
    if not ProviderUsage.objects.filter(provider=provider, day=day, count__lt=limit).update(count=F("count") + 1):
        raise ProviderLimitReached(provider, f"The daily limit of {limit} {provider} lookups is spent; tomorrow.")
    return day


def usage_refund(*, provider: str, day: date) -> None:
    """Give back a request counted by ``usage_claim`` that was not made or did not get an answer."""
    ProviderUsage.objects.filter(provider=provider, day=day, count__gt=0).update(count=F("count") - 1)


def _fresh_value(rows: QuerySet[LookupCache]) -> dict[str, Any] | None:
    """The cached answer while fresh (counting the reuse), else None."""
    fresh = rows.filter(expires_at__gt=timezone.now())
    if not fresh.update(hits=F("hits") + 1):
        return None
    return fresh.values_list("value", flat=True).first()


def _lease_take(rows: QuerySet[LookupCache], seconds: int) -> bool:
    """Become the one worker fetching this key (one conditional UPDATE, so two workers cannot both win)."""
    now = timezone.now()
    free = Q(fetching_until__isnull=True) | Q(fetching_until__lte=now)
    return bool(rows.filter(free, expires_at__lte=now).update(fetching_until=now + timedelta(seconds=seconds)))


def cached_lookup(
    *,
    provider: str,
    key: str,
    ttl: Callable[[dict[str, Any]], int] | int,
    fetch: Callable[[], dict[str, Any]],
    daily_limit: int | None = None,
    lease_seconds: int = FETCH_LEASE_SECONDS,
) -> Lookup:
    """The cached answer for ``(provider, key)`` while fresh; otherwise ``fetch()`` it (counting it against
    ``daily_limit`` when given) and keep it for ``ttl`` seconds (a number, or a function of the answer).

    One worker at a time fetches a key: it takes a lease on the cache row (``fetching_until``), and a second worker
    asking for the same key waits for the answer and reuses it instead of paying for it again. No transaction is
    held during the fetch, so a slow provider never holds the database (SQLite's single writer included). A failed
    fetch stores nothing and spends nothing; a worker that dies mid-fetch is replaced once its lease runs out.
    """
    key = key[:512]
    rows = LookupCache.objects.filter(provider=provider, key=key)
    while True:  # the row is made again if an erasure or a purge removed it while this worker waited
        LookupCache.objects.get_or_create(provider=provider, key=key, defaults={"expires_at": timezone.now()})
        value = _fresh_value(rows)
        if value is not None:
            return Lookup(value=value, from_cache=True)
        if _lease_take(rows, lease_seconds):
            break
        time.sleep(WAIT_POLL_SECONDS)
    day = None
    try:
        if daily_limit is not None:
            day = usage_claim(provider=provider, limit=daily_limit)
        value = fetch()
        seconds = ttl(value) if callable(ttl) else ttl
    except BaseException:
        rows.update(fetching_until=None)
        if day is not None:
            usage_refund(provider=provider, day=day)
        raise
    now = timezone.now()
    rows.update(value=value, expires_at=now + timedelta(seconds=seconds), hits=0, fetching_until=None, updated_at=now)
    return Lookup(value=value, from_cache=False)


def lookup_cache_purge(*, older_than_days: int = 90) -> int:
    """Delete expired cache rows and usage counters older than ``older_than_days``; returns rows deleted."""
    now = timezone.now()
    deleted, _ = LookupCache.objects.filter(expires_at__lte=now).exclude(fetching_until__gt=now).delete()
    old, _ = ProviderUsage.objects.filter(day__lt=(now - timedelta(days=older_than_days)).date()).delete()
    return deleted + old
