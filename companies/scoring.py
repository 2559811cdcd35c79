"""Company score: its leads' signals, each fading with its own half-life, plus rules on field values.

Same explanation model as lead scores (``leads/scoring.py``): ``formula``, ``total``, ``raw_total``, ``clamped``,
``contributions`` (``source``, ``name``, ``weight``, ``evidence``) and ``rules_not_matched``.

    signal points = max_points x strength x 0.5 ** (age_days / half_life_days)
    total         = clamp(sum of signal points + sum of the weights of matching field rules, 0, 100)

Strengths (0..1): intent = the best intent probability among conversation leads; listing = 0.5 x completeness
+ 0.5 x callable phone of the best business listing; sentiment = the mean sentiment (-1..1) of conversations;
engagement = how far our pipeline got with any of its leads (contacted 0.5, qualified 0.8, won 1); only when we engaged:
a person's "good lead" label is a judgement of the lead, not contact with the company.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from companies.matching import is_free_mail
from companies.models import FieldCondition, FieldRule, SignalDecay, SignalType
from leads.models import ContactKind, Lead, LeadKind, LeadStatus
from leads.scoring import explained_total

FORMULA = (
    "total = clamp(sum(max_points x strength x 0.5^(age_days / half_life_days)) "
    "+ sum(weights of matching field rules), 0, 100)"
)
DEFAULT_DECAY = {
    SignalType.INTENT: (40, 7.0),
    SignalType.LISTING: (25, 90.0),
    SignalType.SENTIMENT: (10, 14.0),
    SignalType.ENGAGEMENT: (25, 30.0),
}
CALLABLE_TYPES = frozenset({"fixed_line", "mobile", "fixed_line_or_mobile", "toll_free", "voip"})
MOBILE_TYPES = frozenset({"mobile", "fixed_line_or_mobile"})
LANDLINE_TYPES = frozenset({"fixed_line", "fixed_line_or_mobile"})
ENGAGEMENT = {LeadStatus.CONTACTED: 0.5, LeadStatus.QUALIFIED: 0.8, LeadStatus.WON: 1.0}
# Twilio Lookup v2 line types in libphonenumber's words (enrichment stores Twilio's answer on the contact point).
TWILIO_LINE_TYPES = {
    "landline": "fixed_line",
    "mobile": "mobile",
    "fixedVoip": "voip",
    "nonFixedVoip": "voip",
    "tollFree": "toll_free",
    "premium": "premium_rate",
    "sharedCost": "shared_cost",
    "personal": "personal",
    "pager": "pager",
    "uan": "uan",
    "voicemail": "voicemail",
}
LISTING_FIELDS = ("website", "phone", "address", "category", "email")


@dataclass(frozen=True)
class Decay:
    max_points: int
    half_life_days: float

    def factor(self, age_days: float) -> float:
        return 0.5 ** (max(age_days, 0.0) / self.half_life_days)


def decay_settings() -> dict[str, Decay]:
    """Admin-set points and half-lives, the defaults where a signal has no row."""
    rows = {row.signal: Decay(row.max_points, row.half_life_days) for row in SignalDecay.objects.all()}
    return {signal: rows.get(signal, Decay(*DEFAULT_DECAY[signal])) for signal in SignalType.values}


def _age_days(now: datetime, when: datetime | None) -> float:
    return (now - when).total_seconds() / 86400 if when else 0.0


def phone_type(point) -> str:
    """The number's line type: Twilio's verdict from enrichment when it has one (it settles the North American
    "fixed line or mobile"), else the type found at extraction, else enrichment's offline check."""
    verification = point.verification or {}
    twilio = TWILIO_LINE_TYPES.get((verification.get("twilio") or {}).get("line_type") or "")
    return twilio or point.details.get("type") or (verification.get("offline") or {}).get("type") or ""


def _phones(lead: Lead) -> list:
    return [p for p in lead.contact_points.all() if p.kind == ContactKind.PHONE and not p.details.get("fax")]


def _listing(lead: Lead) -> tuple[float, dict]:
    points = list(lead.contact_points.all())
    present = {
        "website": bool(lead.domain) or any(p.kind == ContactKind.WEBSITE for p in points),
        "phone": any(p.kind == ContactKind.PHONE for p in points),
        "address": bool(lead.location),
        "category": bool(lead.category),
        "email": any(p.kind == ContactKind.EMAIL for p in points),
    }
    completeness = sum(present.values()) / len(LISTING_FIELDS)
    callable_phones = [p for p in _phones(lead) if phone_type(p) in CALLABLE_TYPES]
    evidence = {
        "lead_id": lead.pk,
        "name": lead.name,
        "completeness": round(completeness, 2),
        "missing": [name for name, ok in present.items() if not ok],
        "callable_phones": [{"phone": p.normalized_value, "type": phone_type(p)} for p in callable_phones[:3]],
    }
    return 0.5 * completeness + 0.5 * bool(callable_phones), evidence


def _contribution(signal: str, decay: Decay, strength: float, age: float, evidence: dict) -> dict:
    factor = decay.factor(age)
    return {
        "source": "signal",
        "signal": signal,
        "name": SignalType(signal).label,
        "weight": round(decay.max_points * strength * factor),
        "evidence": {
            **evidence,
            "strength": round(strength, 3),
            "age_days": round(age, 1),
            "half_life_days": decay.half_life_days,
            "decay": round(factor, 3),
            "max_points": decay.max_points,
        },
    }


def _signals(leads: list[Lead], decays: dict[str, Decay], now: datetime) -> list[dict]:
    out = []
    conversations = [lead for lead in leads if lead.kind == LeadKind.CONVERSATION]
    listings = [lead for lead in leads if lead.kind == LeadKind.BUSINESS]
    intents = []
    for lead in conversations:
        if lead.intent_probability is None:
            continue
        age = _age_days(now, lead.published_at or lead.discovered_at)
        value = lead.intent_probability * decays[SignalType.INTENT].factor(age)
        intents.append((value, lead, age))
    if intents:
        _, lead, age = max(intents, key=lambda item: item[0])
        evidence = {
            "lead_id": lead.pk,
            "name": lead.name,
            "platform": lead.platform,
            "url": lead.url,
            "intent_level": lead.intent_level,
            "posts": len(intents),
        }
        out.append(_contribution(SignalType.INTENT, decays[SignalType.INTENT], lead.intent_probability, age, evidence))
    best_listing = None
    for lead in listings:
        strength, evidence = _listing(lead)
        age = _age_days(now, lead.updated_at)
        value = strength * decays[SignalType.LISTING].factor(age)
        if best_listing is None or value > best_listing[0]:
            best_listing = (value, strength, age, evidence)
    if best_listing:
        _, strength, age, evidence = best_listing
        out.append(_contribution(SignalType.LISTING, decays[SignalType.LISTING], strength, age, evidence))
    sentiments = [lead for lead in conversations if lead.sentiment_score is not None]
    if sentiments:
        decay = decays[SignalType.SENTIMENT]
        faded = [
            lead.sentiment_score * decay.factor(_age_days(now, lead.published_at or lead.discovered_at))
            for lead in sentiments
        ]
        mean = sum(faded) / len(faded)
        contribution = _contribution(SignalType.SENTIMENT, decay, mean, 0.0, {"conversations": len(sentiments)})
        contribution["evidence"]["decay"] = "per conversation"
        out.append(contribution)
    engaged = []
    for lead in leads:
        value = ENGAGEMENT.get(lead.status, 0.0)
        if value:
            engaged.append((value * decays[SignalType.ENGAGEMENT].factor(_age_days(now, lead.updated_at)), value, lead))
    if engaged:
        _, value, lead = max(engaged, key=lambda item: item[0])
        evidence = {"lead_id": lead.pk, "name": lead.name, "status": lead.status}
        age = _age_days(now, lead.updated_at)
        out.append(_contribution(SignalType.ENGAGEMENT, decays[SignalType.ENGAGEMENT], value, age, evidence))
    return out


def field_rule_evidence(rule: FieldRule, leads: list[Lead], company) -> dict | None:
    """Evidence that ``rule`` holds for the company's leads, or None."""
    phones = [p for lead in leads for p in _phones(lead)]
    cond = rule.condition
    if cond in (FieldCondition.HAS_MOBILE_PHONE, FieldCondition.HAS_LANDLINE):
        types = MOBILE_TYPES if cond == FieldCondition.HAS_MOBILE_PHONE else LANDLINE_TYPES
        hits = [p.normalized_value for p in phones if phone_type(p) in types]
        return {"phones": hits[:3]} if hits else None
    if cond == FieldCondition.FREE_MAIL_ONLY:
        emails = [
            p.normalized_value for lead in leads for p in lead.contact_points.all() if p.kind == ContactKind.EMAIL
        ]
        return {"emails": emails[:3]} if emails and all(is_free_mail(e) for e in emails) else None
    if cond == FieldCondition.HAS_WEBSITE:
        return {"domain": company.domain} if company.domain else None
    if cond == FieldCondition.MIN_CONVERSATIONS:
        count = sum(1 for lead in leads if lead.kind == LeadKind.CONVERSATION)
        return {"conversations": count} if count >= int(rule.value or 0) else None
    if cond == FieldCondition.CATEGORY:
        hit = next((lead.category for lead in leads if rule.value.lower() in lead.category.lower()), None)
        return {"category": hit} if hit else None
    return None


def company_score_compute(company, leads: list[Lead], *, now: datetime | None = None) -> tuple[int, dict]:
    """The company's score (0-100) and its explanation; ``leads`` come with contact points and labels prefetched."""
    now = now or timezone.now()
    decays = decay_settings()
    contributions = _signals(leads, decays, now)
    rules = FieldRule.objects.filter(is_active=True).order_by("id")
    return explained_total(
        contributions,
        rules,
        lambda rule: field_rule_evidence(rule, leads, company),
        formula=FORMULA,
        leads=len(leads),
        now=now,
    )
