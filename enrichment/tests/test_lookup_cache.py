"""The lookup cache between workers: one fetch per key, waiting workers reuse it, and a slow paid fetch never
holds the database while it runs."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from enrichment.lookups import cached_lookup
from enrichment.models import LookupCache, ProviderUsage
from enrichment.providers.base import ProviderUnavailable

pytestmark = pytest.mark.django_db(transaction=True)

KEY = "+14165550142"


class SlowFetch:
    """A provider call that answers only when the test lets it."""

    def __init__(self) -> None:
        self.started, self.release, self.calls = threading.Event(), threading.Event(), 0

    def __call__(self) -> dict:
        self.calls += 1
        self.started.set()
        assert self.release.wait(20), "the test never released the fetch"
        return {"line_type": "mobile"}


def _in_thread(target, results: dict, name: str) -> threading.Thread:
    def run() -> None:
        try:
            results[name] = target()
        except Exception as exc:  # noqa: BLE001 - handed to the test's assertions
            results[name] = exc
        finally:
            connection.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _lookup(fetch, **kwargs):
    return cached_lookup(provider="twilio", key=KEY, ttl=3600, fetch=fetch, **kwargs)


def test_a_second_worker_waits_for_the_first_ones_answer_and_pays_nothing():
    fetch, results = SlowFetch(), {}
    first = _in_thread(lambda: _lookup(fetch, daily_limit=5), results, "first")
    assert fetch.started.wait(10)
    second = _in_thread(lambda: _lookup(fetch, daily_limit=5), results, "second")
    second.join(0.6)
    assert second.is_alive(), "the second worker did not wait for the answer being fetched"
    fetch.release.set()
    first.join(10), second.join(10)
    assert results["first"].from_cache is False and results["second"].from_cache is True
    assert results["second"].value == {"line_type": "mobile"} and fetch.calls == 1
    assert ProviderUsage.objects.get(provider="twilio").count == 1
    assert LookupCache.objects.get(key=KEY).hits == 1


def test_a_slow_fetch_does_not_hold_the_database_and_an_erasure_meanwhile_is_respected():
    fetch, results = SlowFetch(), {}
    worker = _in_thread(lambda: _lookup(fetch), results, "lookup")
    assert fetch.started.wait(10)
    waiting = _in_thread(lambda: _lookup(fetch), results, "waiting")  # a second worker, waiting for the answer

    def erase_and_record() -> int:  # another worker: the number is erased while its lookup is on the wire
        deleted, _ = LookupCache.objects.filter(key=KEY).delete()
        ProviderUsage.objects.create(provider="places", day=timezone.now().date(), count=1)
        return deleted

    other = _in_thread(erase_and_record, results, "erasure")
    other.join(5)
    assert not other.is_alive() and results["erasure"] == 1, results.get("erasure")
    fetch.release.set()
    worker.join(10)
    assert results["lookup"].value == {"line_type": "mobile"}  # the caller gets its answer
    waiting.join(10)
    assert not waiting.is_alive(), "the waiting worker hung on the erased row"
    assert results["waiting"].value == {"line_type": "mobile"}  # it asked again (the erased answer was not kept)
    assert fetch.calls == 2


def test_a_failed_fetch_stores_nothing_spends_nothing_and_the_next_worker_fetches_at_once():
    def down() -> dict:
        raise ProviderUnavailable("twilio", "HTTP 503")

    with pytest.raises(ProviderUnavailable):
        _lookup(down, daily_limit=1)
    assert not ProviderUsage.objects.filter(provider="twilio", count__gt=0).exists()
    lookup = _lookup(lambda: {"line_type": "landline"}, daily_limit=1)
    assert lookup.value == {"line_type": "landline"} and lookup.from_cache is False
    assert ProviderUsage.objects.get(provider="twilio").count == 1


def test_a_worker_that_died_mid_fetch_is_replaced_when_its_lease_runs_out():
    LookupCache.objects.create(
        provider="twilio", key=KEY, expires_at=timezone.now(), fetching_until=timezone.now() + timedelta(seconds=1)
    )
    lookup = _lookup(lambda: {"line_type": "voip"})
    assert lookup.value == {"line_type": "voip"} and lookup.from_cache is False
    row = LookupCache.objects.get(key=KEY)
    assert row.fetching_until is None and row.value == {"line_type": "voip"}


def test_the_daily_purge_leaves_a_row_being_fetched_alone():
    from enrichment.lookups import lookup_cache_purge

    now = timezone.now()
    LookupCache.objects.create(provider="twilio", key=KEY, expires_at=now, fetching_until=now + timedelta(minutes=5))
    LookupCache.objects.create(provider="twilio", key="+14165550143", expires_at=now)
    assert lookup_cache_purge() == 1
    assert list(LookupCache.objects.values_list("key", flat=True)) == [KEY]
