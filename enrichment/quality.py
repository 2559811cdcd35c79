"""The lead quality score (0–100, explained) and the key insights sales read first.

Five parts, each with its points, maximum and reasons: completeness 25, contact confidence 25, verification 20,
intent 20, freshness 10. Insights are recomputed when read, so "callable now" is true at the time it is shown.
"""

import re
from datetime import datetime
from typing import Any

from enrichment.calltime import callable_now

COMPONENT_MAX = {"completeness": 25, "contact": 25, "verification": 20, "intent": 20, "freshness": 10}
FRESHNESS_STEPS = ((1, 10), (7, 7), (30, 4), (90, 2))  # (age in days at most, points)
LINE_TYPE_LABELS = {
    "mobile": "mobile",
    "fixed_line": "landline",
    "landline": "landline",
    "fixed_line_or_mobile": "landline or mobile",
    "toll_free": "toll-free",
    "tollFree": "toll-free",
    "voip": "VoIP",
    "fixedVoip": "VoIP",
    "nonFixedVoip": "VoIP",
}
ASKS = [
    (re.compile(r"\brecommend|\bsuggestions?\b|\bany(?:one|body) (?:know|use)", re.I), "asked for recommendations"),
    (
        re.compile(r"\blooking for\b|\bsearching for\b|\bin need of\b|\bneed (?:a|an|someone)\b", re.I),
        "is looking for a provider",
    ),
    (re.compile(r"\balternatives? to\b|\bswitch(?:ing)? from\b|\breplace (?:our|my)\b", re.I), "wants to switch tools"),
    (re.compile(r"\bquotes?\b|\bpricing\b|\bhow much\b", re.I), "asked about prices"),
]


def age_text(then: datetime, now: datetime) -> str:
    seconds = max((now - then).total_seconds(), 0)
    if seconds < 3600:
        return f"{max(int(seconds // 60), 1)} min"
    if seconds < 48 * 3600:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


def _part(name: str, points: float, reasons: list[str]) -> dict[str, Any]:
    top = COMPONENT_MAX[name]
    return {"name": name, "points": round(min(max(points, 0), top), 1), "max": top, "reasons": reasons}


def _completeness(lead, contacts, results) -> dict[str, Any]:
    website = (results.get("website") or {}).get("business") or {}
    place = (results.get("places") or {}).get("place") or {}
    kinds = {c.kind for c in contacts}
    checks = {
        "name": bool(lead.name.strip()),
        "description": bool(lead.text.strip() or website.get("description") or website.get("meta_description")),
        "location": bool(lead.location or website.get("address") or place.get("address")),
        "category": bool(lead.category or place.get("category")),
        "phone": "phone" in kinds,
        "email": "email" in kinds or bool((results.get("website") or {}).get("emails")),
        "website": "website" in kinds or bool(lead.domain),
    }
    have = [k for k, ok in checks.items() if ok]
    missing = [k for k, ok in checks.items() if not ok]
    reasons = [f"has {', '.join(have)}" if have else "nothing but the source link"]
    if missing:
        reasons.append(f"missing {', '.join(missing)}")
    return _part("completeness", 25 * len(have) / len(checks), reasons)


def _contact(contacts, results) -> dict[str, Any]:
    phones = [c for c in contacts if c.kind == "phone"]
    emails = [c for c in contacts if c.kind == "email"]
    best_phone = max((c.confidence for c in phones), default=0.0)
    best_email = max((c.confidence for c in emails), default=0.0)
    if not phones and not emails:
        return _part("contact", 0, ["no phone number or email address"])
    points, reasons = 15 * max(best_phone, 0.8 * best_email), []
    if phones:
        reasons.append(f"best phone found with confidence {best_phone:.2f}")
    if emails:
        reasons.append(f"best email found with confidence {best_email:.2f}")
    offline = (results.get("phone") or {}).get("best") or {}
    if offline.get("valid"):
        points += 10
        reasons.append("the number is valid")
    elif offline:
        points = min(points, 5)
        reasons.append("the number is not valid")
    return _part("contact", points, reasons)


def _verification(results) -> dict[str, Any]:
    points, reasons = 0.0, []
    offline = (results.get("phone") or {}).get("best") or {}
    twilio = results.get("twilio") or {}
    if offline.get("valid"):
        points += 6
        reasons.append("number checked offline (libphonenumber)")
    if twilio.get("found") and twilio.get("line_type"):
        points += 4
        reasons.append(f"line type confirmed by Twilio ({twilio['line_type']})")
    elif offline.get("type") in ("mobile", "fixed_line", "toll_free", "voip"):
        points += 2
        reasons.append(f"line type known offline ({offline['type'].replace('_', ' ')})")
    website = results.get("website") or {}
    if website.get("reachable"):
        business = website.get("business") or {}
        points += 5 if business.get("found_structured_data") else 3
        reasons.append("website answers" + (" with business details" if business.get("found_structured_data") else ""))
    places = results.get("places") or {}
    if places.get("matched"):
        place = places.get("place") or {}
        points += 5
        reasons.append("found on Google Places" + (", same phone" if place.get("phone_matches_lead") else ""))
    return _part("verification", points, reasons or ["nothing verified yet"])


def _intent(lead) -> dict[str, Any]:
    if lead.intent_probability is not None:
        level = f" ({lead.intent_level})" if lead.intent_level else ""
        return _part("intent", 20 * lead.intent_probability, [f"buyer intent {lead.intent_probability:.2f}{level}"])
    return _part("intent", 20 * lead.score / 100, [f"no intent model output; rules score {lead.score}/100 used"])


def _freshness(lead, results, now) -> dict[str, Any]:
    place = (results.get("places") or {}).get("place") or {}
    if place.get("business_status") == "CLOSED_PERMANENTLY":
        return _part("freshness", 0, ["Google lists the business as permanently closed"])
    when = lead.published_at or lead.discovered_at
    if when is None:
        return _part("freshness", 0, ["no date known"])
    days = (now - when).total_seconds() / 86400
    points = next((p for limit, p in FRESHNESS_STEPS if days <= limit), 0)
    what = "published" if lead.published_at else "found"
    return _part("freshness", points, [f"{what} {age_text(when, now)} ago"])


def quality_compute(*, lead, contacts: list, results: dict[str, dict[str, Any]], now: datetime) -> tuple[int, dict]:
    """``(score, explanation)``; the explanation lists every part with its points, maximum and reasons."""
    parts = [
        _completeness(lead, contacts, results),
        _contact(contacts, results),
        _verification(results),
        _intent(lead),
        _freshness(lead, results, now),
    ]
    total = int(round(sum(p["points"] for p in parts)))
    return max(0, min(100, total)), {
        "total": max(0, min(100, total)),
        "formula": "completeness 25 + contact confidence 25 + verification 20 + intent 20 + freshness 10",
        "components": parts,
        "computed_at": now.isoformat(),
    }


def _phone_insight(results, now) -> str | None:
    offline = (results.get("phone") or {}).get("best")
    if not offline:
        return None
    if not offline.get("valid"):
        return "phone number looks invalid"
    twilio = results.get("twilio") or {}
    kind = twilio.get("line_type") if twilio.get("found") and twilio.get("line_type") else offline.get("type", "")
    label = LINE_TYPE_LABELS.get(kind, "phone")
    timing = callable_now(offline.get("time_zones") or [], now)
    if timing["callable"]:
        return f"{label} number, callable now"
    if timing.get("local_time"):
        return f"{label} number, {timing['local_time'][-5:]} there — outside call hours ({timing['window']})"
    return f"{label} number"


def _ask_insight(lead, now) -> str | None:
    if lead.kind != "conversation":
        return None
    text = f"{lead.name} {lead.text}"
    when = f" {age_text(lead.published_at, now)} ago" if lead.published_at else ""
    for pattern, phrase in ASKS:
        if pattern.search(text):
            return f"{phrase}{when}"
    if lead.intent_level == "high":
        return f"high buying intent, posted{when}" if when else "high buying intent"
    return None


def insights_for(*, lead, results: dict[str, dict[str, Any]], now: datetime) -> list[str]:
    """Short facts for sales, most useful first (at most six)."""
    out = [_phone_insight(results, now), _ask_insight(lead, now)]
    twilio = results.get("twilio") or {}
    if twilio.get("caller_name"):
        out.append(f"registered to {twilio['caller_name']} (Twilio)")
    place = (results.get("places") or {}).get("place") or {}
    if place.get("business_status") == "CLOSED_PERMANENTLY":
        out.append("permanently closed (Google)")
    if place.get("rating") is not None:
        out.append(f"rated {place['rating']} from {place.get('rating_count') or 0} Google reviews")
    website = results.get("website") or {}
    if website.get("reachable"):
        emails, socials = len(website.get("emails") or []), len(website.get("socials") or [])
        if emails or socials:
            out.append(f"website lists {emails} email(s) and {socials} social profile(s)")
        tech = (website.get("business") or {}).get("technologies") or []
        if tech:
            out.append(f"website uses {', '.join(tech[:3])}")
    elif website.get("reachable") is False:
        out.append(f"website did not answer (HTTP {website.get('status')})")
    return [item for item in out if item][:6]
