"""The steps of one enrichment run: providers in the configured order, then the summary and the quality score;
then a business listing is scored with what the run found (its score is built from it, ``leads/scoring.py``).

Each step reads its input (fingerprinted), reuses its stored result when the input did not change, records its
status on an ``EnrichmentStep`` row, and leaves its result in the context for the steps after it.
"""

import logging
from typing import Any

from django.conf import settings
from django.utils import timezone

from enrichment.listing_signals import lead_score_after_enrichment
from enrichment.models import EnrichmentStep, LeadEnrichment, StepName, StepStatus
from enrichment.providers import providers_in_order
from enrichment.providers.base import (
    EnrichContext,
    PhoneInput,
    Provider,
    ProviderError,
    ProviderLimitReached,
    StepSkipped,
    input_hash,
)
from enrichment.quality import quality_compute
from enrichment.summary import extractive_summary

log = logging.getLogger(__name__)


class SummaryStep(Provider):
    """Extractive description from the lead's own text and its website's own description."""

    name = StepName.SUMMARY

    def inputs(self, ctx: EnrichContext) -> Any:
        business = (ctx.results.get("website") or {}).get("business") or {}
        place = (ctx.results.get("places") or {}).get("place") or {}
        texts = [ctx.lead.text, business.get("description", ""), business.get("meta_description", "")]
        texts.append(place.get("editorial_summary", ""))
        if ctx.lead.kind == "conversation" and ctx.lead.name not in ctx.lead.text:
            texts.insert(0, ctx.lead.name)
        texts = [t for t in texts if t and t.strip()]
        if not texts:
            raise StepSkipped("No text of the lead or its website to describe it with.")
        return {"texts": texts}

    def run(self, ctx: EnrichContext, wanted: dict[str, Any]) -> dict[str, Any]:
        result = extractive_summary(wanted["texts"])
        if not result["text"]:
            raise StepSkipped("The lead's text has no complete sentence to describe it with.")
        return result


class QualityStep(Provider):
    """Recomputed on every run: freshness moves with time and every other step feeds it."""

    name = StepName.QUALITY

    def inputs(self, ctx: EnrichContext) -> Any:
        return {"now": ctx.now.isoformat()}

    def run(self, ctx: EnrichContext, wanted: dict[str, Any]) -> dict[str, Any]:
        score, explanation = quality_compute(lead=ctx.lead, contacts=ctx.contacts, results=ctx.results, now=ctx.now)
        return {"score": score, "explanation": explanation}


def context_build(lead, *, now) -> EnrichContext:
    contacts = list(lead.contact_points.all())
    phones = sorted((c for c in contacts if c.kind == "phone"), key=lambda c: (-c.confidence, c.pk))
    return EnrichContext(
        lead=lead,
        phones=[
            PhoneInput(contact_id=c.pk, e164=c.normalized_value, raw=c.value, confidence=c.confidence, layer=c.layer)
            for c in phones
        ],
        emails=[c.normalized_value for c in contacts if c.kind == "email"],
        websites=[c.value for c in sorted(contacts, key=lambda c: -c.confidence) if c.kind == "website"],
        now=now,
        contacts=contacts,
    )


def steps_for_run() -> list[Provider]:
    return [*providers_in_order(settings.ENRICHMENT_PROVIDERS), SummaryStep(), QualityStep()]


def _save(step: EnrichmentStep, **fields: Any) -> None:
    for name, value in fields.items():
        setattr(step, name, value)
    step.save()


def step_run(step: EnrichmentStep, provider: Provider, ctx: EnrichContext, *, force: bool) -> EnrichmentStep:
    """Run (or reuse) one step and record what happened on its row."""
    try:
        wanted = provider.inputs(ctx)
    except StepSkipped as exc:
        _save(step, status=StepStatus.SKIPPED, error=str(exc), transient=False, result={}, input_hash="")
        return step
    digest = input_hash(wanted)
    if not force and step.status == StepStatus.DONE and step.input_hash == digest:
        ctx.results[provider.name] = step.result
        return step
    _save(step, status=StepStatus.RUNNING, attempts=step.attempts + 1, started_at=timezone.now(), finished_at=None)
    try:
        result = provider.run(ctx, wanted)
    except (StepSkipped, ProviderLimitReached) as exc:
        _save(step, status=StepStatus.SKIPPED, error=str(exc), transient=False, finished_at=timezone.now())
        return step
    except ProviderError as exc:
        _save(step, status=StepStatus.FAILED, error=exc.message, transient=exc.transient, finished_at=timezone.now())
        return step
    except Exception as exc:  # a bug or an unexpected answer: the row says what, the log keeps the traceback
        log.exception("Enrichment step %s failed for lead %s", provider.name, ctx.lead.pk)
        _save(
            step,
            status=StepStatus.FAILED,
            error=f"{type(exc).__name__}: {exc}",
            transient=False,
            finished_at=timezone.now(),
        )
        return step
    ctx.results[provider.name] = result
    _save(
        step,
        status=StepStatus.DONE,
        result=result,
        input_hash=digest,
        error="",
        transient=False,
        from_cache=bool(result.get("from_cache")),
        finished_at=timezone.now(),
    )
    return step


def steps_run(enrichment: LeadEnrichment, *, force: bool) -> tuple[EnrichContext, list[EnrichmentStep]]:
    """Every step of one run, in order; returns the context (with results) and the step rows."""
    lead = enrichment.lead
    ctx = context_build(lead, now=timezone.now())
    existing = {s.step: s for s in enrichment.steps.all()}
    done = []
    for provider in steps_for_run():
        step = existing.get(provider.name) or EnrichmentStep.objects.create(enrichment=enrichment, step=provider.name)
        done.append(step_run(step, provider, ctx, force=force))
    lead_score_after_enrichment(lead=lead, results=ctx.results)
    return ctx, done
