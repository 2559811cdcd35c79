"""Layer 4: follow the lead's own site to its contact/about/impressum pages and read them with layers 1–3."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urlsplit

from scraping.extraction.config import ExtractionConfig
from scraping.extraction.fetching import Fetcher
from scraping.extraction.findings import EmailFinding, PhoneFinding
from scraping.extraction.page import NotHtmlError, Page, load_page
from scraping.extraction.regions import TLD_EXTRACT
from scraping.extraction.urls import safe_join, safe_split

CONTACT_RE = re.compile(
    r"contact|kontakt|impressum|imprint|about|über-uns|ueber-uns|uber-uns|a-propos|apropos|nous-joindre|"
    r"contactez|qui-sommes|team|locations?|find-us|get-in-touch|reach-us|support|legal-notice|mentions-legales",
    re.I,
)
SKIP_EXT_RE = re.compile(r"\.(?:pdf|jpe?g|png|gif|webp|svg|zip|gz|mp[34]|avi|mov|docx?|xlsx?|pptx?|css|js|ico)$", re.I)


@dataclass
class CrawlResult:
    phones: list[PhoneFinding] = field(default_factory=list)
    emails: list[EmailFinding] = field(default_factory=list)
    visited: list[str] = field(default_factory=list)


def registrable_domain(url: str) -> str:
    """``shop.example.co.uk`` → ``example.co.uk``; a bare IP or single-label host stands for itself (host:port)."""
    parts = safe_split(url)
    if parts is None:
        return ""
    result = TLD_EXTRACT(url)
    if result.top_domain_under_public_suffix:
        return result.top_domain_under_public_suffix.lower()
    return parts.netloc.lower()


def contact_links(page: Page, domain: str) -> list[str]:
    """Same-site links whose URL or text suggests contact details, most promising first."""
    scored: dict[str, int] = {}
    for a, href in page.links():
        if a.tag != "a":
            continue
        url = safe_join(page.url, href)
        if url is None:
            continue
        parts = urlsplit(url)
        if SKIP_EXT_RE.search(parts.path):
            continue
        if registrable_domain(url) != domain:
            continue
        text = " ".join(a.itertext())[:80]
        if not (CONTACT_RE.search(parts.path) or CONTACT_RE.search(text)):
            continue
        score = 0 if re.search(r"contact|kontakt|impressum|joindre", parts.path + text, re.I) else 1
        scored[url] = min(score, scored.get(url, 9))
    return sorted(scored, key=lambda u: (scored[u], len(u)))


def crawl_site(
    page: Page,
    *,
    fetcher: Fetcher,
    region: str,
    config: ExtractionConfig,
    read_page: Callable[[Page, str], tuple[list[PhoneFinding], list[EmailFinding]]],
) -> CrawlResult:
    """Breadth-first over contact-like links, within the page and depth limits; ``read_page`` runs layers 1–3."""
    result = CrawlResult()
    if not page.url.startswith(("http://", "https://")):
        return result
    domain = registrable_domain(page.url)
    if not domain:
        return result
    seen = {urldefrag(page.url)[0]}
    frontier = [(url, 1) for url in contact_links(page, domain)]
    while frontier and len(result.visited) < config.crawl_max_pages:
        url, depth = frontier.pop(0)
        if url in seen:
            continue
        seen.add(url)
        fetched = fetcher(url)
        if fetched is None or fetched.status >= 400 or registrable_domain(fetched.url) != domain:
            continue
        if fetched.content_type and "html" not in fetched.content_type.lower():
            continue
        try:
            sub = load_page(fetched.body, fetched.url, max_bytes=config.max_html_bytes)
        except NotHtmlError:
            continue
        result.visited.append(fetched.url)
        phones, emails = read_page(sub, region)
        result.phones.extend(phones)
        result.emails.extend(emails)
        if depth < config.crawl_max_depth:
            frontier.extend((link, depth + 1) for link in contact_links(sub, domain) if link not in seen)
    return result
