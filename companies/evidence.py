"""A company score part's evidence in sentences ("2 callable phones: +1 416-555-0123, …"), not Python dicts."""

from typing import Any

from leads.models import LeadStatus
from leads.phones import phone_words

LINE_TYPES = {
    "fixed_line": "landline",
    "mobile": "mobile",
    "fixed_line_or_mobile": "landline or mobile",
    "voip": "VoIP",
    "toll_free": "toll-free",
}
LISTING_FIELD_WORDS = {
    "website": "website",
    "phone": "phone",
    "address": "address",
    "category": "category",
    "email": "email",
}


def plural(count: int, singular: str, many: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (many or singular + 's')}"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _age(days: Any) -> str:
    if not isinstance(days, int | float):
        return ""
    if days < 1:
        return "today"
    return f"{plural(round(days), 'day')} ago"


def _faded(evidence: dict) -> str:
    decay, half_life = evidence.get("decay"), evidence.get("half_life_days")
    if not isinstance(decay, int | float) or decay >= 0.995 or not half_life:
        return ""
    return f" Worth {round(decay * 100)}% of full points after fading (half-life {half_life:g} days)."


def _signal_sentences(signal: str, e: dict) -> str:
    if signal == "intent":
        level = (e.get("intent_level") or "").replace("_", " ")
        post = f"“{e.get('name', '')}”" + (f" on {e['platform']}" if e.get("platform") else "")
        posts = e.get("posts") or 1
        head = f"Strongest of {plural(posts, 'post')} with buying intent" if posts > 1 else "A post with buying intent"
        return f"{head}: {post}" + (f", {level} intent" if level else "") + f", {_age(e.get('age_days'))}." + _faded(e)
    if signal == "listing":
        parts = []
        completeness = e.get("completeness")
        if isinstance(completeness, int | float):
            missing = [LISTING_FIELD_WORDS.get(m, m) for m in e.get("missing") or []]
            parts.append(
                f"Listing “{e.get('name', '')}” is {round(completeness * 100)}% complete"
                + (f" (no {_and(missing)})" if missing else "")
                + "."
            )
        phones = e.get("callable_phones") or []
        if phones:
            shown = [
                phone_words(p.get("phone", ""))
                + (f" ({LINE_TYPES.get(p.get('type'), p.get('type'))})" if p.get("type") else "")
                for p in phones
                if isinstance(p, dict)
            ]
            parts.append(f"{plural(len(phones), 'callable phone')}: {', '.join(shown)}.")
        else:
            parts.append("No callable phone.")
        return " ".join(parts) + _faded(e)
    if signal == "sentiment":
        return f"Average sentiment of {plural(e.get('conversations') or 0, 'conversation')}, each faded by its age."
    if signal == "engagement":
        status = e.get("status")
        label = LeadStatus(status).label.lower() if status in LeadStatus.values else str(status or "")
        return f"Our lead “{e.get('name', '')}” is {label}, {_age(e.get('age_days'))}." + _faded(e)
    return ""


def _rule_sentence(e: dict) -> str:
    if "phones" in e:
        phones = [phone_words(p) for p in e["phones"] or []]
        return f"{plural(len(phones), 'phone')}: {', '.join(phones)}." if phones else ""
    if "emails" in e:
        emails = e["emails"] or []
        count = plural(len(emails), "email address", "email addresses")
        return f"{count}, all at free-mail providers: {', '.join(emails)}."
    if "domain" in e:
        return f"Website {e['domain']}."
    if "conversations" in e:
        return f"{plural(e['conversations'] or 0, 'conversation')}."
    if "category" in e:
        return f"Category “{e['category']}”."
    return ""


def evidence_sentence(part: dict) -> str:
    """One or two sentences for a score part; anything unknown comes out as "key: value" pairs as before."""
    evidence = part.get("evidence") if isinstance(part, dict) else None
    if not isinstance(evidence, dict):
        return ""
    try:
        text = (
            _signal_sentences(part.get("signal", ""), evidence)
            if part.get("source") == "signal"
            else _rule_sentence(evidence)
        )
    except (TypeError, ValueError, AttributeError):
        text = ""
    return text or "; ".join(f"{key.replace('_', ' ')}: {value}" for key, value in evidence.items())


def details_words(details: Any) -> str:
    """A history entry's details as words ("lead #12 · Same registrable domain · 90% sure"), not a dict."""
    from companies.models import LinkMethod

    if not isinstance(details, dict):
        return "" if details in (None, "", [], {}) else str(details)
    words = []
    for key, value in details.items():
        if value in (None, "", [], {}):
            continue
        if key == "lead_id":
            words.append(f"lead #{value}")
        elif key == "lead_ids" and isinstance(value, list):
            words.append(f"{plural(len(value), 'lead')} (#{', #'.join(str(v) for v in value[:10])})")
        elif key == "method":
            words.append(
                "first lead of the company"
                if value == "founder"
                else LinkMethod(value).label
                if value in LinkMethod.values
                else str(value)
            )
        elif key == "confidence" and isinstance(value, int | float):
            words.append(f"{round(value * 100)}% sure")
        elif isinstance(value, list):
            words.append(f"{key.replace('_', ' ')}: {', '.join(str(v) for v in value[:10])}")
        elif isinstance(value, dict):
            words.append(f"{key.replace('_', ' ')}: {details_words(value)}")
        else:
            words.append(f"{key.replace('_', ' ')}: {value}")
    return " · ".join(words)
