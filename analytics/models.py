"""Summary tables behind the analytics page: leads counted per local day, kept fresh by a scheduled refresh."""

from django.db import models
from django.db.models import F, Q

from leads.models import LeadKind


class StatDimension(models.TextChoices):
    PLATFORM = "platform", "Platform"
    CATEGORY = "category", "Category"
    INTENT = "intent", "Intent level"
    SENTIMENT = "sentiment", "Sentiment"
    STATUS = "status", "Status"


class DailyLeadStat(models.Model):
    """Leads discovered on one day (in TIME_ZONE) of one kind, counted for one value of one dimension.

    Every lead is counted once per dimension, so the rows of any single dimension add up to all leads of the day.
    """

    day = models.DateField()
    kind = models.CharField(max_length=16, choices=LeadKind.choices)
    dimension = models.CharField(max_length=16, choices=StatDimension.choices)
    value = models.CharField(max_length=255, blank=True, help_text="Blank: the lead has no value for the dimension.")
    leads = models.PositiveIntegerField()
    with_phone = models.PositiveIntegerField(default=0)
    high_intent = models.PositiveIntegerField(default=0)
    qualified_won = models.PositiveIntegerField(default=0)
    score_sum = models.PositiveBigIntegerField(default=0)

    class Meta:
        ordering = ["day", "dimension", "value"]
        constraints = [
            models.UniqueConstraint(fields=["dimension", "day", "kind", "value"], name="daily_lead_stat_unique"),
            models.CheckConstraint(
                condition=Q(with_phone__lte=F("leads"), high_intent__lte=F("leads"), qualified_won__lte=F("leads")),
                name="daily_lead_stat_parts_within_total",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.kind} {self.dimension}={self.value or '∅'}: {self.leads}"


class DailyKeywordStat(models.Model):
    """How many leads discovered on one day (in TIME_ZONE) matched one monitor keyword."""

    day = models.DateField()
    kind = models.CharField(max_length=16, choices=LeadKind.choices)
    keyword = models.CharField(max_length=200)
    leads = models.PositiveIntegerField()

    class Meta:
        ordering = ["day", "keyword"]
        constraints = [models.UniqueConstraint(fields=["day", "kind", "keyword"], name="daily_keyword_stat_unique")]

    def __str__(self) -> str:
        return f"{self.day} {self.keyword}: {self.leads}"


class RefreshStatus(models.TextChoices):
    NEVER = "never", "Never run"
    OK = "ok", "Up to date"
    FAILED = "failed", "Last run failed"


class StatsRefresh(models.Model):
    """The one bookkeeping row of the summary tables: up to when lead changes are counted, and the last run."""

    name = models.CharField(max_length=32, unique=True, default="leads")
    watermark = models.DateTimeField(null=True, blank=True, help_text="Lead changes before this are counted.")
    status = models.CharField(max_length=16, choices=RefreshStatus.choices, default=RefreshStatus.NEVER)
    last_started_at = models.DateTimeField(null=True, blank=True)
    last_finished_at = models.DateTimeField(null=True, blank=True)
    last_full_at = models.DateTimeField(null=True, blank=True)
    last_days = models.PositiveIntegerField(default=0, help_text="Days recomputed by the last run.")
    last_duration_ms = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name_plural = "stats refreshes"

    def __str__(self) -> str:
        return f"{self.name}: {self.status}, counted up to {self.watermark}"
