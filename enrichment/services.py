"""Writes for understanding: training and activating model versions, retrain runs, analysing and scoring leads."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from enrichment.models import ModelKind, ModelVersion, RetrainRun, RetrainStatus, RetrainTrigger
from enrichment.nlp.analyze import Analysis, analyze_texts
from enrichment.nlp.embeddings import embedder_id
from enrichment.nlp.heads import head_save, head_train
from enrichment.nlp.intent import THRESHOLD, intent_predict, intent_train
from enrichment.nlp.sentiment import sentiment_features, sentiment_predict, vader_scores
from enrichment.nlp.training import (
    PRIMARY_METRIC,
    embed_cached,
    intent_metrics,
    label_examples,
    lead_text,
    seed_dataset,
    sentiment_metrics,
)
from enrichment.selectors import active_heads, active_version, labels_since_active, retrain_in_progress
from leads.scoring import active_rules, score_compute, scoring_input_for_lead, scoring_input_for_text

log = logging.getLogger(__name__)


_fitted: dict[int, object] = {}


def _fit(kind: str, data, train):
    """Training is deterministic, so identical data gives an identical head: reuse it within the process."""
    key = hash((kind, embedder_id(), tuple(data.texts), tuple(data.labels)))
    if key not in _fitted:
        _fitted[key] = train()
    return _fitted[key]


def _new_version_name(kind: str) -> str:
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    n = ModelVersion.objects.filter(kind=kind, version__startswith=stamp).count()
    return f"{stamp}-{n + 1}"


def model_version_train(
    *, kind: str, seed_limit: int | None = None, include_labels: bool = True, notes: str = ""
) -> ModelVersion:
    """Train a head on the seed training split (+ people's labels), measure it on the held-out split, store it.

    The new version is NOT active; ``model_version_activate`` decides. ``seed_limit`` trains on the first N seed
    rows only (used to build a deliberately weak model).
    """
    from leads.models import Label

    data = seed_dataset(kind, "train", limit=seed_limit)
    labels_used = 0
    if include_labels:
        labels = Label.objects.select_related("lead").order_by("-created_at")
        for text, target in label_examples(kind, labels):
            data.add(text, target, "labels")
            labels_used += 1
    heldout = seed_dataset(kind, "heldout")
    vectors = embed_cached(data.texts)
    held_vectors = embed_cached(heldout.texts)
    if kind == ModelKind.INTENT:
        clf = _fit(kind, data, lambda: intent_train(data.texts, vectors, data.labels))
        predicted = [int(r["probability"] >= THRESHOLD) for r in intent_predict(clf, held_vectors, heldout.texts)]
        metrics = intent_metrics(heldout.labels, predicted)
    else:
        clf = _fit(
            kind, data, lambda: head_train(sentiment_features(vectors, vader_scores(data.texts)), data.labels, c=4.0)
        )
        predicted = [r["label"] for r in sentiment_predict(clf, held_vectors, vader_scores(heldout.texts))]
        metrics = sentiment_metrics(heldout.labels, predicted)
    metrics["evaluated_on"] = "seed held-out split"
    version = _new_version_name(kind)
    embedder = embedder_id()
    artifact = head_save(clf, kind=kind, version=version, embedder=embedder)
    row = ModelVersion(
        kind=kind,
        version=version,
        training_counts=data.counts(),
        metrics=metrics,
        artifact=artifact,
        embedder=embedder,
        trained_at=timezone.now(),
        notes=notes,
    )
    row.full_clean()
    row.save()
    return row


@transaction.atomic
def model_version_activate(*, version: ModelVersion, force: bool = False, reason: str = "") -> bool:
    """Activate ``version`` if it beats the active one on the held-out metric (or ``force`` with a reason)."""
    version = ModelVersion.objects.select_for_update().get(pk=version.pk)
    current = ModelVersion.objects.select_for_update().filter(kind=version.kind, is_active=True).first()
    if current and current.pk == version.pk:
        return True
    metric = PRIMARY_METRIC[version.kind]
    new_value = version.metrics.get(metric, 0.0)
    old_value = current.metrics.get(metric, 0.0) if current else None
    if force:
        if not reason.strip():
            raise ValueError("Forcing an activation needs a reason.")
        decision = f"Forced: {reason.strip()} ({metric} {new_value} vs active {old_value})."
    elif current is None:
        decision = f"First {version.kind} model ({metric} {new_value})."
    elif new_value > old_value:
        decision = f"Beat the active version {current.version}: {metric} {new_value} > {old_value}."
    else:
        version.activation_reason = (
            f"Not activated: {metric} {new_value} does not beat {old_value} ({current.version})."
        )
        version.save(update_fields=["activation_reason", "updated_at"])
        return False
    if current:
        current.is_active = False
        current.save(update_fields=["is_active", "updated_at"])
    version.is_active = True
    version.activated_at = timezone.now()
    version.activation_reason = decision
    version.save(update_fields=["is_active", "activated_at", "activation_reason", "updated_at"])
    return True


def model_versions_bootstrap() -> None:
    """Train and activate seed-only heads for any kind without an active version (first start)."""
    for kind in ModelKind.values:
        if active_version(kind) is None:
            model_version_activate(version=model_version_train(kind=kind, include_labels=False, notes="Seed only."))


def retrain_run_create(*, trigger: str, user=None) -> RetrainRun:
    """Record a retrain job and queue it for the worker; returns the job (its id is what the API hands back)."""
    from django_q.tasks import async_task

    run = RetrainRun(trigger=trigger, requested_by=user if getattr(user, "pk", None) else None)
    run.full_clean()
    run.save()
    transaction.on_commit(lambda: async_task("enrichment.tasks.retrain", run.pk, task_name=f"retrain-{run.pk}"))
    return run


def retrain_run_execute(*, run_id: int) -> RetrainRun:
    """Train new intent and sentiment heads, promote the ones that beat the active versions, rescore recent leads."""
    run = RetrainRun.objects.get(pk=run_id)
    if run.status not in (RetrainStatus.QUEUED, RetrainStatus.FAILED):
        return run
    run.status, run.started_at, run.error = RetrainStatus.RUNNING, timezone.now(), ""
    run.save(update_fields=["status", "started_at", "error", "updated_at"])
    try:
        result, labels_used = {}, 0
        for kind in ModelKind.values:
            version = model_version_train(kind=kind, notes=f"Retrain run #{run.pk} ({run.trigger}).")
            promoted = model_version_activate(version=version)
            version.refresh_from_db()
            labels_used = max(labels_used, sum(version.training_counts.get("labels", {}).values()))
            result[kind] = {
                "version_id": version.pk,
                "version": version.version,
                "metrics": version.metrics,
                "promoted": promoted,
                "reason": version.activation_reason,
            }
        if any(r["promoted"] for r in result.values()):
            result["rescored"] = leads_rescore_recent()
        run.result, run.labels_used, run.status = result, labels_used, RetrainStatus.DONE
    except Exception as exc:  # the job row must say what went wrong; the worker log keeps the traceback
        log.exception("Retrain run %s failed", run.pk)
        run.status, run.error = RetrainStatus.FAILED, f"{type(exc).__name__}: {exc}"
    run.finished_at = timezone.now()
    run.save()
    return run


def retrain_if_enough_labels() -> RetrainRun | None:
    """Queue a retrain when RETRAIN_AFTER_LABELS labels arrived since the active version (scheduled check)."""
    threshold = settings.RETRAIN_AFTER_LABELS
    if threshold <= 0 or retrain_in_progress() or labels_since_active() < threshold:
        return None
    return retrain_run_create(trigger=RetrainTrigger.AUTO)


def texts_analyze(*, texts: list[str], platform: str = "", kind: str = "") -> list[dict]:
    """Sentiment, intent, score and explanation for bare texts (API and command); nothing is stored."""
    analyses = analyze_texts(texts)
    rules = active_rules(kind=kind)
    out = []
    for text, analysis in zip(texts, analyses, strict=True):
        score, explanation = score_compute(scoring_input_for_text(text, analysis, platform=platform, kind=kind), rules)
        explanation["model"] = _model_block(analysis)
        out.append(
            {
                "sentiment": analysis.sentiment,
                "intent": analysis.intent,
                "score": score,
                "explanation": explanation,
                "model_version_ids": {"intent": analysis.intent_version_id, "sentiment": analysis.sentiment_version_id},
            }
        )
    return out


def _model_block(analysis: Analysis) -> dict:
    return {
        "intent_version_id": analysis.intent_version_id,
        "sentiment_version_id": analysis.sentiment_version_id,
        "embedder": analysis.embedder,
        "sentiment": analysis.sentiment,
        "intent": analysis.intent,
    }


def lead_score_apply(*, lead, analysis: Analysis | None = None, rules=None, now=None):
    """Analyse (unless given) and score one lead; writes score, explanation, model outputs and model version."""
    now = now or timezone.now()
    text = lead_text(lead)
    analysis = analysis or analyze_texts([text])[0]
    rules = rules if rules is not None else active_rules(now=now, kind=lead.kind)
    score, explanation = score_compute(scoring_input_for_lead(lead, analysis, text), rules, now=now)
    explanation["model"] = _model_block(analysis)
    lead.sentiment_label = analysis.sentiment["label"]
    lead.sentiment_score = analysis.sentiment["score"]
    lead.intent_probability = analysis.intent["probability"]
    lead.intent_level = analysis.intent["level"]
    lead.score, lead.score_explanation, lead.scored_at = score, explanation, now
    lead.model_version_id = analysis.intent_version_id
    lead.save(
        update_fields=[
            "sentiment_label",
            "sentiment_score",
            "intent_probability",
            "intent_level",
            "score",
            "score_explanation",
            "scored_at",
            "model_version",
            "updated_at",
        ]
    )
    return lead


def leads_rescore(*, lead_ids: list[int], batch_size: int = 64) -> int:
    """Re-analyse and rescore leads in batches (one embedding pass per batch); returns how many were scored."""
    from leads.models import Lead

    heads = active_heads()
    now = timezone.now()
    rules_by_kind: dict[str, list] = {}
    done = 0
    for start in range(0, len(lead_ids), batch_size):
        leads = list(
            Lead.objects.filter(pk__in=lead_ids[start : start + batch_size]).prefetch_related("contact_points")
        )
        analyses = analyze_texts([lead_text(lead) for lead in leads], heads=heads)
        for lead, analysis in zip(leads, analyses, strict=True):
            if lead.kind not in rules_by_kind:
                rules_by_kind[lead.kind] = active_rules(now=now, kind=lead.kind)
            lead_score_apply(lead=lead, analysis=analysis, rules=rules_by_kind[lead.kind], now=now)
            done += 1
    return done


def leads_rescore_recent(*, days: int | None = None) -> int:
    """Rescore leads discovered in the last RESCORE_RECENT_DAYS days (after a promotion or a rules change)."""
    from leads.models import Lead

    since = timezone.now() - timedelta(days=days or settings.RESCORE_RECENT_DAYS)
    ids = list(Lead.objects.filter(discovered_at__gte=since).order_by("-discovered_at").values_list("pk", flat=True))
    return leads_rescore(lead_ids=ids)


def rules_changed() -> None:
    """Queue a background rescore of recent leads after ScoringRules changed (admin save/delete, API later)."""
    from django_q.tasks import async_task

    transaction.on_commit(lambda: async_task("enrichment.tasks.rescore_recent", task_name="rescore-after-rules"))
