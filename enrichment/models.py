from django.conf import settings
from django.db import models
from django.db.models import Q

from insight.models import TimeStampedModel


class ModelKind(models.TextChoices):
    SENTIMENT = "sentiment", "Sentiment"
    INTENT = "intent", "Buyer intent"


class ModelVersion(TimeStampedModel):
    """A trained classifier head with the data it saw and how it measured on held-out data."""

    kind = models.CharField(max_length=16, choices=ModelKind.choices)
    version = models.CharField(max_length=64)
    training_counts = models.JSONField(default=dict, blank=True, help_text="Examples per class and source.")
    metrics = models.JSONField(default=dict, blank=True, help_text="Held-out metrics, e.g. f1, macro_recall.")
    artifact = models.CharField(max_length=500, help_text="Path of the stored classifier under the media root.")
    is_active = models.BooleanField(default=False)
    trained_at = models.DateTimeField(null=True, blank=True)
    notes = models.TextField(blank=True)
    embedder = models.CharField(max_length=200, blank=True, help_text="Embedding model the head was trained on.")
    activated_at = models.DateTimeField(null=True, blank=True)
    activation_reason = models.TextField(blank=True, help_text="Why it was (or was not) activated.")

    class Meta:
        ordering = ["kind", "-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "version"], name="model_version_unique"),
            models.UniqueConstraint(fields=["kind"], condition=Q(is_active=True), name="model_version_one_active"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.version}{' (active)' if self.is_active else ''}"


class RetrainStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class RetrainTrigger(models.TextChoices):
    ADMIN = "admin", "Django admin"
    API = "api", "API"
    AUTO = "auto", "After new labels"
    COMMAND = "command", "Management command"


class RetrainRun(TimeStampedModel):
    """One retraining job: trains new heads on seed data + labels, promotes them only if they beat the active ones."""

    status = models.CharField(max_length=16, choices=RetrainStatus.choices, default=RetrainStatus.QUEUED)
    trigger = models.CharField(max_length=16, choices=RetrainTrigger.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    labels_used = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    result = models.JSONField(
        default=dict, blank=True, help_text="Per kind: new version, metrics, promoted or why not."
    )
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Retrain #{self.pk} ({self.status})"


# --- Lead enrichment (issue 9) -------------------------------------------------------------------------------


class EnrichmentStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    PARTIAL = "partial", "Done, some steps failed"
    RETRYING = "retrying", "Waiting to retry"


class StepName(models.TextChoices):
    PHONE = "phone", "Phone intelligence (offline)"
    TWILIO = "twilio", "Twilio Lookup"
    WEBSITE = "website", "Business website"
    PLACES = "places", "Google Places"
    SUMMARY = "summary", "Short description"
    QUALITY = "quality", "Quality score"


class StepStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    SKIPPED = "skipped", "Skipped"
    FAILED = "failed", "Failed"


class LeadEnrichment(TimeStampedModel):
    """Where a lead's background enrichment stands, and its outcome: summary, quality score, key insights."""

    lead = models.OneToOneField("leads.Lead", on_delete=models.CASCADE, related_name="enrichment")
    status = models.CharField(max_length=16, choices=EnrichmentStatus.choices, default=EnrichmentStatus.QUEUED)
    force = models.BooleanField(default=False, help_text="Next run redoes every step (cached lookups still apply).")
    rerun = models.BooleanField(default=False, help_text="The lead changed while a run was under way.")
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Runs since the last successful one.")
    queued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    retry_at = models.DateTimeField(null=True, blank=True)
    summary = models.TextField(blank=True, help_text="Extractive: the lead's own most central sentences.")
    quality_score = models.PositiveSmallIntegerField(null=True, blank=True)
    quality_explanation = models.JSONField(default=dict, blank=True)
    insights = models.JSONField(default=list, blank=True, help_text="Short facts for sales, most useful first.")
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(quality_score__isnull=True) | Q(quality_score__lte=100), name="lead_enrichment_score_range"
            ),
        ]

    def __str__(self) -> str:
        return f"Enrichment of lead {self.lead_id} ({self.status})"


class EnrichmentStep(TimeStampedModel):
    """One step of a lead's enrichment: its status, what it found, and why it failed or was skipped."""

    enrichment = models.ForeignKey(LeadEnrichment, on_delete=models.CASCADE, related_name="steps")
    step = models.CharField(max_length=16, choices=StepName.choices)
    status = models.CharField(max_length=16, choices=StepStatus.choices, default=StepStatus.PENDING)
    input_hash = models.CharField(max_length=64, blank=True, help_text="What the step read; unchanged input is reused.")
    result = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    transient = models.BooleanField(default=False, help_text="The failure may go away on a later run.")
    attempts = models.PositiveSmallIntegerField(default=0)
    from_cache = models.BooleanField(default=False, help_text="Answered from the lookup cache (nothing paid).")
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["enrichment", "id"]
        constraints = [models.UniqueConstraint(fields=["enrichment", "step"], name="enrichment_step_unique")]

    def __str__(self) -> str:
        return f"{self.step}: {self.status}"


class LookupCache(TimeStampedModel):
    """An external lookup's answer (a number, a URL, a place), reused until ``expires_at`` so nobody pays twice."""

    provider = models.CharField(max_length=32)
    key = models.CharField(max_length=512, help_text="Normalised input: E.164 number, URL, query or place id.")
    value = models.JSONField(default=dict, blank=True)
    expires_at = models.DateTimeField(db_index=True)
    hits = models.PositiveIntegerField(default=0, help_text="Times the answer was reused.")
    fetching_until = models.DateTimeField(
        null=True, blank=True, help_text="A worker is fetching a new answer until then; others wait for it."
    )

    class Meta:
        ordering = ["provider", "key"]
        constraints = [models.UniqueConstraint(fields=["provider", "key"], name="lookup_cache_unique_key")]

    def __str__(self) -> str:
        return f"{self.provider}: {self.key}"


class ProviderUsage(models.Model):
    """Paid requests per provider per day (UTC), counted before each request to enforce the daily limit."""

    provider = models.CharField(max_length=32)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-day", "provider"]
        constraints = [models.UniqueConstraint(fields=["provider", "day"], name="provider_usage_unique_day")]

    def __str__(self) -> str:
        return f"{self.provider} {self.day}: {self.count}"
