"""Business details from the lead's own website, fetched through the crawler (SSRF guard, robots.txt, throttle):
JSON-LD Organization/LocalBusiness, meta description, emails, social profiles, phones and technology hints."""

from typing import Any
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings

from enrichment.business_page import business_from_page
from enrichment.lookups import cached_lookup
from enrichment.providers import register
from enrichment.providers.base import (
    EnrichContext,
    Provider,
    ProviderBadResponse,
    ProviderUnavailable,
    StepSkipped,
)
from scraping.crawler import CrawlError, FetchFailed
from scraping.extraction import extract_page
from scraping.extraction.engine import FAST_LAYERS
from scraping.extraction.page import NotHtmlError, load_page

PROVIDER = "website"
MAX_EMAILS = 10


def normalize_site(url: str) -> str:
    """``url`` without query and fragment, scheme and host in lower case ("" when it is not an http(s) URL);
    a bare domain becomes its https home page."""
    url = url.strip()
    if url and "//" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", "", ""))


def site_read(url: str, *, allow_internal: bool = False) -> dict[str, Any]:
    """Fetch the home page (and, through the extraction engine, its contact pages) and describe the business.

    A refused URL (internal address, robots.txt) or a page that is not HTML is a permanent answer; a network
    failure or a 5xx is transient (retried by a later run); a 4xx answer is cached as "unreachable".
    """
    from scraping.crawler.bridge import BlockingCrawler

    # ``allow_internal``: the listing's recipe is granted internal addresses and the site is on its origin.
    crawler = BlockingCrawler(allow_private=True) if allow_internal else BlockingCrawler()
    try:
        try:
            response = crawler.fetch(url, timeout=settings.CRAWLER_TIMEOUT * 4)
        except FetchFailed as exc:
            raise ProviderUnavailable(PROVIDER, str(exc)) from exc
        except CrawlError as exc:
            raise ProviderBadResponse(PROVIDER, str(exc)) from exc
        if response.status >= 500:
            raise ProviderUnavailable(PROVIDER, f"{url} answered HTTP {response.status}.", status=response.status)
        if not response.ok:
            return {"reachable": False, "status": response.status, "url": url, "final_url": response.final_url}
        try:
            page = load_page(response.content, response.final_url)
            findings = extract_page(
                response.content,
                response.final_url,
                layers=(*FAST_LAYERS, "website_crawl"),
                fetcher=crawler.fetcher(),
            )
        except NotHtmlError as exc:
            raise ProviderBadResponse(PROVIDER, f"{url} is not an HTML page: {exc}") from exc
    finally:
        crawler.close()
    return {
        "reachable": True,
        "status": response.status,
        "url": url,
        "final_url": response.final_url,
        "business": business_from_page(page),
        "emails": sorted({e.email.lower() for e in findings.emails})[:MAX_EMAILS],
        "socials": [{"network": s.network, "url": s.url} for s in findings.socials][:20],
        "phones": [
            {"e164": p.e164, "raw": p.raw, "layer": p.layer, "confidence": p.confidence, "page_url": p.page_url}
            for p in findings.phones
            if not p.is_fax
        ][:10],
    }


@register
class WebsiteProvider(Provider):
    """Free: reads the lead's website once per TTL (cached by home-page URL)."""

    name = PROVIDER

    def inputs(self, ctx: EnrichContext) -> Any:
        candidates = [*ctx.websites, ctx.lead.domain] if ctx.lead.domain else list(ctx.websites)
        for candidate in candidates:
            site = normalize_site(candidate)
            if site:
                from scraping.internal_grant import internal_site_granted

                return (
                    {"url": site, "internal": True} if internal_site_granted(lead=ctx.lead, url=site) else {"url": site}
                )
        raise StepSkipped("The lead has no website.")

    def run(self, ctx: EnrichContext, wanted: dict[str, Any]) -> dict[str, Any]:
        lookup = cached_lookup(
            provider=PROVIDER,
            # A granted read is cached apart: a refusal cached before the grant must not answer for it.
            key=f"{wanted['url']} internal" if wanted.get("internal") else wanted["url"],
            ttl=lambda v: settings.ENRICHMENT_CACHE_TTL_WEBSITE if v.get("reachable") else _not_found_ttl(),
            fetch=lambda: site_read(wanted["url"], allow_internal=bool(wanted.get("internal"))),
        )
        return {**lookup.value, "from_cache": lookup.from_cache}


def _not_found_ttl() -> int:
    return settings.ENRICHMENT_CACHE_TTL_NOT_FOUND
