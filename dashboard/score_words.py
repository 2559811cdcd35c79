"""A score contribution's evidence said in words for the lead page (issue 24): "matched “recommend”", "callable
phone +1 416-555-0142 (landline)", "has name, phone and website; no address or email", "buyer intent 0.91 (high)".

The evidence is whatever leads/scoring.py stored (old explanations too), so every reader here takes any shape and
falls back to plain "key value" words; nothing here raises on odd data."""

from typing import Any

from leads.phones import phone_words as _phone_words

MAX_ITEMS = 3


def phone_words(value: Any) -> str:
    """+14165550142 as +1 416-555-0142; anything that is not a number as it came."""
    return _phone_words(str(value))


def listed(items: list[str], joiner: str = "and") -> str:
    """["a", "b", "c"] as "a, b and c"."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {joiner} {items[-1]}"


def _names(value: Any) -> list[str]:
    """ "name, phone" (how listing parts are stored) or a list, as a list of names; "nothing" is none."""
    if isinstance(value, (list, tuple)):
        names = [str(item).strip() for item in value]
    else:
        names = [part.strip() for part in str(value).split(",")]
    return [name for name in names if name and name != "nothing"]


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    return None


def _intent(probability: Any, level: Any) -> str:
    number = _number(probability)
    shown = f"{number:.2f}" if number is not None else ""
    level = str(level or "").strip()
    if shown and level:
        return f"buyer intent {shown} ({level})"
    return f"buyer intent {shown or level or 'unknown'}"


def _phone(item: Any) -> str:
    if isinstance(item, dict):
        number, line = phone_words(item.get("phone", "")), str(item.get("type") or "").replace("_", " ")
        return f"{number} ({line})" if line else number
    return phone_words(item)


def _phones(evidence: dict, name: str) -> str:
    phones = evidence.get("phones")
    phones = list(phones)[:MAX_ITEMS] if isinstance(phones, (list, tuple)) else []
    if not phones:
        return "no phone number"
    shown = listed([_phone(item) for item in phones])
    plural = "s" if len(phones) > 1 else ""
    if "line_type" in evidence:
        return f"phone{plural} {shown} (line type {evidence['line_type']})"
    if name.lower().startswith("no callable"):
        return f"no callable phone: {shown}"
    return f"callable phone{plural} {shown}"


def _completeness(evidence: dict) -> str:
    has, missing = _names(evidence.get("has", "")), _names(evidence.get("missing", ""))
    first = f"has {listed(has)}" if has else "has none of name, phone, website, address or email"
    if not missing:
        return f"{first}; nothing missing"
    return f"{first}; no {listed(missing, 'or')}" if has else first


def _rule(evidence: dict) -> str | None:
    """The rule conditions' evidence (leads.scoring.rule_evidence), or None when the shape is none of them."""
    if "match" in evidence:
        return f"matched “{evidence['match']}”"
    if "platform" in evidence:
        return f"posted on {evidence['platform']}"
    if "kind" in evidence:
        return f"the lead is a {evidence['kind']}"
    if "category" in evidence:
        return f"category “{evidence['category']}”"
    if "author" in evidence:
        return f"posted by “{evidence['author']}”"
    if "found" in evidence:
        found = evidence["found"]
        found = list(found)[:MAX_ITEMS] if isinstance(found, (list, tuple)) else []
        return f"found {listed([phone_words(item) for item in found])}" if found else "none found"
    if "intent_level" in evidence:
        return _intent(evidence.get("probability"), evidence["intent_level"])
    if "sentiment" in evidence:
        return f"sentiment {evidence['sentiment']}"
    if "age_hours" in evidence:
        hours = _number(evidence["age_hours"])
        return f"posted {hours:g} hours ago" if hours is not None else "posted recently"
    return None


def _listing(evidence: dict, name: str) -> str | None:
    if "phones" in evidence:
        return _phones(evidence, name)
    if "has" in evidence or "missing" in evidence:
        return _completeness(evidence)
    if "quality_score" in evidence:
        score = _number(evidence["quality_score"])
        return f"enrichment quality {score:g} of 100" if score is not None else str(evidence["quality_score"])
    if "company_score" in evidence:
        company = str(evidence.get("company") or "the company")
        score = _number(evidence["company_score"])
        return f"{company} scores {score:g} of 100" if score is not None else company
    if set(evidence) == {"company"}:
        return str(evidence["company"])
    return None


def plain(evidence: dict) -> str:
    """The fallback: "key value; key value" in words, nested lists shortened."""
    parts = []
    for key, value in evidence.items():
        if isinstance(value, (list, tuple)):
            value = listed([str(item) for item in list(value)[:MAX_ITEMS]]) or "none"
        elif isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in list(value.items())[:MAX_ITEMS])
        parts.append(f"{str(key).replace('_', ' ')} {value}".strip())
    return "; ".join(parts)


def evidence_words(contribution: Any) -> str:
    """One contribution's evidence as a short sentence; "" when there is none."""
    if not isinstance(contribution, dict):
        return ""
    evidence = contribution.get("evidence")
    if not isinstance(evidence, dict) or not evidence:
        return ""
    name = str(contribution.get("name") or "")
    if contribution.get("source") == "model" or ("probability" in evidence and "level" in evidence):
        return _intent(evidence.get("probability"), evidence.get("level"))
    words = _listing(evidence, name) if contribution.get("source") == "listing" else _rule(evidence)
    return words or plain(evidence)
