"""Lead score from what we know of the lead and admin-editable ScoringRules, with an explanation listing every
contribution. One 0..100 scale for both kinds of lead (the formula is stored in every explanation):

    conversation:     base = round(80 x intent probability)                                        (0..80)
    business listing: base = callable phone (30) + completeness (20) + enrichment quality (20)
                             + company score (10)                                                  (0..80)
    total = clamp(base + sum of the weights of matching rules, 0, 100)

A listing's parts: a phone whose line type is callable (landline, mobile, toll-free, VoIP) 30, a phone nobody
checked yet 15; completeness 20 x the share of name, phone, website, address and email it has; enrichment quality
20 x quality score / 100; company score 10 x the linked company's score / 100. The upper layers (enrichment,
companies) gather these as plain values in ``ListingSignals``; this module imports neither.

A rule takes part when it is active, inside its active_from/active_until window and its ``applies_to`` is blank or
the lead's kind. Every matching rule is listed with the evidence that made it match (the keyword span, the platform,
the contact found, ...); rules that were evaluated but did not match are listed by id so a person can see them too.
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Q
from django.utils import timezone

from insight.patterns import PatternTooSlow, pattern_search
from leads.models import ContactKind, LeadKind, RuleCondition, ScoringRule

BASE_WEIGHT = 80
LISTING_POINTS = {"phone": 30, "completeness": 20, "quality": 20, "company": 10}
UNCHECKED_PHONE_POINTS = 15
LISTING_FIELDS = ("name", "phone", "website", "address", "email")
FORMULA_CONVERSATION = "total = clamp(round(80 x intent probability) + sum(weights of matching rules), 0, 100)"
FORMULA_LISTING = (
    "total = clamp(callable phone (30) + completeness (20) + enrichment quality (20) + company score (10) "
    "+ sum(weights of matching rules), 0, 100)"
)
FORMULA = f"conversation: {FORMULA_CONVERSATION}; business listing: {FORMULA_LISTING}"
INTENT_ORDER = ["none", "low", "medium", "high"]
_PHONE_RE = re.compile(r"(?:\+?\d[\d\s().-]{7,}\d)")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


@dataclass
class ListingSignals:
    """What a business listing's base is made of, gathered by the layers that know it (plain values only)."""

    present: dict[str, bool] = field(default_factory=dict)  # LISTING_FIELDS -> found
    callable_phones: list[dict] = field(default_factory=list)  # {"phone", "type"} with a callable line type
    unchecked_phones: list[str] = field(default_factory=list)  # numbers whose line type nobody knows yet
    other_phones: list[dict] = field(default_factory=list)  # {"phone", "type"}: fax, premium rate, ...
    quality_score: int | None = None  # enrichment's quality score (0..100), None before enrichment
    company: dict | None = None  # {"id", "name", "score"} of the linked company


@dataclass
class ScoringInput:
    """What rules look at: the lead's own fields (or an API caller's) plus the model outputs."""

    text: str
    intent_probability: float
    intent_level: str
    sentiment_label: str
    kind: str = ""
    platform: str = ""
    category: str = ""
    author: str = ""
    published_at: datetime | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    listing: ListingSignals | None = None


def scoring_input_for_text(text: str, analysis, *, platform: str = "", kind: str = "") -> ScoringInput:
    """Input for a bare text (the analyze API/command): contacts are what the text itself shows."""
    return ScoringInput(
        text=text,
        intent_probability=analysis.intent["probability"],
        intent_level=analysis.intent["level"],
        sentiment_label=analysis.sentiment["label"],
        kind=kind,
        platform=platform,
        phones=[m.group(0).strip() for m in _PHONE_RE.finditer(text)][:5],
        emails=[m.group(0) for m in _EMAIL_RE.finditer(text)][:5],
    )


def scoring_input_for_lead(lead, analysis, text: str) -> ScoringInput:
    points = list(lead.contact_points.all())
    phones = [p.normalized_value for p in points if p.kind == ContactKind.PHONE]
    emails = [p.normalized_value for p in points if p.kind == ContactKind.EMAIL]
    return ScoringInput(
        text=text,
        intent_probability=analysis.intent["probability"],
        intent_level=analysis.intent["level"],
        sentiment_label=analysis.sentiment["label"],
        kind=lead.kind,
        platform=lead.platform,
        category=lead.category,
        author=f"{lead.author} {lead.author_handle}".strip(),
        published_at=lead.published_at or lead.discovered_at,
        phones=phones or [m.group(0).strip() for m in _PHONE_RE.finditer(text)][:5],
        emails=emails or [m.group(0) for m in _EMAIL_RE.finditer(text)][:5],
    )


def active_rules(*, now: datetime | None = None, kind: str = "") -> list[ScoringRule]:
    """Rules in force at ``now`` for a lead of ``kind`` (blank kind: rules for every kind only)."""
    now = now or timezone.now()
    qs = ScoringRule.objects.filter(is_active=True)
    qs = qs.filter(Q(active_from__isnull=True) | Q(active_from__lte=now))
    qs = qs.filter(Q(active_until__isnull=True) | Q(active_until__gt=now))
    qs = qs.filter(Q(applies_to="") | Q(applies_to=kind)) if kind else qs.filter(applies_to="")
    return list(qs.order_by("id"))


def _values(value: str) -> list[str]:
    return [v.strip().lower() for v in (value or "").split(",") if v.strip()]


def _bool_value(value: str) -> bool:
    return (value or "").strip().lower() not in ("false", "no")


def _span(text: str, start: int, end: int) -> dict:
    return {"match": text[start:end], "start": start, "end": end}


def rule_evidence(rule: ScoringRule, data: ScoringInput, now: datetime) -> dict | None:
    """Evidence that ``rule`` matches ``data`` (a small dict for the explanation), or None when it does not."""
    cond, value, text = rule.condition, rule.value, data.text
    if cond == RuleCondition.KEYWORD:
        for keyword in _values(value):
            m = re.search(r"(?<!\w)" + re.escape(keyword) + r"(?!\w)", text, re.IGNORECASE)
            if m:
                return _span(text, m.start(), m.end())
        return None
    if cond == RuleCondition.REGEX:
        m = pattern_search(value, text, ignore_case=True)  # PatternTooSlow: the rule is reported as stopped
        return _span(text, m.start(), m.end()) if m else None
    if cond == RuleCondition.PLATFORM:
        return {"platform": data.platform} if data.platform.lower() in _values(value) else None
    if cond == RuleCondition.KIND:
        return {"kind": data.kind} if data.kind == value else None
    if cond == RuleCondition.CATEGORY:
        hit = next((v for v in _values(value) if v in data.category.lower()), None)
        return {"category": data.category} if hit else None
    if cond == RuleCondition.AUTHOR:
        hit = next((v for v in _values(value) if v in data.author.lower()), None)
        return {"author": data.author} if hit else None
    if cond in (RuleCondition.HAS_PHONE, RuleCondition.HAS_EMAIL):
        found = data.phones if cond == RuleCondition.HAS_PHONE else data.emails
        wanted = _bool_value(value)
        if bool(found) != wanted:
            return None
        return {"found": found[:3]} if found else {"found": []}
    if cond == RuleCondition.INTENT_LEVEL:
        if INTENT_ORDER.index(data.intent_level) >= INTENT_ORDER.index(value):
            return {"intent_level": data.intent_level, "probability": data.intent_probability}
        return None
    if cond == RuleCondition.SENTIMENT:
        return {"sentiment": data.sentiment_label} if data.sentiment_label == value else None
    if cond == RuleCondition.RECENCY:
        if data.published_at and now - data.published_at <= timedelta(hours=int(value)):
            age = (now - data.published_at).total_seconds() / 3600
            return {"published_at": data.published_at.isoformat(), "age_hours": round(age, 1)}
        return None
    return None


def listing_signals_from_input(data: ScoringInput) -> ListingSignals:
    """A listing known only by its text (the analyze API): the phones and emails the text shows, none checked."""
    return ListingSignals(
        present={
            "name": False,
            "phone": bool(data.phones),
            "website": False,
            "address": False,
            "email": bool(data.emails),
        },
        unchecked_phones=list(data.phones[:3]),
    )


def _listing_part(name: str, points: float, evidence: dict) -> dict:
    return {
        "source": "listing",
        "name": name,
        "weight": max(0, round(points)),
        "evidence": evidence,
    }


def listing_contributions(signals: ListingSignals) -> list[dict]:
    """The listing's base, part by part, each with its evidence (zero parts too: they say what is missing)."""
    top = LISTING_POINTS
    if signals.callable_phones:
        phone = _listing_part("Callable phone", top["phone"], {"phones": signals.callable_phones[:3]})
    elif signals.unchecked_phones:
        evidence = {"phones": signals.unchecked_phones[:3], "line_type": "not checked yet"}
        phone = _listing_part("Phone (line type not checked yet)", UNCHECKED_PHONE_POINTS, evidence)
    elif signals.other_phones:
        phone = _listing_part("No callable phone", 0, {"phones": signals.other_phones[:3]})
    else:
        phone = _listing_part("No phone number", 0, {"phones": []})
    have = [name for name in LISTING_FIELDS if signals.present.get(name)]
    missing = [name for name in LISTING_FIELDS if not signals.present.get(name)]
    complete = _listing_part(
        "Listing completeness",
        top["completeness"] * len(have) / len(LISTING_FIELDS),
        {"has": ", ".join(have) or "nothing", "missing": ", ".join(missing) or "nothing"},
    )
    parts = [phone, complete]
    if signals.quality_score is None:
        parts.append(_listing_part("Enrichment quality", 0, {"quality_score": "not enriched yet"}))
    else:
        points = top["quality"] * signals.quality_score / 100
        parts.append(_listing_part("Enrichment quality", points, {"quality_score": signals.quality_score}))
    company = signals.company
    if company and company.get("score") is not None:
        evidence = {
            "company_id": company.get("id"),
            "company": company.get("name", ""),
            "company_score": company["score"],
        }
        parts.append(_listing_part("Company signals", top["company"] * company["score"] / 100, evidence))
    else:
        parts.append(_listing_part("Company signals", 0, {"company": "not linked to a company yet"}))
    return parts


def score_compute(data: ScoringInput, rules: list[ScoringRule], *, now: datetime | None = None) -> tuple[int, dict]:
    """The total score (0-100) and its explanation: a conversation's base is its buyer intent, a business listing's
    base what the listing itself offers (``listing_contributions``); matching rules add to either."""
    now = now or timezone.now()
    if data.kind == LeadKind.BUSINESS:
        contributions = listing_contributions(data.listing or listing_signals_from_input(data))
        formula = FORMULA_LISTING
    else:
        base = round(BASE_WEIGHT * data.intent_probability)
        contributions = [
            {
                "source": "model",
                "name": "Buyer intent",
                "weight": base,
                "evidence": {"probability": data.intent_probability, "level": data.intent_level},
            }
        ]
        formula = FORMULA_CONVERSATION
    return explained_total(contributions, rules, lambda rule: rule_evidence(rule, data, now), formula=formula, now=now)


def explained_total(
    contributions: list[dict], rules: Iterable[Any], evidence_for: Callable[[Any], dict | None], **explanation: Any
) -> tuple[int, dict]:
    """Add each rule whose evidence is found to ``contributions``; the total clamped to 0-100 and the explanation
    every score shares (lead and company): formula, totals, contributions, rules not matched, ``scored_at``."""
    not_matched, stopped = [], []
    for rule in rules:
        try:
            evidence = evidence_for(rule)
        except PatternTooSlow as exc:  # an admin's pattern that backtracks without end on this (hostile) text
            stopped.append({"rule_id": rule.id, "name": rule.name, "reason": str(exc)})
            evidence = None
        if evidence is None:
            not_matched.append(rule.id)
            continue
        contributions.append(
            {
                "source": "rule",
                "rule_id": rule.id,
                "name": rule.name,
                "condition": rule.condition,
                "value": rule.value,
                "weight": rule.weight,
                "evidence": evidence,
            }
        )
    raw = sum(c["weight"] for c in contributions)
    total = max(0, min(100, raw))
    now = explanation.pop("now")
    return total, {
        "formula": explanation.pop("formula"),
        "total": total,
        "raw_total": raw,
        "clamped": raw != total,
        "contributions": contributions,
        "rules_not_matched": not_matched,
        **({"rules_stopped": stopped} if stopped else {}),
        **explanation,
        "scored_at": now.isoformat(),
    }
