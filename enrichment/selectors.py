"""Reads for understanding: the active heads, model versions, labels waiting for a retrain."""

from datetime import timedelta

from django.utils import timezone

from enrichment.models import ModelKind, ModelVersion, RetrainRun, RetrainStatus
from enrichment.nlp.analyze import Heads


def active_version(kind: str) -> ModelVersion | None:
    return ModelVersion.objects.filter(kind=kind, is_active=True).first()


def active_heads() -> Heads:
    """The active intent and sentiment heads; trains and activates seed-only heads the first time."""
    intent = active_version(ModelKind.INTENT)
    sentiment = active_version(ModelKind.SENTIMENT)
    if intent is None or sentiment is None:
        from enrichment.services import model_versions_bootstrap

        model_versions_bootstrap()
        intent = active_version(ModelKind.INTENT)
        sentiment = active_version(ModelKind.SENTIMENT)
    return Heads(
        intent_version_id=intent.id,
        intent_artifact=intent.artifact,
        sentiment_version_id=sentiment.id,
        sentiment_artifact=sentiment.artifact,
    )


def labels_since_active() -> int:
    """Labels newer than the active intent version and the last finished retrain: what auto-retraining counts."""
    from leads.models import Label

    active = active_version(ModelKind.INTENT)
    last_run = RetrainRun.objects.filter(status=RetrainStatus.DONE).order_by("-started_at").first()
    # A finished run that promoted nothing has still seen these labels: count from whichever came last.
    marks = [t for t in (active and active.created_at, last_run and last_run.started_at) if t]
    qs = Label.objects.all()
    if marks:
        qs = qs.filter(created_at__gt=max(marks))
    return qs.count()


def retrain_in_progress() -> bool:
    """A job queued or running in the last two hours (older ones died with their worker and do not block)."""
    recent = timezone.now() - timedelta(hours=2)
    return RetrainRun.objects.filter(
        status__in=[RetrainStatus.QUEUED, RetrainStatus.RUNNING], created_at__gte=recent
    ).exists()
