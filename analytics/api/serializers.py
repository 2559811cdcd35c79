"""Query parameters and response shapes of the analytics API."""

import datetime

from django.utils import timezone
from rest_framework import serializers

from analytics.models import StatDimension
from analytics.selectors import DateRange, Period, bucket_count, bucket_start
from insight.api_fields import DayField
from leads.models import LeadKind

MAX_RANGE_DAYS = 3 * 366
MAX_BUCKETS = 400
KEYWORDS_MAX = 50


def default_first_day(last: datetime.date, period: str) -> datetime.date:
    """30 days, 12 ISO weeks or 12 calendar months ending with ``last``."""
    if period == Period.WEEK:
        return bucket_start(last, Period.WEEK) - datetime.timedelta(weeks=11)
    if period == Period.MONTH:
        month = last.year * 12 + last.month - 1 - 11
        return datetime.date(month // 12, month % 12 + 1, 1)
    return last - datetime.timedelta(days=29)


class AnalyticsQuerySerializer(serializers.Serializer):
    """Range and bucket size shared by every analytics endpoint; a value that does not parse is a 400."""

    period = serializers.ChoiceField(
        choices=Period.ALL, default=Period.DAY, help_text="Bucket size: day, ISO week (Monday) or calendar month."
    )
    date_from = DayField(
        required=False, help_text="YYYY-MM-DD, inclusive. Default: 30 days, 12 weeks or 12 months before date_to."
    )
    date_to = DayField(required=False, help_text="YYYY-MM-DD, inclusive. Default: today.")
    kind = serializers.ChoiceField(choices=LeadKind.choices, required=False, help_text="Only this kind of lead.")

    def validate(self, attrs: dict) -> dict:
        last = attrs.get("date_to") or timezone.localdate()
        first = attrs.get("date_from") or default_first_day(last, attrs["period"])
        if first > last:
            raise serializers.ValidationError({"date_from": ["Must not be after date_to."]})
        dates = DateRange(first, last)
        if dates.days > MAX_RANGE_DAYS:
            raise serializers.ValidationError({"date_from": [f"The range may span at most {MAX_RANGE_DAYS} days."]})
        if bucket_count(dates, attrs["period"]) > MAX_BUCKETS:
            raise serializers.ValidationError(
                {"period": [f"More than {MAX_BUCKETS} {attrs['period']} buckets; use a longer period."]}
            )
        attrs["dates"] = dates
        return attrs

    def selector_params(self) -> dict:
        return {"dates": self.validated_data["dates"], "kind": self.validated_data.get("kind") or None}


class BreakdownQuerySerializer(AnalyticsQuerySerializer):
    by = serializers.ChoiceField(choices=StatDimension.choices, help_text="The dimension to count leads by.")
    limit = serializers.IntegerField(
        min_value=1, max_value=100, default=20, help_text="Platforms/categories kept; the rest is summed as Other."
    )


class KeywordsQuerySerializer(AnalyticsQuerySerializer):
    limit = serializers.IntegerField(min_value=1, max_value=KEYWORDS_MAX, default=20)


class AnalyticsFreshnessSerializer(serializers.Serializer):
    status = serializers.CharField()
    counted_until = serializers.DateTimeField(source="watermark", allow_null=True)
    last_finished_at = serializers.DateTimeField(allow_null=True)
    last_full_at = serializers.DateTimeField(allow_null=True)
    last_duration_ms = serializers.IntegerField()
    last_error = serializers.CharField()


class AnalyticsCardSerializer(serializers.Serializer):
    key = serializers.ChoiceField(choices=["new_leads", "with_phone", "high_intent", "qualified_won", "avg_score"])
    value = serializers.FloatField(allow_null=True)
    previous = serializers.FloatField(allow_null=True)
    change_pct = serializers.FloatField(allow_null=True, help_text="Null when the previous value is 0 or missing.")


class AnalyticsSummarySerializer(serializers.Serializer):
    date_from = serializers.DateField()
    date_to = serializers.DateField()
    previous_from = serializers.DateField()
    previous_to = serializers.DateField()
    cards = AnalyticsCardSerializer(many=True)
    freshness = AnalyticsFreshnessSerializer(allow_null=True)


class AnalyticsPointSerializer(serializers.Serializer):
    bucket = serializers.DateField(help_text="First day of the bucket.")
    leads = serializers.IntegerField()
    with_phone = serializers.IntegerField()
    high_intent = serializers.IntegerField()
    qualified_won = serializers.IntegerField()
    avg_score = serializers.FloatField(allow_null=True)


class AnalyticsTimeseriesSerializer(serializers.Serializer):
    period = serializers.ChoiceField(choices=Period.ALL)
    date_from = serializers.DateField()
    date_to = serializers.DateField()
    points = AnalyticsPointSerializer(many=True)


class AnalyticsBreakdownItemSerializer(serializers.Serializer):
    value = serializers.CharField(help_text="Stored value; blank when the lead has none.")
    label = serializers.CharField()
    leads = serializers.IntegerField()
    with_phone = serializers.IntegerField()
    high_intent = serializers.IntegerField()
    qualified_won = serializers.IntegerField()
    avg_score = serializers.FloatField(allow_null=True)


class AnalyticsBreakdownSerializer(serializers.Serializer):
    by = serializers.ChoiceField(choices=StatDimension.choices)
    date_from = serializers.DateField()
    date_to = serializers.DateField()
    items = AnalyticsBreakdownItemSerializer(many=True)
    other = AnalyticsBreakdownItemSerializer(allow_null=True, help_text="Sum of the values beyond `limit`.")
    total = serializers.IntegerField()


class AnalyticsKeywordSerializer(serializers.Serializer):
    keyword = serializers.CharField()
    leads = serializers.IntegerField()


class AnalyticsKeywordsSerializer(serializers.Serializer):
    date_from = serializers.DateField()
    date_to = serializers.DateField()
    keywords = AnalyticsKeywordSerializer(many=True)


class StatsRefreshInputSerializer(serializers.Serializer):
    full = serializers.BooleanField(default=False, help_text="Rebuild every day instead of the changed ones.")


class StatsRefreshOutputSerializer(serializers.Serializer):
    queued = serializers.BooleanField()
    task_id = serializers.CharField()
