"""Writes of the analytics summary tables: recompute whole local days from the leads table.

A refresh recomputes every day touched since the last watermark (leads saved, phones found), plus today and
yesterday; a full rebuild (nightly, or on demand) also catches deletions and ``QuerySet.update()`` writes,
which do not move ``updated_at``.
"""

import datetime
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, Exists, Max, Min, OuterRef, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from analytics.models import DailyKeywordStat, DailyLeadStat, RefreshStatus, StatDimension, StatsRefresh
from leads.models import ContactKind, ContactPoint, IntentLevel, Lead, LeadStatus

# A lead saved in a transaction that commits after a refresh started still carries an earlier updated_at.
WATERMARK_SLACK = datetime.timedelta(minutes=5)
CHUNK_DAYS = 31
KEYWORD_MAX_LENGTH = 200
DIMENSION_FIELDS = {
    StatDimension.PLATFORM: "platform",
    StatDimension.CATEGORY: "category",
    StatDimension.INTENT: "intent_level",
    StatDimension.SENTIMENT: "sentiment_label",
    StatDimension.STATUS: "status",
}
WON_OR_QUALIFIED = {LeadStatus.QUALIFIED, LeadStatus.WON}


@dataclass(frozen=True)
class RefreshResult:
    full: bool
    days: int
    duration_ms: int
    skipped: bool = False


def local_day_bounds(first: datetime.date, last: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """The instants [start of ``first``, start of the day after ``last``) in the current time zone."""
    tz = timezone.get_current_timezone()
    start = timezone.make_aware(datetime.datetime.combine(first, datetime.time.min), tz)
    end = timezone.make_aware(datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time.min), tz)
    return start, end


def _local_day() -> TruncDate:
    return TruncDate("discovered_at", tzinfo=timezone.get_current_timezone())


def _day_ranges(days: Iterable[datetime.date]) -> list[tuple[datetime.date, datetime.date]]:
    """Sorted days as contiguous inclusive ranges of at most CHUNK_DAYS days."""
    ranges: list[list[datetime.date]] = []
    for day in sorted(set(days)):
        if ranges and day - ranges[-1][1] == datetime.timedelta(days=1) and (day - ranges[-1][0]).days < CHUNK_DAYS:
            ranges[-1][1] = day
        else:
            ranges.append([day, day])
    return [(first, last) for first, last in ranges]


def _lead_rows(first: datetime.date, last: datetime.date) -> list[DailyLeadStat]:
    """One grouped scan of the days' leads by every dimension at once, rolled up per dimension here."""
    start, end = local_day_bounds(first, last)
    phones = ContactPoint.objects.filter(lead=OuterRef("pk"), kind=ContactKind.PHONE)
    cube = (
        Lead.objects.filter(discovered_at__gte=start, discovered_at__lt=end)
        .order_by()
        .annotate(day=_local_day(), has_phone=Exists(phones))
        .values("day", "kind", "has_phone", *DIMENSION_FIELDS.values())
        .annotate(n=Count("pk"), score=Sum("score"))
    )
    totals: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for row in cube.iterator(chunk_size=5000):
        n = row["n"]
        parts = (
            n,
            n if row["has_phone"] else 0,
            n if row["intent_level"] == IntentLevel.HIGH else 0,
            n if row["status"] in WON_OR_QUALIFIED else 0,
            row["score"] or 0,
        )
        for dimension, field in DIMENSION_FIELDS.items():
            total = totals[(row["day"], row["kind"], dimension, row[field] or "")]
            for i, part in enumerate(parts):
                total[i] += part
    return [
        DailyLeadStat(
            day=day,
            kind=kind,
            dimension=dimension,
            value=value,
            leads=leads,
            with_phone=with_phone,
            high_intent=high_intent,
            qualified_won=qualified_won,
            score_sum=score_sum,
        )
        for (day, kind, dimension, value), (leads, with_phone, high_intent, qualified_won, score_sum) in totals.items()
    ]


def _keyword_rows(first: datetime.date, last: datetime.date) -> list[DailyKeywordStat]:
    """Monitor keywords that matched each lead (``raw.matched_keywords``), counted once per lead, lower-cased."""
    start, end = local_day_bounds(first, last)
    matches = (
        Lead.objects.filter(discovered_at__gte=start, discovered_at__lt=end, raw__has_key="matched_keywords")
        .order_by()
        .annotate(day=_local_day())
        .values_list("day", "kind", "raw__matched_keywords")
    )
    counts: Counter[tuple] = Counter()
    for day, kind, keywords in matches.iterator(chunk_size=5000):
        if not isinstance(keywords, list):
            continue
        words = {str(word).strip().lower()[:KEYWORD_MAX_LENGTH] for word in keywords}
        counts.update((day, kind, word) for word in words if word)
    return [DailyKeywordStat(day=day, kind=kind, keyword=word, leads=n) for (day, kind, word), n in counts.items()]


def _without_jit() -> None:
    """PostgreSQL's JIT compiles these big one-off aggregates for seconds longer than it saves (measured at 1M)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL jit = off")


def lead_stats_recompute_days(*, days: Iterable[datetime.date]) -> int:
    """Replace the summary rows of the given local days with fresh counts; returns how many days were recomputed."""
    ranges = _day_ranges(days)
    with transaction.atomic():
        _without_jit()
        for first, last in ranges:
            DailyLeadStat.objects.filter(day__gte=first, day__lte=last).delete()
            DailyKeywordStat.objects.filter(day__gte=first, day__lte=last).delete()
            DailyLeadStat.objects.bulk_create(_lead_rows(first, last), batch_size=5000)
            DailyKeywordStat.objects.bulk_create(_keyword_rows(first, last), batch_size=5000)
    return sum((last - first).days + 1 for first, last in ranges)


def _all_days() -> list[datetime.date]:
    bounds = Lead.objects.aggregate(first=Min("discovered_at"), last=Max("discovered_at"))
    if bounds["first"] is None:
        return []
    first, last = (timezone.localdate(bounds[key]) for key in ("first", "last"))
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]


def _changed_days(since: datetime.datetime) -> set[datetime.date]:
    saved = Lead.objects.filter(updated_at__gte=since)
    phoned = Lead.objects.filter(
        pk__in=ContactPoint.objects.filter(created_at__gte=since, kind=ContactKind.PHONE).values("lead_id")
    )
    days: set[datetime.date] = set()
    for queryset in (saved, phoned):
        days.update(queryset.order_by().annotate(day=_local_day()).values_list("day", flat=True).distinct())
    return days


def _stale(watermark: datetime.datetime | None) -> bool:
    """Leads saved (rescored, retriaged, found) or phones found after the last refresh: the counts are behind."""
    if watermark is None:
        return Lead.objects.exists()
    return (
        Lead.objects.filter(updated_at__gt=watermark).exists()
        or ContactPoint.objects.filter(created_at__gt=watermark, kind=ContactKind.PHONE).exists()
    )


# Leads changed since the last refresh that a read still recounts itself; more (a rescore of everything, a first
# count of a big table) is left to the worker, and the page says up to when it counted.
INLINE_REFRESH_MAX_CHANGED = 20_000


def lead_stats_ensure_current() -> RefreshResult | None:
    """Refresh the days changed since the last refresh before answering a read, so figures never trail a rescore or
    a retrain (issue 24). Cheap when nothing changed (two indexed look-ups); a concurrent read waits for the refresh
    in progress instead of answering with the old figures. A change too big to recount within a request (more than
    ``INLINE_REFRESH_MAX_CHANGED`` leads) is queued for the worker instead (``skipped``). None: nothing changed."""
    state = StatsRefresh.objects.filter(name="leads").only("watermark").first()
    watermark = state.watermark if state else None
    if not _stale(watermark):
        return None
    changed = Lead.objects.all() if watermark is None else Lead.objects.filter(updated_at__gt=watermark)
    if changed.order_by()[: INLINE_REFRESH_MAX_CHANGED + 1].count() > INLINE_REFRESH_MAX_CHANGED:
        if cache.add("analytics:refresh-queued", True, timeout=120):  # one queued refresh, not one per read
            lead_stats_refresh_enqueue(full=watermark is None)
        return RefreshResult(full=watermark is None, days=0, duration_ms=0, skipped=True)
    return lead_stats_refresh(wait=True)


def lead_stats_refresh(*, full: bool = False, wait: bool = False) -> RefreshResult:
    """Bring the summary tables up to date; a refresh already running elsewhere makes this one a no-op, or with
    ``wait`` this one waits for it and then refreshes only what is still behind."""
    StatsRefresh.objects.get_or_create(name="leads")
    started = time.perf_counter()
    now = timezone.now()
    try:
        with transaction.atomic():
            state = StatsRefresh.objects.select_for_update(skip_locked=not wait).filter(name="leads").first()
            if state is None or (wait and not full and not _stale(state.watermark)):
                return RefreshResult(full=full, days=0, duration_ms=0, skipped=True)
            now = timezone.now()
            _without_jit()
            full = full or state.watermark is None
            if full:
                DailyLeadStat.objects.all().delete()
                DailyKeywordStat.objects.all().delete()
                days = _all_days()
            else:
                today = timezone.localdate(now)
                days = {today, today - datetime.timedelta(days=1)} | _changed_days(state.watermark - WATERMARK_SLACK)
            count = lead_stats_recompute_days(days=days)
            duration_ms = int((time.perf_counter() - started) * 1000)
            state.watermark = now
            state.status = RefreshStatus.OK
            state.last_started_at = now
            state.last_finished_at = timezone.now()
            state.last_full_at = now if full else state.last_full_at
            state.last_days = count
            state.last_duration_ms = duration_ms
            state.last_error = ""
            state.save()
    except Exception as error:
        StatsRefresh.objects.filter(name="leads").update(
            status=RefreshStatus.FAILED, last_started_at=now, last_error=f"{type(error).__name__}: {error}"[:2000]
        )
        raise
    return RefreshResult(full=full, days=count, duration_ms=duration_ms)


def lead_stats_refresh_enqueue(*, full: bool = False) -> str:
    """Queue a refresh for the worker; returns the Django-Q task id (no row to wait for, so no on_commit)."""
    from django_q.tasks import async_task

    from analytics.tasks import REFRESH_FUNC

    return async_task(REFRESH_FUNC, full, task_name=f"analytics-refresh-{'full' if full else 'changed'}")
