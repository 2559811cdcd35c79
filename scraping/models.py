from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from insight.models import TimeStampedModel
from scraping.recipes import RUNNERS, recipe_definition_errors


class PlatformRecipe(TimeStampedModel):
    """A platform described as data: how to search it, where results are, which fields to read."""

    Runner = models.TextChoices("Runner", [(r.upper(), (r, r.title())) for r in RUNNERS])

    slug = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    runner = models.CharField(max_length=16, choices=Runner.choices, default="browser")
    definition = models.JSONField(default=dict, help_text="Search, items, fields, pagination, detail page.")
    respect_robots = models.BooleanField(default=True, help_text="Turning this off is recorded in the audit trail.")
    allow_internal = models.BooleanField(
        default=False,
        help_text="Let this recipe reach internal addresses (this machine, private networks): an intranet "
        "directory or the offline sandbox. Every other recipe is refused them unless ALLOW_PRIVATE_URLS is set.",
    )
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors = recipe_definition_errors(self.runner, self.definition)
        if errors:
            raise ValidationError({"definition": errors})


class TaskStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    PAUSED = "paused", "Paused"
    COMPLETED = "completed", "Completed"
    FAILED = "failed", "Failed"
    CANCELLED = "cancelled", "Cancelled"
    BLOCKED = "blocked", "Blocked by the site"


class ScrapeTask(TimeStampedModel):
    """A request to discover leads: queries × platforms × filters, run by a worker."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scrape_tasks")
    queries = models.JSONField(default=list, help_text='Search phrases, e.g. ["plumbers in Toronto"].')
    platforms = models.ManyToManyField(PlatformRecipe, related_name="tasks")
    max_results = models.PositiveIntegerField(default=50, validators=[MinValueValidator(1), MaxValueValidator(10000)])
    filters = models.JSONField(default=dict, blank=True, help_text="location, category, has_phone, lead_class…")
    status = models.CharField(max_length=16, choices=TaskStatus.choices, default=TaskStatus.PENDING, db_index=True)
    progress = models.FloatField(default=0.0, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)])
    counters = models.JSONField(default=dict, blank=True, help_text="pages, items, leads_created, leads_updated…")
    error = models.TextField(blank=True)
    worker_id = models.CharField(max_length=200, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    last_event_seq = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["owner", "-created_at"], name="task_owner_created_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(progress__gte=0, progress__lte=1), name="task_progress_range"),
        ]

    # Bookkeeping a resumed run needs (finished query × platform pairs, finished cells of area searches): kept in
    # ``counters`` with them, so it commits with them, but not counts a person reads.
    RUN_STATE_COUNTERS = ("done", "cells")

    def visible_counters(self) -> dict:
        return {k: v for k, v in (self.counters or {}).items() if k not in self.RUN_STATE_COUNTERS}

    def __str__(self) -> str:
        return f"Task {self.pk}: {', '.join(self.queries)[:80]}"

    def clean(self) -> None:
        if not isinstance(self.queries, list) or not [q for q in self.queries if isinstance(q, str) and q.strip()]:
            raise ValidationError({"queries": "Give at least one search phrase."})


class EventKind(models.TextChoices):
    LOG = "log", "Log line"
    PROGRESS = "progress", "Progress"
    RESULT = "result", "Result"
    STATUS = "status", "Status change"


class TaskEvent(models.Model):
    """One entry of a task's durable log, numbered per task so a late viewer can replay in order."""

    task = models.ForeignKey(ScrapeTask, on_delete=models.CASCADE, related_name="events")
    seq = models.PositiveIntegerField()
    kind = models.CharField(max_length=16, choices=EventKind.choices)
    level = models.CharField(max_length=16, default="info")
    message = models.TextField(blank=True)
    payload = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["task", "seq"]
        constraints = [models.UniqueConstraint(fields=["task", "seq"], name="task_event_unique_seq")]

    def __str__(self) -> str:
        return f"#{self.seq} {self.kind}: {self.message[:60]}"


class MonitorStatus(models.TextChoices):
    OK = "ok", "OK"
    ERROR = "error", "Error"
    BLOCKED = "blocked", "Blocked by a source"


class Monitor(TimeStampedModel):
    """A keyword set watched over conversation sources, polled on an interval from a per-source cursor."""

    name = models.CharField(max_length=200)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="monitors")
    keyword_set = models.ForeignKey("leads.KeywordSet", on_delete=models.PROTECT, related_name="monitors")
    sources = models.JSONField(default=list, help_text='e.g. [{"source": "reddit", "subreddits": ["smallbusiness"]}]')
    filters = models.JSONField(default=dict, blank=True, help_text="language, include/exclude sites and authors")
    min_score = models.PositiveSmallIntegerField(default=50, validators=[MaxValueValidator(100)])
    poll_interval = models.PositiveIntegerField(
        default=900, validators=[MinValueValidator(60)], help_text="Seconds between polls."
    )
    cursors = models.JSONField(default=dict, blank=True)
    source_health = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=16, choices=MonitorStatus.choices, default=MonitorStatus.OK)
    last_error = models.TextField(blank=True)
    is_active = models.BooleanField(default=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if not isinstance(self.sources, list) or not self.sources:
            raise ValidationError({"sources": "Choose at least one source."})
        for index, entry in enumerate(self.sources):
            if not isinstance(entry, dict) or not entry.get("source"):
                raise ValidationError({"sources": f"Source {index + 1} needs a 'source' name."})


class ExtractionSettings(TimeStampedModel):
    """Admin-tunable confidences of the contact extraction engine (a single row; see ``selectors``)."""

    tel_link_confidence = models.FloatField(default=0.95, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)])
    structured_data_confidence = models.FloatField(
        default=0.90, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    visible_text_confidence = models.FloatField(
        default=0.70, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    website_crawl_confidence = models.FloatField(
        default=0.60, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    ocr_confidence = models.FloatField(default=0.50, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)])
    label_boost = models.FloatField(
        default=0.10,
        validators=[MinValueValidator(0.0), MaxValueValidator(0.5)],
        help_text='Added when a "Phone"/"Tel"/"☎" label stands next to the number.',
    )
    fax_penalty = models.FloatField(
        default=0.20,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text='Subtracted when a "Fax" label stands next to the number (it is also marked as a fax).',
    )

    class Meta:
        verbose_name = "extraction settings"
        verbose_name_plural = "extraction settings"

    def __str__(self) -> str:
        return "Extraction settings"


class SeenPost(models.Model):
    """A post a monitor has already read, so no poll processes it twice; kept briefly with its score for analytics.

    Posts that became leads point at them; posts below the monitor's threshold keep only their score and are
    pruned after ``SEEN_POST_RETENTION_DAYS``.
    """

    monitor = models.ForeignKey(Monitor, on_delete=models.CASCADE, related_name="seen_posts")
    source = models.CharField(max_length=32)
    external_id = models.CharField(max_length=512)
    url = models.URLField(max_length=2000, blank=True)
    matched = models.BooleanField(default=False, help_text="The keyword set (and language filter) matched.")
    score = models.PositiveSmallIntegerField(null=True, blank=True, validators=[MaxValueValidator(100)])
    lead = models.ForeignKey("leads.Lead", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    details = models.JSONField(default=dict, blank=True, help_text="Matched keywords, title, why it was dropped.")
    published_at = models.DateTimeField(null=True, blank=True)
    seen_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-seen_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["monitor", "source", "external_id"], name="seen_post_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.source}:{self.external_id}"
