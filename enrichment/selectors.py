"""Reads for understanding (active heads, model versions, labels waiting for a retrain) and for lead enrichment."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from enrichment.calltime import callable_now
from enrichment.models import LeadEnrichment, ModelKind, ModelVersion, RetrainRun, RetrainStatus, StepStatus
from enrichment.nlp.analyze import Heads
from enrichment.nlp.embeddings import embedder_id
from enrichment.quality import LINE_TYPE_LABELS, insights_for
from insight.api_errors import ApplicationError


def active_version(kind: str) -> ModelVersion | None:
    return ModelVersion.objects.filter(kind=kind, is_active=True).first()


def _usable(version: ModelVersion | None, embedder: str) -> bool:
    return version is not None and (not version.embedder or version.embedder == embedder)


class ModelsNotReady(ApplicationError):
    """No usable trained heads: ``python manage.py models_ready`` (run by the README's commands) builds them."""

    def __init__(self):
        super().__init__(
            "The understanding models are not trained yet: run `python manage.py models_ready` "
            "(the README's run command does it during setup).",
            code="models_not_ready",
            status_code=503,
        )


def active_heads() -> Heads:
    """The active intent and sentiment heads. They are built by ``manage.py models_ready`` before the platform
    starts, never on first use: training inside a worker held it (and scrapes waiting for it) for minutes. Missing or
    trained on another embedder (NLP_MODEL_DIR, NLP_PRECISION=int8 or NLP_MAX_TOKENS changed): ModelsNotReady, unless
    NLP_TRAIN_ON_FIRST_USE (the test settings) lets the caller build them."""
    embedder = embedder_id()
    intent = active_version(ModelKind.INTENT)
    sentiment = active_version(ModelKind.SENTIMENT)
    if not (_usable(intent, embedder) and _usable(sentiment, embedder)):
        if not settings.NLP_TRAIN_ON_FIRST_USE:
            raise ModelsNotReady()
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


def retrain_run_current() -> RetrainRun | None:
    """The job queued or running in the last two hours (older ones died with their worker and do not block)."""
    recent = timezone.now() - timedelta(hours=2)
    return (
        RetrainRun.objects.filter(status__in=[RetrainStatus.QUEUED, RetrainStatus.RUNNING], created_at__gte=recent)
        .order_by("created_at")
        .first()
    )


def retrain_in_progress() -> bool:
    return retrain_run_current() is not None


# --- Lead enrichment (issue 9) -------------------------------------------------------------------------------


def lead_enrichment_get(*, lead_id: int) -> LeadEnrichment | None:
    return LeadEnrichment.objects.filter(lead_id=lead_id).prefetch_related("steps").first()


def _phone_view(results: dict, now) -> dict | None:
    best = (results.get("phone") or {}).get("best")
    if not best:
        return None
    twilio = results.get("twilio") or {}
    line_type = twilio.get("line_type") if twilio.get("found") and twilio.get("line_type") else best.get("type", "")
    timing = callable_now(best.get("time_zones") or [], now) if best.get("valid") else {}
    return {
        "e164": best.get("e164", ""),
        "international": best.get("international", ""),
        "valid": bool(best.get("valid")),
        "line_type": line_type,
        "line_type_label": LINE_TYPE_LABELS.get(line_type, "phone"),
        "line_type_source": "twilio" if line_type == twilio.get("line_type") and twilio.get("found") else "offline",
        "is_mobile": line_type == "mobile",
        "carrier": twilio.get("carrier") or best.get("carrier", ""),
        "caller_name": twilio.get("caller_name", ""),
        "geo": best.get("geo", ""),
        "time_zones": best.get("time_zones") or [],
        "callable_now": timing.get("callable"),
        "local_time": timing.get("local_time"),
        "local_time_range": timing.get("local_time_range"),
        "call_window": timing.get("window", ""),
    }


def _business_view(lead, results: dict, summary: str) -> dict | None:
    website = results.get("website") or {}
    page = website.get("business") or {}
    place = (results.get("places") or {}).get("place") or {}
    view = {
        "name": page.get("name") or place.get("name") or "",
        "description": summary or page.get("description") or page.get("meta_description") or "",
        "category": lead.category or place.get("category", ""),
        "address": page.get("address") or place.get("address") or lead.location,
        "geo": page.get("geo") or place.get("geo"),
        "opening_hours": page.get("opening_hours") or place.get("opening_hours") or [],
        "website": website.get("final_url") or place.get("website", ""),
        "website_reachable": website.get("reachable"),
        "technologies": page.get("technologies") or [],
        "same_as": page.get("same_as") or [],
        "rating": place.get("rating"),
        "rating_count": place.get("rating_count"),
        "business_status": place.get("business_status", ""),
        "maps_url": place.get("maps_url", ""),
    }
    return view if any(v for k, v in view.items() if k not in ("category", "address")) or summary else None


def lead_enrichment_view(*, lead, enrichment: LeadEnrichment | None = None, now=None) -> dict:
    """Everything the lead page and the API show about a lead's enrichment; time-dependent parts are computed now."""
    now = now or timezone.now()
    if enrichment is None:
        enrichment = lead_enrichment_get(lead_id=lead.pk)
    if enrichment is None:
        return {
            "lead_id": lead.pk,
            "status": "not_started",
            "steps": [],
            "insights": [],
            "phone": None,
            "business": None,
            "summary": "",
            "quality_score": None,
            "quality_explanation": {},
        }
    steps = list(enrichment.steps.all())
    results = {s.step: s.result for s in steps if s.status == StepStatus.DONE}
    return {
        "lead_id": lead.pk,
        "status": enrichment.status,
        "queued_at": enrichment.queued_at,
        "started_at": enrichment.started_at,
        "finished_at": enrichment.finished_at,
        "retry_at": enrichment.retry_at,
        "attempts": enrichment.attempts,
        "error": enrichment.error,
        "summary": enrichment.summary,
        "quality_score": enrichment.quality_score,
        "quality_explanation": enrichment.quality_explanation,
        "insights": insights_for(lead=lead, results=results, now=now) if results else enrichment.insights,
        "phone": _phone_view(results, now),
        "business": _business_view(lead, results, enrichment.summary),
        "steps": [
            {
                "step": s.step,
                "label": s.get_step_display(),
                "status": s.status,
                "error": s.error,
                "transient": s.transient,
                "attempts": s.attempts,
                "from_cache": s.from_cache,
                "finished_at": s.finished_at,
                "result": s.result,
            }
            for s in steps
        ],
    }
