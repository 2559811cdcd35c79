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
from scraping.extraction.phones import (
    context_kind,
    judge_number,
    looks_like_non_phone,
    make_finding,
    mask_non_phones,
)

ENOUGH_DIGITS_RE = re.compile(r"(?:\d\D{0,3}){7}")
CURRENCY_SYMBOLS = "$€£¥₹"


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
    masked = mask_non_phones(text)
    for match in PhoneNumberMatcher(masked, region, leniency=Leniency.VALID):
        raw = match.raw_string
        before, after = text[: match.start], text[match.end :]
        if before.strip():
            kind = context_kind(before)
        else:
            kind = context_kind(label_context + " " + before)
            # A price ending the previous block ("… 19,90 €") says nothing about this one.
            if kind == "negative" and label_context.rstrip()[-1:] in CURRENCY_SYMBOLS:
                kind = None
        labelled = kind in ("phone", "fax")
        if kind == "negative" or looks_like_non_phone(raw, before, after, labelled):
            continue
        parsed = judge_number(match.number, require_valid=False)  # the matcher already checked validity
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
        context = previous
        if run.element.tag == "td" and ENOUGH_DIGITS_RE.search(run.text):
            context = column_header(run.element) or previous
        found.extend(
            extract_from_text(
                run.text, region=region, config=config, page_url=page_url, layer=layer, label_context=context
            )
        )
        previous = run.text[-40:]
    return found


def column_header(td) -> str:
    """The ``<th>`` text above a table cell ("Phone", "Fax"), which labels every number in that column."""
    row = td.getparent()
    if row is None:
        return ""
    index = row.index(td)
    for tr in row.itersiblings(preceding=True):
        cells = [c for c in tr if c.tag in ("th", "td")]
        if cells and all(c.tag == "th" for c in cells) and index < len(cells):
            return " ".join(cells[index].itertext()).strip() + ":"
    table = row.getparent()
    if table is not None and table.tag == "tbody":
        head = table.getparent().find("thead") if table.getparent() is not None else None
        if head is not None:
            cells = head.xpath(".//th")
            if index < len(cells):
                return " ".join(cells[index].itertext()).strip() + ":"
    return ""
