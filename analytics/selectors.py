"""Reads of the analytics summary tables: cards, time series, breakdowns and keywords for a range of local days."""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import QuerySet, Sum

from analytics.models import DailyKeywordStat, DailyLeadStat, StatDimension, StatsRefresh
from leads.models import IntentLevel, LeadStatus, SentimentLabel

METRICS = ("leads", "with_phone", "high_intent", "qualified_won", "score_sum")


class Period:
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    ALL = (DAY, WEEK, MONTH)


@dataclass(frozen=True)
class DateRange:
    """Inclusive range of local days."""

    first: datetime.date
    last: datetime.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def previous(self) -> "DateRange":
        """The range of the same length that ends the day before this one starts."""
        last = self.first - datetime.timedelta(days=1)
        return DateRange(last - datetime.timedelta(days=self.days - 1), last)


def bucket_start(day: datetime.date, period: str) -> datetime.date:
    """The first day of the day/ISO week (Monday)/calendar month holding ``day``."""
    if period == Period.WEEK:
        return day - datetime.timedelta(days=day.weekday())
    if period == Period.MONTH:
        return day.replace(day=1)
    return day


def next_bucket(start: datetime.date, period: str) -> datetime.date:
    if period == Period.WEEK:
        return start + datetime.timedelta(days=7)
    if period == Period.MONTH:
        return (start.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return start + datetime.timedelta(days=1)


def bucket_count(dates: DateRange, period: str) -> int:
    count, start = 0, bucket_start(dates.first, period)
    while start <= dates.last:
        count, start = count + 1, next_bucket(start, period)
    return count


def _rows(dates: DateRange, dimension: str, kind: str | None) -> QuerySet[DailyLeadStat]:
    rows = DailyLeadStat.objects.filter(dimension=dimension, day__gte=dates.first, day__lte=dates.last)
    return rows.filter(kind=kind) if kind else rows


def _totals(dates: DateRange, kind: str | None) -> dict[str, int]:
    # Any one dimension partitions the leads; status rows are the fewest per day.
    sums = _rows(dates, StatDimension.STATUS, kind).aggregate(**{metric: Sum(metric) for metric in METRICS})
    return {metric: sums[metric] or 0 for metric in METRICS}


def _cards(totals: dict[str, int]) -> dict[str, float | int | None]:
    leads = totals["leads"]
    return {
        "new_leads": leads,
        "with_phone": totals["with_phone"],
        "high_intent": totals["high_intent"],
        "qualified_won": totals["qualified_won"],
        "avg_score": round(totals["score_sum"] / leads, 1) if leads else None,
    }


def _change(current: float | None, previous: float | None) -> float | None:
    """Percentage change; None when there is nothing to compare with."""
    if current is None or not previous:
        return None
    return round((current - previous) / previous * 100, 1)


def analytics_summary(*, dates: DateRange, kind: str | None = None) -> dict:
    """Summary cards for the range and the same-length range before it, with the change in percent."""
    previous_dates = dates.previous()
    current, previous = _cards(_totals(dates, kind)), _cards(_totals(previous_dates, kind))
    return {
        "date_from": dates.first,
        "date_to": dates.last,
        "previous_from": previous_dates.first,
        "previous_to": previous_dates.last,
        "cards": [
            {
                "key": key,
                "value": current[key],
                "previous": previous[key],
                "change_pct": _change(current[key], previous[key]),
            }
            for key in current
        ],
    }


def analytics_timeseries(*, dates: DateRange, period: str, kind: str | None = None) -> list[dict]:
    """Counts per day, ISO week or calendar month, every bucket present (zeros included), labelled by its first day.

    The first and last buckets only count the days inside the range.
    """
    sums: dict[datetime.date, dict[str, int]] = defaultdict(lambda: dict.fromkeys(METRICS, 0))
    daily = (
        _rows(dates, StatDimension.STATUS, kind)
        .values("day")
        .annotate(**{f"{metric}_sum": Sum(metric) for metric in METRICS})
        .order_by()
    )
    for row in daily:
        bucket = sums[bucket_start(row["day"], period)]
        for metric in METRICS:
            bucket[metric] += row[f"{metric}_sum"]
    points, start = [], bucket_start(dates.first, period)
    while start <= dates.last:
        values = sums[start]
        points.append(
            {
                "bucket": start,
                "leads": values["leads"],
                "with_phone": values["with_phone"],
                "high_intent": values["high_intent"],
                "qualified_won": values["qualified_won"],
                "avg_score": round(values["score_sum"] / values["leads"], 1) if values["leads"] else None,
            }
        )
        start = next_bucket(start, period)
    return points


# Values in a meaningful order (pipeline, high to low) for dimensions with a fixed set; others by size.
FIXED_ORDER = {
    StatDimension.STATUS: [*LeadStatus.values, ""],
    StatDimension.INTENT: [*IntentLevel.values, ""],
    StatDimension.SENTIMENT: [*SentimentLabel.values, ""],
}
LABELS = {
    StatDimension.STATUS: dict(LeadStatus.choices),
    StatDimension.INTENT: dict(IntentLevel.choices),
    StatDimension.SENTIMENT: dict(SentimentLabel.choices),
}
BLANK_LABELS = {
    StatDimension.PLATFORM: "Unknown",
    StatDimension.CATEGORY: "Uncategorised",
    StatDimension.INTENT: "Not analysed",
    StatDimension.SENTIMENT: "Not analysed",
    StatDimension.STATUS: "Unknown",
}


def analytics_breakdown(*, dates: DateRange, by: str, kind: str | None = None, limit: int = 20) -> dict:
    """Leads per value of one dimension; open-ended dimensions keep the ``limit`` largest and sum the rest."""
    grouped = (
        _rows(dates, by, kind)
        .values("value")
        .annotate(**{f"{metric}_sum": Sum(metric) for metric in METRICS})
        .order_by()
    )
    rows = {
        row["value"]: {metric: row[f"{metric}_sum"] or 0 for metric in METRICS} for row in grouped if row["leads_sum"]
    }
    if by in FIXED_ORDER:
        ordered = [value for value in FIXED_ORDER[by] if value in rows]
        ordered += sorted(value for value in rows if value not in FIXED_ORDER[by])
        other = None
    else:
        ordered = sorted(rows, key=lambda value: (-rows[value]["leads"], value))
        ordered, rest = ordered[:limit], ordered[limit:]
        other = {metric: sum(rows[value][metric] for value in rest) for metric in METRICS} if rest else None
    labels = LABELS.get(by, {})

    def item(value: str, label: str, values: dict[str, int]) -> dict:
        return {
            "value": value,
            "label": label,
            "leads": values["leads"],
            "with_phone": values["with_phone"],
            "high_intent": values["high_intent"],
            "qualified_won": values["qualified_won"],
            "avg_score": round(values["score_sum"] / values["leads"], 1) if values["leads"] else None,
        }

    items = [item(value, labels.get(value, value) or BLANK_LABELS[by], rows[value]) for value in ordered]
    return {
        "by": by,
        "items": items,
        "other": item("", "Other", other) if other else None,
        "total": sum(values["leads"] for values in rows.values()),
    }


def analytics_keywords(*, dates: DateRange, kind: str | None = None, limit: int = 20) -> list[dict]:
    """The monitor keywords that matched the most leads in the range."""
    rows = DailyKeywordStat.objects.filter(day__gte=dates.first, day__lte=dates.last)
    if kind:
        rows = rows.filter(kind=kind)
    top = rows.values("keyword").annotate(total=Sum("leads")).order_by("-total", "keyword")[:limit]
    return [{"keyword": row["keyword"], "leads": row["total"]} for row in top]


def stats_freshness() -> StatsRefresh | None:
    return StatsRefresh.objects.filter(name="leads").first()
