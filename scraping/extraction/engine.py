"""``extract_page``: run every layer on one page and merge the findings."""

import time
from typing import Any

from scraping.extraction.bbox import attach_boxes
from scraping.extraction.config import Budget, ExtractionConfig
from scraping.extraction.emails import extract_emails
from scraping.extraction.fetching import Fetcher
from scraping.extraction.findings import EmailFinding, Findings, PhoneFinding, merge_emails, merge_phones
from scraping.extraction.layers.ocr import extract_ocr
from scraping.extraction.layers.structured_data import extract_structured_phones
from scraping.extraction.layers.tel_links import extract_tel_links
from scraping.extraction.layers.visible_text import extract_visible_text
from scraping.extraction.layers.website_crawl import crawl_site
from scraping.extraction.page import Page, TextRun, load_page
from scraping.extraction.page_countries import score_page
from scraping.extraction.region_choice import RegionChoice
from scraping.extraction.regions import normalise_region
from scraping.extraction.socials import extract_socials
from scraping.extraction.structured import StructuredData, read_structured_data
from scraping.extraction.urls import safe_split

FAST_LAYERS = ("tel_link", "structured_data", "visible_text")
ALL_LAYERS = (*FAST_LAYERS, "website_crawl", "ocr")


def _origin(url: str) -> str | None:
    parts = safe_split(url)
    if parts is not None and parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}/"
    return None


def _read_page_fast(
    page: Page,
    region: str,
    config: ExtractionConfig,
    layers: tuple[str, ...],
    as_layer: str | None = None,
    structured: StructuredData | None = None,
    warnings: list[str] | None = None,
    choice: RegionChoice | None = None,
    text: tuple[list[TextRun], bool] | None = None,
) -> tuple[list[PhoneFinding], list[EmailFinding], StructuredData]:
    """Layers 1–3 on one parsed page (``as_layer`` relabels them, used by the crawl layer).

    The page's CPU budget (``max_text_chars``, ``max_numbers``) cuts hostile pages short; what was cut is said in
    ``warnings``.
    """
    structured = structured or read_structured_data(page)
    runs, complete = text or page.text_runs(config.max_text_nodes, config.max_text_chars)
    choice = choice or RegionChoice.forced_to(region)
    budget = Budget(config.max_numbers)
    phones: list[PhoneFinding] = []
    if "tel_link" in layers:
        phones += extract_tel_links(page, region, config, layer=as_layer or "tel_link", budget=budget, choice=choice)
    if "structured_data" in layers:
        phones += extract_structured_phones(
            structured, page.url, region, config, layer=as_layer or "structured_data", budget=budget, choice=choice
        )
    if "visible_text" in layers:
        phones += extract_visible_text(
            runs, region, config, page.url, layer=as_layer or "visible_text", budget=budget, choice=choice
        )
    emails = extract_emails(page, runs, structured.emails)
    if warnings is not None and not complete:
        warnings.append(
            f"The page has more than {config.max_text_chars} characters or {config.max_text_nodes} elements of "
            "text; only the first part was read."
        )
    if warnings is not None and budget.exhausted:
        warnings.append(f"The page holds more than {config.max_numbers} phone-like numbers; only the first were read.")
    return phones, emails, structured


def choose_regions(
    page: Page, structured: StructuredData, runs: list[TextRun], *, hint: str | None, default: str
) -> RegionChoice:
    """The regions national numbers are read in: the caller's hint alone, else the page's scored countries."""
    if forced := normalise_region(hint):
        return RegionChoice.forced_to(forced)
    markup = [raw for raw, _ in structured.phones] + [
        href.split(":", 1)[1] for _, href in page.links() if href.lower().startswith(("tel:", "callto:"))
    ]
    scores = score_page(
        page,
        texts=[run.text for run in runs],
        address_countries=structured.countries,
        markup_numbers=markup,
        url=page.url,
        default=default,
    )
    return RegionChoice.from_scores(scores)


def parse_page(content: bytes | str, url: str = "", *, config: ExtractionConfig | None = None) -> Page:
    """The ``Page`` ``extract_page`` reads: size cap, decoding, parse; raises ``page.NotHtmlError`` for binary or
    empty content. Read it for other things (a recipe's fields) and then pass it to ``extract_from_page``."""
    return load_page(content, url, max_bytes=(config or ExtractionConfig()).max_html_bytes)


def extract_page(
    content: bytes | str,
    url: str = "",
    *,
    region: str | None = None,
    config: ExtractionConfig | None = None,
    layers: tuple[str, ...] = FAST_LAYERS,
    fetcher: Fetcher | None = None,
    screenshot: bytes | None = None,
    boxes: list[dict[str, Any]] | None = None,
    timings: dict[str, float] | None = None,
) -> Findings:
    """Extract contact details from one page.

    ``content`` is the HTML (bytes are decoded like a browser would); ``url`` the page address (for region and
    links); ``region`` a hint such as the task location ("CA"); ``layers`` which phone layers run — the crawl
    needs a ``fetcher``, OCR a ``screenshot`` and/or a fetcher for page images; ``boxes`` comes from
    ``bbox.BOX_SCRIPT``. Raises ``page.NotHtmlError`` for binary or empty content.
    """
    started = time.perf_counter()
    page = parse_page(content, url, config=config)
    if timings is not None:  # parsing counts towards the fast layers, as it always did
        timings["fast_layers"] = timings.get("fast_layers", 0.0) + time.perf_counter() - started
    return extract_from_page(
        page,
        region=region,
        config=config,
        layers=layers,
        fetcher=fetcher,
        screenshot=screenshot,
        boxes=boxes,
        timings=timings,
    )


def extract_from_page(
    page: Page,
    *,
    region: str | None = None,
    config: ExtractionConfig | None = None,
    layers: tuple[str, ...] = FAST_LAYERS,
    fetcher: Fetcher | None = None,
    screenshot: bytes | None = None,
    boxes: list[dict[str, Any]] | None = None,
    timings: dict[str, float] | None = None,
) -> Findings:
    """``extract_page`` on a page already parsed by ``parse_page`` (the page is read, never changed)."""
    config = config or ExtractionConfig()
    url = page.url
    clock = time.perf_counter
    started = clock()
    structured = read_structured_data(page)
    text = page.text_runs(config.max_text_nodes, config.max_text_chars)
    choice = choose_regions(page, structured, text[0], hint=region, default=config.default_region)
    chosen = choice.primary
    warnings = list(page.warnings)
    phones, emails, structured = _read_page_fast(
        page, chosen, config, layers, structured=structured, warnings=warnings, choice=choice, text=text
    )
    if timings is not None:
        timings["fast_layers"] = timings.get("fast_layers", 0.0) + clock() - started
    findings = Findings(page_url=url, region=chosen, warnings=warnings)

    if "website_crawl" in layers and fetcher is not None:
        t = clock()

        def read(sub: Page, sub_region: str) -> tuple[list[PhoneFinding], list[EmailFinding]]:
            sub_phones, sub_emails, _ = _read_page_fast(
                sub, sub_region, config, FAST_LAYERS, "website_crawl", choice=choice
            )
            return sub_phones, sub_emails

        crawl = crawl_site(page, fetcher=fetcher, region=chosen, config=config, read_page=read)
        phones += crawl.phones
        emails += crawl.emails
        if timings is not None:
            timings["website_crawl"] = timings.get("website_crawl", 0.0) + clock() - t
    if "ocr" in layers and (screenshot or fetcher is not None):
        t = clock()
        phones += extract_ocr(page, region=chosen, config=config, screenshot=screenshot, fetcher=fetcher)
        if timings is not None:
            timings["ocr"] = timings.get("ocr", 0.0) + clock() - t

    findings.phones = merge_phones(phones)
    attach_boxes(findings.phones, boxes)
    findings.emails = merge_emails(emails)
    hrefs = [href for _, href in page.links()] + structured.same_as
    findings.socials = extract_socials(hrefs, url)
    findings.website = next((u for u in structured.urls if u.startswith(("http://", "https://"))), None) or _origin(url)
    seen_addresses: list[dict[str, str]] = []
    for address in structured.addresses:
        if address not in seen_addresses and (len(address) > 1 or "street" in address):
            seen_addresses.append(address)
    findings.addresses = seen_addresses
    if structured.broken_blocks:
        findings.warnings.append(f"{structured.broken_blocks} JSON-LD block(s) were broken; read tolerantly.")
    return findings
