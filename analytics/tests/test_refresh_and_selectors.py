"""Summary tables count what the leads table holds: per local day, every dimension, kept fresh incrementally."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from analytics import selectors
from analytics.models import DailyKeywordStat, DailyLeadStat, RefreshStatus, StatsRefresh
from analytics.selectors import DateRange
from analytics.services import lead_stats_refresh
from analytics.tests.helpers import lead_at
from leads.models import Lead

pytestmark = pytest.mark.django_db
UTC = datetime.UTC
TORONTO = ZoneInfo("America/Toronto")


def at(day: str, hour: int = 12, tz=UTC) -> datetime.datetime:
    return datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(hour), tz)


def cards(dates: DateRange, kind: str | None = None) -> dict:
    return {card["key"]: card for card in selectors.analytics_summary(dates=dates, kind=kind)["cards"]}


def test_it_counts_cards_and_compares_with_the_previous_range():
    lead_at(at("2026-03-10"), phone=True, score=80, status="qualified", intent_level="high")
    lead_at(at("2026-03-11"), score=40, status="won")
    lead_at(at("2026-03-12"), score=30)
    lead_at(at("2026-03-03"), phone=True, score=50)  # the previous week
    lead_at(at("2026-03-20"), score=99)  # outside both
    lead_stats_refresh(full=True)

    result = cards(DateRange(datetime.date(2026, 3, 9), datetime.date(2026, 3, 15)))

    assert result["new_leads"] == {"key": "new_leads", "value": 3, "previous": 1, "change_pct": 200.0}
    assert result["with_phone"]["value"] == 1 and result["with_phone"]["change_pct"] == 0.0
    assert result["high_intent"]["value"] == 1 and result["high_intent"]["change_pct"] is None  # nothing before
    assert result["qualified_won"]["value"] == 2
    assert result["avg_score"]["value"] == 50.0 and result["avg_score"]["previous"] == 50.0


def test_an_empty_range_has_zero_counts_and_no_average():
    result = cards(DateRange(datetime.date(2026, 1, 1), datetime.date(2026, 1, 31)))
    assert result["new_leads"]["value"] == 0 and result["avg_score"]["value"] is None
    assert result["new_leads"]["change_pct"] is None


def test_weekly_buckets_start_on_monday_and_cut_at_the_range_edges():
    lead_at(at("2026-03-01"))  # Sunday: the week of Monday 23 February, outside the range
    lead_at(at("2026-03-02"))  # Monday
    lead_at(at("2026-03-08"))  # Sunday, same week
    lead_at(at("2026-03-09"))  # next Monday
    lead_stats_refresh(full=True)

    points = selectors.analytics_timeseries(
        dates=DateRange(datetime.date(2026, 3, 1), datetime.date(2026, 3, 22)), period="week"
    )

    assert [(p["bucket"].isoformat(), p["leads"]) for p in points] == [
        ("2026-02-23", 1),
        ("2026-03-02", 2),
        ("2026-03-09", 1),
        ("2026-03-16", 0),
    ]


def test_monthly_and_daily_buckets_fill_gaps_with_zeros():
    lead_at(at("2026-01-31"))
    lead_at(at("2026-02-01"))
    lead_at(at("2026-03-31"))
    lead_stats_refresh(full=True)
    dates = DateRange(datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))

    monthly = selectors.analytics_timeseries(dates=dates, period="month")
    daily = selectors.analytics_timeseries(
        dates=DateRange(datetime.date(2026, 1, 30), datetime.date(2026, 2, 2)), period="day"
    )

    assert [(p["bucket"].isoformat(), p["leads"]) for p in monthly] == [
        ("2026-01-01", 1),
        ("2026-02-01", 1),
        ("2026-03-01", 1),
    ]
    assert [p["leads"] for p in daily] == [0, 1, 1, 0]


def test_days_are_local_days_of_the_current_time_zone():
    # 02:30 UTC on 1 March is still 28 February in Toronto (UTC-5).
    lead_at(datetime.datetime(2026, 3, 1, 2, 30, tzinfo=UTC))
    lead_at(datetime.datetime(2026, 3, 1, 5, 30, tzinfo=UTC))  # 00:30 on 1 March in Toronto
    with timezone.override(TORONTO):
        lead_stats_refresh(full=True)
        days = dict(DailyLeadStat.objects.filter(dimension="status").values_list("day", "leads"))
    assert days == {datetime.date(2026, 2, 28): 1, datetime.date(2026, 3, 1): 1}

    lead_stats_refresh(full=True)  # the same leads counted in UTC
    days = dict(DailyLeadStat.objects.filter(dimension="status").values_list("day", "leads"))
    assert days == {datetime.date(2026, 3, 1): 2}


def test_breakdowns_keep_a_meaningful_order_label_blanks_and_sum_the_tail():
    dates = DateRange(datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))
    for status, intent, category in [
        ("won", "high", "Plumber"),
        ("new", "", "Plumber"),
        ("new", "low", "Roofer"),
        ("contacted", "high", ""),
        ("new", "medium", "Bakery"),
    ]:
        lead_at(at("2026-03-05"), status=status, intent_level=intent, category=category)
    lead_stats_refresh(full=True)

    status = selectors.analytics_breakdown(dates=dates, by="status")
    intent = selectors.analytics_breakdown(dates=dates, by="intent")
    category = selectors.analytics_breakdown(dates=dates, by="category", limit=2)

    assert [(i["value"], i["leads"]) for i in status["items"]] == [("new", 3), ("contacted", 1), ("won", 1)]
    assert [(i["label"], i["leads"]) for i in intent["items"]] == [
        ("High", 2),
        ("Medium", 1),
        ("Low", 1),
        ("Not analysed", 1),
    ]
    assert [(i["label"], i["leads"]) for i in category["items"]] == [("Plumber", 2), ("Uncategorised", 1)]
    assert category["other"]["leads"] == 2 and category["total"] == 5


def test_kind_filter_and_keywords_once_per_lead_case_folded():
    conversation = {"kind": "conversation", "platform": "reddit"}
    lead_at(at("2026-03-05"), raw={"matched_keywords": ["Need a CRM", "crm"]}, **conversation)
    lead_at(at("2026-03-06"), raw={"matched_keywords": ["need a crm", "recommend"]}, **conversation)
    lead_at(at("2026-03-06"), raw={"matched_keywords": "not a list"}, **conversation)
    lead_at(at("2026-03-06"))  # a business listing
    lead_stats_refresh(full=True)
    dates = DateRange(datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))

    keywords = selectors.analytics_keywords(dates=dates)

    assert keywords == [
        {"keyword": "need a crm", "leads": 2},
        {"keyword": "crm", "leads": 1},
        {"keyword": "recommend", "leads": 1},
    ]
    assert cards(dates, kind="conversation")["new_leads"]["value"] == 3
    assert cards(dates, kind="business")["new_leads"]["value"] == 1
    assert selectors.analytics_keywords(dates=dates, kind="business") == []


def test_an_incremental_refresh_recounts_only_changed_days_and_a_full_one_forgets_deleted_leads():
    old = lead_at(timezone.now() - datetime.timedelta(days=40), status="new")
    lead_stats_refresh(full=True)
    state = StatsRefresh.objects.get()
    assert state.status == RefreshStatus.OK and state.last_full_at is not None
    # Pretend the last refresh ran an hour ago, then a person changes the old lead now.
    StatsRefresh.objects.update(watermark=timezone.now() - datetime.timedelta(hours=1))
    old.status = "won"
    old.save()
    lead_at(timezone.now(), phone=True)

    result = lead_stats_refresh()

    old_day = timezone.localdate(old.discovered_at)
    assert not result.full and result.days == 3  # today, yesterday and the old lead's day
    assert DailyLeadStat.objects.get(day=old_day, dimension="status").value == "won"
    assert DailyLeadStat.objects.filter(dimension="status", with_phone=1).count() == 1

    Lead.objects.filter(pk=old.pk).delete()
    lead_stats_refresh()
    assert DailyLeadStat.objects.filter(day=old_day).exists()  # deletions wait for the full rebuild…
    lead_stats_refresh(full=True)
    assert not DailyLeadStat.objects.filter(day=old_day).exists()  # …which forgets them


def test_the_first_refresh_is_a_full_one_and_counts_every_dimension_once_per_lead():
    lead_at(at("2026-03-05"), raw={"matched_keywords": ["crm"]}, sentiment_label="negative")
    result = lead_stats_refresh()
    assert result.full and result.days == 1
    assert sorted(DailyLeadStat.objects.values_list("dimension", "value")) == [
        ("category", "Plumber"),
        ("intent", ""),
        ("platform", "google_maps"),
        ("sentiment", "negative"),
        ("status", "new"),
    ]
    assert DailyKeywordStat.objects.get().keyword == "crm"


def test_the_refresh_command_reports_what_it_did():
    from io import StringIO

    from django.core.management import call_command

    lead_at(at("2026-03-05"))
    out = StringIO()
    call_command("analytics_refresh", "--full", stdout=out)
    assert out.getvalue().startswith("Rebuilt 1 day(s) in ")
    call_command("analytics_refresh", stdout=out)
    # Today, yesterday, and the lead's day: it was saved within the slack kept for still-open transactions.
    assert "Refreshed 3 day(s)" in out.getvalue()
