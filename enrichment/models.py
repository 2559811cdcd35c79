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

    class Meta:
        ordering = ["kind", "-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "version"], name="model_version_unique"),
            models.UniqueConstraint(fields=["kind"], condition=Q(is_active=True), name="model_version_one_active"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.version}{' (active)' if self.is_active else ''}"
