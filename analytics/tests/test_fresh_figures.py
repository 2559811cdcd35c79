"""Issue 24: figures follow rescoring and retrains without a manual recount."""

import datetime

import pytest
from django.utils import timezone

from accounts.tests.factories import UserFactory
from analytics.models import StatsRefresh
from analytics.services import lead_stats_ensure_current, lead_stats_refresh
from analytics.tests.helpers import lead_at
from leads.tests.api_roles import client_as
from leads.tests.factories import ContactPointFactory

pytestmark = pytest.mark.django_db


def _high_intent(client, day: datetime.date) -> int:
    response = client.get(f"/api/v1/analytics/summary?date_from={day}&date_to={day}")
    assert response.status_code == 200, response.content
    return next(card["value"] for card in response.json()["cards"] if card["key"] == "high_intent")


def test_a_rescore_shows_in_the_summary_without_a_recount():
    now = timezone.now() - datetime.timedelta(days=3)
    leads = [lead_at(now, intent_level="low") for _ in range(3)]
    lead_stats_refresh(full=True)
    client, _ = client_as("sales")
    day = timezone.localdate(now)
    assert _high_intent(client, day) == 0

    for lead in leads[:2]:  # what a rescore after a retrain writes
        lead.intent_level = "high"
        lead.save(update_fields=["intent_level", "updated_at"])

    assert _high_intent(client, day) == 2


def test_nothing_is_recounted_when_nothing_changed_and_a_new_phone_is_counted():
    lead = lead_at(timezone.now() - datetime.timedelta(days=2))
    assert lead_stats_ensure_current() is not None  # never refreshed: the first read counts
    assert lead_stats_ensure_current() is None
    watermark = StatsRefresh.objects.get().watermark
    ContactPointFactory(lead=lead)
    assert lead_stats_ensure_current() is not None
    assert StatsRefresh.objects.get().watermark > watermark


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("date_from=2026-05-10&date_to=2026-05-01", "The start date 2026-05-10 is after the end date 2026-05-01"),
        ("date_from=2026-02-30", "The start date “2026-02-30” is not a date"),
        ("date_to=yesterday", "The end date “yesterday” is not a date"),
    ],
)
def test_a_bad_or_reversed_range_is_said_not_replaced(client, query, message):
    client.force_login(UserFactory(role="sales"))
    page = client.get(f"/analytics/?{query}").content.decode()
    assert message in page
    assert 'data-range-error="' in page and 'id="analytics-error" class="analytics-error" role="alert">' in page


def test_a_good_range_has_no_error(client):
    client.force_login(UserFactory(role="sales"))
    page = client.get("/analytics/?date_from=2026-05-01&date_to=2026-05-10").content.decode()
    assert "data-range-error" not in page and 'role="alert" hidden' in page


def test_a_change_too_big_for_a_request_goes_to_the_worker(monkeypatch):
    from django.core.cache import cache

    from analytics import services

    cache.delete("analytics:refresh-queued")
    lead_stats_refresh(full=True)
    leads = [lead_at(timezone.now() - datetime.timedelta(days=1)) for _ in range(3)]
    monkeypatch.setattr(services, "INLINE_REFRESH_MAX_CHANGED", 2)
    result = lead_stats_ensure_current()
    assert result is not None and result.skipped  # queued (tests run Django-Q inline, so it is counted already)
    assert lead_stats_ensure_current() is None
    assert len(leads) == 3
