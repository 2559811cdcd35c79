"""Layer 1: ``tel:``, ``callto:`` and ``sms:`` links — the site itself says "dial this"."""

from urllib.parse import unquote

import phonenumbers

from scraping.extraction.config import Budget, ExtractionConfig
from scraping.extraction.context_regions import find_signals
from scraping.extraction.findings import PhoneFinding
from scraping.extraction.page import Page
from scraping.extraction.phones import FAX_WORD_RE, Parsed, make_finding, parse_number

SCHEMES = ("tel:", "callto:", "sms:", "facetime:")


def extract_tel_links(
    page: Page, region: str, config: ExtractionConfig, layer: str = "tel_link", budget: Budget | None = None
) -> list[PhoneFinding]:
    """Possible numbers are enough here (markup intent is explicit); invalid-but-possible short codes are dropped.

    Each link read takes one number from ``budget``; reading stops when it is spent."""
    found: list[PhoneFinding] = []
    for a, href in page.links():
        lower = href.lower()
        scheme = next((s for s in SCHEMES if lower.startswith(s)), None)
        if scheme is None:
            continue
        raw = unquote(href[len(scheme) :]).split("?", 1)[0].split(";", 1)[0].strip().lstrip("/")
        if not raw:
            continue
        if budget is not None and not budget.take():
            break
        parsed = _parse_in_context(a, raw, region)
        if parsed is None:
            continue
        label = " ".join(a.itertext()) + " " + (a.get("title") or "") + " " + (a.get("aria-label") or "")
        is_fax = bool(FAX_WORD_RE.search(label)) or "fax" in (a.get("class") or "").lower()
        confidence = config.confidence(layer) - (config.fax_penalty if is_fax else 0.0)
        found.append(
            make_finding(parsed, raw=raw, layer=layer, confidence=confidence, page_url=page.url, is_fax=is_fax)
        )
    return found


def _parse_in_context(a, raw: str, region: str) -> Parsed | None:
    """The page region reads the number unless it is not VALID there and the link's block names one other
    country where it is VALID ("London: <a href='tel:02079460401'>…</a>" on a US page)."""
    parsed = parse_number(raw, region, require_valid=False)
    if raw.startswith("+") or (parsed is not None and phonenumbers.is_valid_number(parsed.number)):
        return parsed
    block = a.getparent() if a.getparent() is not None else a
    others = {s.region for s in find_signals(" ".join(block.itertext())[:500])} - {region}
    if len(others) == 1:
        return parse_number(raw, others.pop(), require_valid=True) or parsed
    return parsed
