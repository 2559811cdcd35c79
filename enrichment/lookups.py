"""The lookup cache and the daily budget of paid requests: an answer is paid for once per TTL, across workers."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from enrichment.models import LookupCache, ProviderUsage
from enrichment.providers.base import ProviderLimitReached


@dataclass(frozen=True)
class Lookup:
    """An answer and whether it came from the cache (nothing paid) or from the provider."""

    value: dict[str, Any]
    from_cache: bool


def usage_claim(*, provider: str, limit: int) -> int:
    """Count one paid request for today (UTC); raise ``ProviderLimitReached`` when ``limit`` is spent.

    The conditional UPDATE makes the check and the increment one statement, so concurrent workers cannot
    overspend the budget together.
    """
    day = timezone.now().date()
    ProviderUsage.objects.get_or_create(provider=provider, day=day)
    if not ProviderUsage.objects.filter(provider=provider, day=day, count__lt=limit).update(count=F("count") + 1):
        raise ProviderLimitReached(provider, f"The daily limit of {limit} {provider} lookups is spent; tomorrow.")
    return ProviderUsage.objects.get(provider=provider, day=day).count


def cached_lookup(
    *,
    provider: str,
    key: str,
    ttl: Callable[[dict[str, Any]], int] | int,
    fetch: Callable[[], dict[str, Any]],
    daily_limit: int | None = None,
) -> Lookup:
    """The cached answer for ``(provider, key)`` while fresh; otherwise ``fetch()`` it (counting it against
    ``daily_limit`` when given) and keep it for ``ttl`` seconds (a number, or a function of the answer).

    The cache row is locked while fetching, so a second worker asking for the same key waits and reuses the
    answer instead of paying for it again. A failed fetch stores nothing and spends nothing.
    """
    key = key[:512]
    now = timezone.now()
    with transaction.atomic():
        row, _ = LookupCache.objects.select_for_update().get_or_create(
            provider=provider, key=key, defaults={"expires_at": now}
        )
        if row.expires_at > now:
            LookupCache.objects.filter(pk=row.pk).update(hits=F("hits") + 1)
            return Lookup(value=row.value, from_cache=True)
        if daily_limit is not None:
            usage_claim(provider=provider, limit=daily_limit)
        value = fetch()
        seconds = ttl(value) if callable(ttl) else ttl
        row.value, row.expires_at, row.hits = value, timezone.now() + timedelta(seconds=seconds), 0
        row.save(update_fields=["value", "expires_at", "hits", "updated_at"])
        return Lookup(value=value, from_cache=False)


def lookup_cache_purge(*, older_than_days: int = 90) -> int:
    """Delete expired cache rows and usage counters older than ``older_than_days``; returns rows deleted."""
    now = timezone.now()
    deleted, _ = LookupCache.objects.filter(expires_at__lte=now).delete()
    old, _ = ProviderUsage.objects.filter(day__lt=(now - timedelta(days=older_than_days)).date()).delete()
    return deleted + old
