"""What a business listing's score is built from, gathered here (above ``leads``) as plain values for
``leads.scoring``: its phones and whether their line type is callable, which fields it has, enrichment's quality
score and the score of the company it belongs to.

During an enrichment run the step results are read as the steps left them (the contact points get their verdicts
only after the run); afterwards (rescore) from the stored step rows and contact points.
"""

import logging
from typing import Any

from companies.models import CompanyLink
from companies.scoring import CALLABLE_TYPES, TWILIO_LINE_TYPES, phone_type
from enrichment.models import EnrichmentStep, StepName, StepStatus
from leads.models import ContactKind, LeadKind
from leads.scoring import ListingSignals, ScoringInput, scoring_input_for_lead

log = logging.getLogger(__name__)
UNKNOWN_TYPES = frozenset({"", "unknown"})


def stored_results(lead) -> dict[str, dict[str, Any]]:
    """The results of the lead's finished enrichment steps, by step name (empty before enrichment)."""
    rows = EnrichmentStep.objects.filter(enrichment__lead=lead, status=StepStatus.DONE).values_list("step", "result")
    return {step: result or {} for step, result in rows}


def _phone_types(results: dict[str, dict[str, Any]]) -> dict[int, str]:
    """Line types this run found, by contact point id (Twilio's answer for the number it looked up wins)."""
    phone = results.get(StepName.PHONE) or {}
    types = {n.get("contact_id"): n.get("type") or "" for n in phone.get("numbers") or []}
    twilio = results.get(StepName.TWILIO) or {}
    best = phone.get("best") or {}
    line_type = TWILIO_LINE_TYPES.get(twilio.get("line_type") or "") if twilio.get("found") else None
    if line_type and best.get("contact_id") is not None:
        types[best["contact_id"]] = line_type
    return types


def listing_signals(lead, *, results: dict[str, dict[str, Any]] | None = None) -> ListingSignals:
    """The listing's phones, completeness, quality and company, from ``results`` (an enrichment run's) or the
    stored enrichment."""
    results = stored_results(lead) if results is None else results
    points = list(lead.contact_points.all())
    run_types = _phone_types(results)
    callable_phones, unchecked, other = [], [], []
    for point in points:
        if point.kind != ContactKind.PHONE or point.details.get("fax"):
            continue
        kind = phone_type(point)
        kind = kind if kind not in UNKNOWN_TYPES else run_types.get(point.pk, "")
        if kind in CALLABLE_TYPES:
            callable_phones.append({"phone": point.normalized_value, "type": kind})
        elif kind in UNKNOWN_TYPES:
            unchecked.append(point.normalized_value)
        else:
            other.append({"phone": point.normalized_value, "type": kind})
    website = results.get(StepName.WEBSITE) or {}
    business = website.get("business") or {}
    place = (results.get(StepName.PLACES) or {}).get("place") or {}
    kinds = {p.kind for p in points}
    present = {
        "name": bool(lead.name.strip()),
        "phone": ContactKind.PHONE in kinds,
        "website": bool(lead.domain) or ContactKind.WEBSITE in kinds,
        "address": bool(lead.location or business.get("address") or place.get("address")),
        "email": ContactKind.EMAIL in kinds or bool(website.get("emails")),
    }
    quality = (results.get(StepName.QUALITY) or {}).get("score")
    if quality is None:
        enrichment = getattr(lead, "enrichment", None)  # None before the lead's first enrichment
        quality = enrichment.quality_score if enrichment is not None else None
    link = CompanyLink.objects.filter(lead=lead, undone=False).select_related("company").first()
    company = None
    if link is not None and link.company.scored_at is not None:
        company = {"id": link.company_id, "name": link.company.name, "score": link.company.score}
    return ListingSignals(
        present=present,
        callable_phones=callable_phones,
        unchecked_phones=unchecked,
        other_phones=other,
        quality_score=quality,
        company=company,
    )


def lead_scoring_input(lead, analysis, text: str, *, results: dict | None = None) -> ScoringInput:
    """``scoring_input_for_lead`` plus, for a business listing, what its base is built from."""
    data = scoring_input_for_lead(lead, analysis, text)
    if lead.kind == LeadKind.BUSINESS:
        data.listing = listing_signals(lead, results=results)
    return data


def lead_score_after_enrichment(*, lead, results: dict[str, dict[str, Any]]) -> None:
    """Score a business listing with what its enrichment just found (and any lead never scored yet). A failure is
    logged, never the enrichment's: the lead keeps its previous score until the next rescore."""
    if lead.kind != LeadKind.BUSINESS and lead.scored_at is not None:
        return
    from enrichment.services import lead_score_apply

    try:
        lead_score_apply(lead=lead, results=results)
    except Exception:
        log.exception("Scoring lead %s after its enrichment failed", lead.pk)
