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
