"""Layer 3: numbers written in the visible text, found with libphonenumber and filtered by our guards.

Leniency VALID on purpose: running text is full of digit runs (order numbers, dates, prices), and a number
that is merely *possible* for the region is far more often one of those than a phone. Explicit markup
(tel links, JSON-LD) uses the looser "possible" rule instead.
"""

import re

from phonenumbers import Leniency, PhoneNumberMatcher

from scraping.extraction.config import ExtractionConfig
from scraping.extraction.findings import PhoneFinding
from scraping.extraction.page import TextRun
from scraping.extraction.phones import context_kind, judge_number, looks_like_non_phone, make_finding

ENOUGH_DIGITS_RE = re.compile(r"(?:\d\D{0,3}){7}")


def extract_from_text(
    text: str,
    *,
    region: str,
    config: ExtractionConfig,
    page_url: str,
    layer: str,
    label_context: str = "",
) -> list[PhoneFinding]:
    """Phones in one run of text; ``label_context`` is the text just before it (a label in its own cell)."""
    if not ENOUGH_DIGITS_RE.search(text):
        return []
    found: list[PhoneFinding] = []
    for match in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
        raw = match.raw_string
        before, after = text[: match.start], text[match.end :]
        context = before if before.strip() else label_context + " " + before
        kind = context_kind(context)
        labelled = kind in ("phone", "fax")
        if kind == "negative" or looks_like_non_phone(raw, before, after, labelled):
            continue
        parsed = judge_number(match.number, require_valid=True)
        if parsed is None:
            continue
        confidence = config.confidence(layer)
        if kind == "phone":
            confidence += config.label_boost
        elif kind == "fax":
            confidence -= config.fax_penalty
        found.append(
            make_finding(parsed, raw=raw, layer=layer, confidence=confidence, page_url=page_url, is_fax=kind == "fax")
        )
    return found


def extract_visible_text(
    runs: list[TextRun], region: str, config: ExtractionConfig, page_url: str, layer: str = "visible_text"
) -> list[PhoneFinding]:
    found: list[PhoneFinding] = []
    previous = ""
    for run in runs:
        found.extend(
            extract_from_text(
                run.text, region=region, config=config, page_url=page_url, layer=layer, label_context=previous
            )
        )
        previous = run.text[-40:]
    return found
