"""Layer 1: ``tel:``, ``callto:`` and ``sms:`` links — the site itself says "dial this"."""

from urllib.parse import unquote

import phonenumbers

from scraping.extraction.config import Budget, ExtractionConfig
from scraping.extraction.context_regions import find_signals
from scraping.extraction.findings import PhoneFinding
from scraping.extraction.page import Page
from scraping.extraction.phones import FAX_WORD_RE, Parsed, make_finding, parse_number
from scraping.extraction.region_choice import RegionChoice

SCHEMES = ("tel:", "callto:", "sms:", "facetime:")


def extract_tel_links(
    page: Page,
    region: str,
    config: ExtractionConfig,
    layer: str = "tel_link",
    budget: Budget | None = None,
    choice: RegionChoice | None = None,
) -> list[PhoneFinding]:
    """Possible numbers are enough here (markup intent is explicit); invalid-but-possible short codes are dropped.

    ``choice`` (the page's candidate regions) reads a national number that is not VALID in ``region``. A link a
    reader cannot see (no text, no child element) counts only when its number is VALID. Each link read takes one
    number from ``budget``; reading stops when it is spent."""
    choice = choice or RegionChoice.forced_to(region)
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
        read = _parse_in_context(a, raw, region, choice)
        if read is None:
            continue
        parsed, reason = read
        if _invisible_beside_visible(a) or (_invisible(a) and not phonenumbers.is_valid_number(parsed.number)):
            continue
        label = " ".join(a.itertext()) + " " + (a.get("title") or "") + " " + (a.get("aria-label") or "")
        is_fax = bool(FAX_WORD_RE.search(label)) or "fax" in (a.get("class") or "").lower()
        confidence = config.confidence(layer) - (config.fax_penalty if is_fax else 0.0)
        found.append(
            make_finding(
                parsed,
                raw=raw,
                layer=layer,
                confidence=confidence,
                page_url=page.url,
                is_fax=is_fax,
                region_reason=reason,
            )
        )
    return found


def _invisible(a) -> bool:
    return not len(a) and not (a.text or "").strip() and not a.get("title") and not a.get("aria-label")


def _invisible_beside_visible(a) -> bool:
    """An empty tel link next to a visible one (a broken nested ``<a>``): the reader sees and dials the other."""
    parent = a.getparent()
    if parent is None or not _invisible(a):
        return False
    return any(
        sibling is not a and (sibling.get("href") or "").lower().startswith("tel:") and not _invisible(sibling)
        for sibling in parent.iter("a")
    )


def _parse_in_context(a, raw: str, region: str, choice: RegionChoice) -> tuple[Parsed, str] | None:
    """The page region reads the number unless it is not VALID there and the link's block names one other
    country where it is VALID ("London: <a href='tel:02079460401'>…</a>" on a US page); else the page's other
    candidate regions (``choice``) are tried."""
    parsed = parse_number(raw, region, require_valid=False)
    if raw.startswith("+") or (parsed is not None and phonenumbers.is_valid_number(parsed.number)):
        return choice.read(raw, markup=True) if parsed is not None else None
    block = a.getparent() if a.getparent() is not None else a
    others = {s.region for s in find_signals(" ".join(block.itertext())[:500])} - {region}
    if len(others) == 1:
        other = others.pop()
        if local := parse_number(raw, other, require_valid=True):
            return local, f"{other}: named in the link's block"
    return choice.read(raw, markup=True)
