"""Business vs individual (a student, a freelancer, a private profile) and a category, from the extracted fields.

A heuristic on words, not a model: markers of an organisation (legal forms, opening hours, a storefront
category, a business website) against markers of a person (student, "my portfolio", a personal profile).
"""

import re
from dataclasses import dataclass

BUSINESS = "business"
INDIVIDUAL = "individual"

_BUSINESS_WORDS = re.compile(
    r"\b(inc|llc|ltd|limited|gmbh|corp|corporation|company|co|plc|pty|s\.?a|services?|solutions|shop|store|"
    r"restaurant|caf[eé]|bakery|clinic|salon|studio|agency|plumb\w*|electric\w*|dental|law|firm|group|"
    r"contractors?|hotel|bar|pub|gym|repairs?|consulting|official)\b",
    re.I,
)
_INDIVIDUAL_WORDS = re.compile(
    r"\b(student|undergrad\w*|freshman|sophomore|phd candidate|class of \d{4}|studying|university of|"
    r"college student|intern|aspiring|my personal|personal (blog|account|page)|he/him|she/her|they/them|"
    r"dad|mom|mum|husband|wife|portfolio)\b",
    re.I,
)
# Category words → the category we store (first match wins; extracted category fields take precedence).
CATEGORIES = {
    "plumber": r"plumb\w*",
    "electrician": r"electric\w*",
    "coffee": r"coffee|caf[eé]|espresso",
    "restaurant": r"restaurant|bistro|diner|pizzeria|eatery",
    "bakery": r"bakery|b[aä]ckerei|patisserie",
    "dentist": r"dent(al|ist)",
    "lawyer": r"lawyer|attorney|law firm|solicitor",
    "hair salon": r"salon|barber|hair",
    "gym": r"\bgym\b|fitness",
    "accountant": r"account(ant|ing)|bookkeep\w*",
}


@dataclass(frozen=True)
class Classification:
    lead_class: str
    category: str
    reasons: tuple[str, ...]


def classify(fields: dict[str, str], *, has_website: bool = False, has_hours: bool = False) -> Classification:
    """Classify an item from its recipe fields (name, category, bio/description…)."""
    text = " ".join(str(v) for k, v in fields.items() if v and not k.endswith(("url", "link")))
    business = len(_BUSINESS_WORDS.findall(text)) + (1 if fields.get("category") else 0)
    business += int(has_website) + int(has_hours)
    individual = 2 * len(_INDIVIDUAL_WORDS.findall(text))
    reasons = []
    if individual > business:
        lead_class = INDIVIDUAL
        reasons.append(f"{individual // 2} personal/student marker(s)")
    else:
        lead_class = BUSINESS
        reasons.append(f"{business} business marker(s)")
    category = (fields.get("category") or "").strip()
    if not category:
        for name, pattern in CATEGORIES.items():
            if re.search(pattern, text, re.I):
                category = name
                break
    return Classification(lead_class=lead_class, category=category[:255], reasons=tuple(reasons))


def passes_filters(filters: dict, *, classification: Classification, phones: list[str], location_text: str) -> str:
    """'' when the item passes the task's filters, else the reason it was dropped."""
    wanted = filters.get("lead_class") or "any"
    if wanted != "any" and classification.lead_class != wanted:
        return f"classified {classification.lead_class}, task wants {wanted}"
    if filters.get("has_phone") and not phones:
        return "no phone number"
    category = (filters.get("category") or "").strip().lower()
    if category and category not in classification.category.lower():
        return f"category {classification.category or 'unknown'!r} is not {category!r}"
    return ""
