"""Layer 1: ``tel:``, ``callto:`` and ``sms:`` links — the site itself says "dial this"."""

from urllib.parse import unquote

from scraping.extraction.config import ExtractionConfig
from scraping.extraction.findings import PhoneFinding
from scraping.extraction.page import Page
from scraping.extraction.phones import FAX_WORD_RE, make_finding, parse_number

SCHEMES = ("tel:", "callto:", "sms:", "facetime:")


def extract_tel_links(page: Page, region: str, config: ExtractionConfig, layer: str = "tel_link") -> list[PhoneFinding]:
    """Possible numbers are enough here (markup intent is explicit); invalid-but-possible short codes are dropped."""
    found: list[PhoneFinding] = []
    for a, href in page.links():
        lower = href.lower()
        scheme = next((s for s in SCHEMES if lower.startswith(s)), None)
        if scheme is None:
            continue
        raw = unquote(href[len(scheme) :]).split("?", 1)[0].split(";", 1)[0].strip().lstrip("/")
        if not raw:
            continue
        parsed = parse_number(raw, region, require_valid=False)
        if parsed is None:
            continue
        label = " ".join(a.itertext()) + " " + (a.get("title") or "") + " " + (a.get("aria-label") or "")
        is_fax = bool(FAX_WORD_RE.search(label)) or "fax" in (a.get("class") or "").lower()
        confidence = config.confidence(layer) - (config.fax_penalty if is_fax else 0.0)
        found.append(
            make_finding(parsed, raw=raw, layer=layer, confidence=confidence, page_url=page.url, is_fax=is_fax)
        )
    return found
