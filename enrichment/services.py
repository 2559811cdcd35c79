"""Writes for understanding: training and activating model versions, retrain runs, analysing and scoring leads."""

import logging
import time
from collections.abc import Sequence
from contextvars import ContextVar
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from enrichment.listing_signals import lead_scoring_input
from enrichment.models import (
    EnrichmentStatus,
    EnrichmentStep,
    LeadEnrichment,
    ModelKind,
    ModelVersion,
    RetrainRun,
    RetrainStatus,
    RetrainTrigger,
    StepName,
    StepStatus,
)
from enrichment.nlp.analyze import Analysis, analyze_texts
from enrichment.nlp.embeddings import embedder_id
from enrichment.nlp.heads import head_load, head_save
from enrichment.nlp.intent import THRESHOLD, intent_predict, intent_train
from enrichment.nlp.sentiment import sentiment_predict, sentiment_train, vader_scores
from enrichment.nlp.training import (
    PRIMARY_METRIC,
    embed_cached,
    intent_metrics,
    judging_set,
    lead_text,
    sentiment_metrics,
    training_dataset,
)
from enrichment.selectors import (
    active_heads,
    active_version,
    labels_since_active,
    retrain_in_progress,
    retrain_run_current,
)
from leads.scoring import active_rules, score_compute, scoring_input_for_text

log = logging.getLogger(__name__)


_fitted: dict[int, object] = {}


def _fit(kind: str, data, train):
    """Training is deterministic, so identical data gives an identical head: reuse it within the process."""
    key = hash((kind, embedder_id(), tuple(data.texts), tuple(data.labels), tuple(data.weights)))
    if key not in _fitted:
        _fitted[key] = train()
    return _fitted[key]


def _new_version_name(kind: str) -> str:
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    n = ModelVersion.objects.filter(kind=kind, version__startswith=stamp).count()
    return f"{stamp}-{n + 1}"


def model_version_train(
    *, kind: str, seed_limit: int | None = None, include_labels: bool = True, notes: str = "", progress=None
) -> ModelVersion:
    """Train a head on the seed posts (a light prior), the real labelled posts and people's labels outside the
    promotion fold, measure it on the judging set (``judging_set``), store it.

    The new version is NOT active; ``model_version_activate`` decides. ``seed_limit`` trains on the first N seed
    rows only (used to build a deliberately weak model). ``progress(done, total)`` is told how embedding goes.
    """
    labels = _labels(include_labels)
    data = training_dataset(kind, labels=labels, seed_limit=seed_limit)
    vectors = embed_cached(data.texts, progress=progress)
    if kind == ModelKind.INTENT:
        clf = _fit(kind, data, lambda: intent_train(data.texts, vectors, data.labels, data.weights))
    else:
        clf = _fit(kind, data, lambda: sentiment_train(data.texts, vectors, data.labels, data.weights))
    metrics = _heldout_metrics(kind, clf, labels=labels)
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


def _labels(include: bool = True) -> list:
    from leads.models import Label

    return list(Label.objects.select_related("lead").order_by("-created_at")) if include else []


def _heldout_metrics(kind: str, clf, *, labels=None) -> dict:
    """The head's figures on the judging set (real posts of the promotion fold + people's labels in it; the seed
    held-out split only where no real post exists), and which set that was (its fingerprint)."""
    judging = judging_set(kind, labels=_labels() if labels is None else labels)
    held = judging.data
    held_vectors = embed_cached(held.texts)
    if kind == ModelKind.INTENT:
        predicted = [int(r["probability"] >= THRESHOLD) for r in intent_predict(clf, held_vectors, held.texts)]
        metrics = intent_metrics(held.labels, predicted)
    else:
        predicted = [r["label"] for r in sentiment_predict(clf, held_vectors, vader_scores(held.texts))]
        metrics = sentiment_metrics(held.labels, predicted)
    metrics["evaluated_on"] = judging.description
    metrics["heldout"] = judging.fingerprint
    return metrics


def _measured_on_current_split(version: ModelVersion) -> dict:
    """``version``'s metrics on today's held-out split: measured again (and stored) when the split has changed
    since it was trained, e.g. after an upgrade that added held-out posts, so that a candidate and the active
    version are always compared on the same posts. A head of another embedder is not measured again (it cannot
    run on today's vectors; ``model_versions_bootstrap`` replaces it)."""
    if version.embedder != embedder_id():
        return version.metrics
    if version.metrics.get("heldout") == judging_set(version.kind, labels=_labels()).fingerprint:
        return version.metrics
    try:
        clf = head_load(version.artifact)["classifier"]
    except FileNotFoundError:
        return version.metrics
    before = {k: v for k, v in version.metrics.items() if k != "measured_before"}
    version.metrics = {**_heldout_metrics(version.kind, clf), "measured_before": before}
    version.save(update_fields=["metrics", "updated_at"])
    return version.metrics


def model_version_activate(*, version: ModelVersion, force: bool = False, reason: str = "") -> bool:
    """Activate ``version`` if it beats the active one on the held-out metric (or ``force`` with a reason).

    Both are measured on today's held-out split first, outside the transaction that decides: measuring embeds
    thousands of posts, and no database lock (SQLite's single writer included) is held meanwhile."""
    if force and not reason.strip():
        raise ValueError("Forcing an activation needs a reason.")
    for candidate in (version, active_version(version.kind)):
        if candidate is not None:
            _measured_on_current_split(candidate)
    return _activation_decide(version=version, force=force, reason=reason)


@transaction.atomic
def _activation_decide(*, version: ModelVersion, force: bool, reason: str) -> bool:
    version = ModelVersion.objects.select_for_update().get(pk=version.pk)
    current = ModelVersion.objects.select_for_update().filter(kind=version.kind, is_active=True).first()
    if current and current.pk == version.pk:
        return True
    metric = PRIMARY_METRIC[version.kind]
    new_value = _measured_on_current_split(version).get(metric, 0.0)
    old_value = _measured_on_current_split(current).get(metric, 0.0) if current else None
    if force:
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


def model_versions_bootstrap(*, progress=None) -> list[ModelVersion]:
    """Train and activate heads for any kind without an active version (first start: seed + real posts), and
    seed + real posts + labels heads for any kind whose active version was trained on another embedder. The latter
    is activated whatever its figure: scores measured on other vectors are no yardstick, and the old head cannot
    serve at all. Returns the versions built. ``progress(kind, done, total)`` hears how embedding goes."""
    embedder = embedder_id()
    built = []
    for kind in ModelKind.values:
        current = active_version(kind)
        told = (lambda done, total, kind=kind: progress(kind, done, total)) if progress else None
        if current is None:
            version = model_version_train(kind=kind, include_labels=False, notes="First install.", progress=told)
            model_version_activate(version=version)
            built.append(version)
        elif current.embedder and current.embedder != embedder:
            change = f"the embedder changed from {current.embedder} to {embedder}"
            version = model_version_train(kind=kind, notes=f"Retrained because {change}.", progress=told)
            model_version_activate(version=version, force=True, reason=f"{change[0].upper()}{change[1:]}")
            built.append(version)
    return built


def retrain_run_create(*, trigger: str, user=None) -> RetrainRun:
    """Record a retrain job and queue it for the worker; returns the job (its id is what the API hands back).

    One retrain at a time: while one is queued or running, a new request is merged into it (that job is returned
    with ``joined`` set, nothing new is queued). A short lock makes two simultaneous requests agree on one job."""
    from django.core.cache import cache
    from django_q.tasks import async_task

    lock = "enrichment:retrain-create"
    for _ in range(50):
        if cache.add(lock, 1, timeout=10):
            break
        time.sleep(0.1)
    try:
        running = retrain_run_current()
        if running is not None:
            running.joined = True
            return running
        run = RetrainRun(trigger=trigger, requested_by=user if getattr(user, "pk", None) else None)
        run.full_clean()
        run.save()
    finally:
        cache.delete(lock)
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


def lead_score_apply(*, lead, analysis: Analysis | None = None, rules=None, now=None, results=None):
    """Analyse (unless given) and score one lead; writes score, explanation, model outputs and model version.
    ``results``: an enrichment run's step results for a listing's signals (else the stored enrichment's)."""
    now = now or timezone.now()
    text = lead_text(lead)
    analysis = analysis or analyze_texts([text])[0]
    rules = rules if rules is not None else active_rules(now=now, kind=lead.kind)
    score, explanation = score_compute(lead_scoring_input(lead, analysis, text, results=results), rules, now=now)
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


# --- Lead enrichment (issue 9) -------------------------------------------------------------------------------

_enriching: ContextVar[int | None] = ContextVar("enriching_lead", default=None)


def _enqueue_task(lead_id: int) -> None:
    from django_q.tasks import async_task

    async_task("enrichment.tasks.enrich_lead", lead_id, task_name=f"enrich-lead-{lead_id}")


def _stale(when: datetime | None, now: datetime) -> bool:
    return when is None or (now - when).total_seconds() > settings.ENRICHMENT_STALE_SECONDS


@transaction.atomic
def lead_enrich_enqueue(*, lead_id: int, force: bool = False, auto: bool = True) -> LeadEnrichment | None:
    """Queue the lead's enrichment once its transaction commits; called for every new or changed lead.

    ``auto`` calls (saves of leads and contact points) do nothing when ENRICHMENT_AUTO is off or while this
    lead's own enrichment is adding contact points. A lead already queued is not queued twice; one whose run is
    under way is queued again when that run ends. ``force`` (re-run from admin or API) redoes every step, still
    answering paid lookups from the cache.
    """
    if auto and (not settings.ENRICHMENT_AUTO or _enriching.get() == lead_id):
        return None
    now = timezone.now()
    row, _ = LeadEnrichment.objects.select_for_update().get_or_create(lead_id=lead_id)
    row.force = row.force or force
    if row.status == EnrichmentStatus.RUNNING and not _stale(row.started_at, now):
        row.rerun = True
        row.save(update_fields=["force", "rerun", "updated_at"])
        return row
    if row.status == EnrichmentStatus.QUEUED and not _stale(row.queued_at, now):
        row.save(update_fields=["force", "updated_at"])
        return row
    row.status, row.queued_at, row.retry_at = EnrichmentStatus.QUEUED, now, None
    row.save(update_fields=["status", "force", "queued_at", "retry_at", "updated_at"])
    # robust: a queue outage must not fail the save of the lead; the stale sweep queues it again later.
    transaction.on_commit(lambda: _enqueue_task(lead_id), robust=True)
    return row


def lead_enrich_enqueue_many(*, lead_ids: Sequence[int]) -> int:
    """``lead_enrich_enqueue`` (automatic) for many new or changed leads at once, as bulk ingest saves them:
    the same rules in a few statements. Returns how many were queued now."""
    ids = sorted(set(lead_ids) - {_enriching.get()})
    if not settings.ENRICHMENT_AUTO or not ids:
        return 0
    now = timezone.now()
    with transaction.atomic():
        LeadEnrichment.objects.bulk_create([LeadEnrichment(lead_id=lead_id) for lead_id in ids], ignore_conflicts=True)
        rows = LeadEnrichment.objects.select_for_update().filter(lead_id__in=ids)
        rerun, due = [], []
        for row in rows.only("lead_id", "status", "started_at", "queued_at"):
            if row.status == EnrichmentStatus.RUNNING and not _stale(row.started_at, now):
                rerun.append(row.pk)
            elif not (row.status == EnrichmentStatus.QUEUED and not _stale(row.queued_at, now)):
                due.append(row.lead_id)
        LeadEnrichment.objects.filter(pk__in=rerun).update(rerun=True, updated_at=now)
        LeadEnrichment.objects.filter(lead_id__in=due).update(
            status=EnrichmentStatus.QUEUED, queued_at=now, retry_at=None, updated_at=now
        )
        if due:  # one callback per call that queued something, none for a lead already waiting
            transaction.on_commit(lambda: [_enqueue_task(lead_id) for lead_id in due], robust=True)
    return len(due)


def lead_enrichments_requeue_stale(*, limit: int = 500) -> int:
    """Queue again enrichments whose task was lost: queued or running for longer than ENRICHMENT_STALE_SECONDS, or
    retrying well past their retry time (scheduled every 15 minutes). Returns how many were queued."""
    cutoff = timezone.now() - timedelta(seconds=settings.ENRICHMENT_STALE_SECONDS)
    lost = (
        Q(status=EnrichmentStatus.QUEUED, queued_at__lt=cutoff)
        | Q(status=EnrichmentStatus.RUNNING, started_at__lt=cutoff)
        | Q(status=EnrichmentStatus.RETRYING, retry_at__lt=cutoff)
    )
    lead_ids = list(
        LeadEnrichment.objects.filter(lost).order_by("updated_at").values_list("lead_id", flat=True)[:limit]
    )
    for lead_id in lead_ids:
        lead_enrich_enqueue(lead_id=lead_id, auto=False)
    return len(lead_ids)


def lead_enrichment_run(*, lead_id: int) -> LeadEnrichment | None:
    """Run the lead's enrichment if it is queued (claimed with a conditional update, so one worker runs it).

    Transient provider failures leave the run ``retrying`` with a scheduled retry (ENRICHMENT_RETRY_DELAY,
    doubled per attempt) until ENRICHMENT_MAX_ATTEMPTS; permanent ones leave it ``partial`` with the reasons.
    """
    from enrichment.pipeline import steps_run

    now = timezone.now()
    claimed = LeadEnrichment.objects.filter(
        lead_id=lead_id, status__in=[EnrichmentStatus.QUEUED, EnrichmentStatus.RETRYING]
    ).update(status=EnrichmentStatus.RUNNING, started_at=now, attempts=F("attempts") + 1, rerun=False, retry_at=None)
    row = LeadEnrichment.objects.select_related("lead").filter(lead_id=lead_id).first()
    if not claimed or row is None:
        return row
    token = _enriching.set(lead_id)
    try:
        ctx, steps = steps_run(row, force=row.force)
        _contacts_update(ctx)
    except Exception as exc:  # a bug outside the steps: record it and retry like a transient failure
        log.exception("Enrichment of lead %s failed", lead_id)
        return _finish(row, ctx=None, steps=[], crash=f"{type(exc).__name__}: {exc}")
    finally:
        _enriching.reset(token)
    return _finish(row, ctx=ctx, steps=steps)


def _finish(row: LeadEnrichment, *, ctx, steps: list[EnrichmentStep], crash: str = "") -> LeadEnrichment:
    from enrichment.quality import insights_for

    now = timezone.now()
    failed = [s for s in steps if s.status == StepStatus.FAILED]
    transient = crash or any(s.transient for s in failed)
    row.error = crash or "; ".join(f"{s.step}: {s.error}" for s in failed)
    row.finished_at = now
    if transient and row.attempts < settings.ENRICHMENT_MAX_ATTEMPTS:
        row.status = EnrichmentStatus.RETRYING
        row.retry_at = now + timedelta(seconds=settings.ENRICHMENT_RETRY_DELAY * 2 ** (row.attempts - 1))
    else:
        row.status = EnrichmentStatus.PARTIAL if (failed or crash) else EnrichmentStatus.DONE
        row.force = False
        if not failed and not crash:
            row.attempts = 0
    if ctx is not None:
        quality = ctx.results.get(StepName.QUALITY) or {}
        row.summary = (ctx.results.get(StepName.SUMMARY) or {}).get("text", "")
        row.quality_score = quality.get("score")
        row.quality_explanation = quality.get("explanation") or {}
        row.insights = insights_for(lead=row.lead, results=ctx.results, now=now)
    requeue = row.rerun
    if requeue:
        row.status, row.rerun, row.queued_at = EnrichmentStatus.QUEUED, False, now
    row.full_clean(exclude=["lead"])
    row.save()
    if requeue:
        transaction.on_commit(lambda: _enqueue_task(row.lead_id), robust=True)
    elif row.status == EnrichmentStatus.RETRYING:
        _retry_schedule(row)
    return row


def _retry_schedule(row: LeadEnrichment) -> None:
    from django_q.models import Schedule
    from django_q.tasks import schedule

    schedule(
        "enrichment.tasks.enrich_lead",
        row.lead_id,
        name=f"enrich-retry-{row.lead_id}-{row.attempts}-{int(row.retry_at.timestamp())}",
        schedule_type=Schedule.ONCE,
        next_run=row.retry_at,
    )


def _contacts_update(ctx) -> None:
    """Store each number's verdict on its contact point; add the emails and social profiles the website lists."""
    from compliance.selectors import suppression_match
    from leads.models import ContactKind, ContactPoint, ExtractionLayer
    from leads.services import contact_point_add

    phone = ctx.results.get(StepName.PHONE) or {}
    twilio = ctx.results.get(StepName.TWILIO) or {}
    best = (phone.get("best") or {}).get("e164")
    for number in phone.get("numbers") or []:
        keep = ("valid", "type", "carrier", "geo", "region", "time_zones")
        verification = {"offline": {k: number.get(k) for k in keep}, "checked_at": phone.get("checked_at")}
        if twilio.get("found") and number.get("e164") == best:
            verification["twilio"] = {k: twilio.get(k) for k in ("line_type", "carrier", "caller_name", "valid")}
        ContactPoint.objects.filter(pk=number.get("contact_id")).update(verification=verification, verified_at=ctx.now)
    website = ctx.results.get(StepName.WEBSITE) or {}
    if not website.get("reachable"):
        return
    page = website.get("final_url", "")[:2000]
    for email in website.get("emails") or []:
        if suppression_match(emails=[email]):  # an opted-out or erased address is never stored
            continue
        contact_point_add(
            lead=ctx.lead,
            kind=ContactKind.EMAIL,
            value=email,
            normalized_value=email.lower(),
            layer=ExtractionLayer.WEBSITE_CRAWL,
            confidence=0.7,
            page_url=page,
        )
    for social in website.get("socials") or []:
        contact_point_add(
            lead=ctx.lead,
            kind=ContactKind.SOCIAL,
            value=social["url"],
            normalized_value=social["url"].lower().rstrip("/"),
            layer=ExtractionLayer.WEBSITE_CRAWL,
            confidence=0.7,
            page_url=page,
            details={"network": social.get("network", "")},
        )
