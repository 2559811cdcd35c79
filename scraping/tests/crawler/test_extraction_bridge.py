"""The extraction engine's website crawl runs through our crawler (its rules included) from a worker thread."""

import asyncio

from scraping.crawler import Crawler
from scraping.crawler.bridge import CrawlerFetcher
from scraping.extraction import extract_page
from scraping.sandbox.dataset import businesses

from .conftest import run


def test_a_phone_only_on_the_contact_page_is_found_through_the_crawler(sandbox):
    site = next(b for b in businesses() if b.has_website and b.phone_on_home == "none")

    async def go():
        async with Crawler(allow_private=True, start_delay=0) as crawler:
            home = await crawler.fetch(sandbox.url(site.site_path))
            fetcher = CrawlerFetcher(crawler, asyncio.get_running_loop())
            layers = ("tel_link", "structured_data", "visible_text", "website_crawl")
            return await asyncio.to_thread(
                extract_page, home.content, home.final_url, layers=layers, fetcher=fetcher, region=site.city.country
            )

    findings = run(go())
    assert site.phone_e164 in {phone.e164 for phone in findings.phones}
    assert sandbox.app.hits[site.site_path + "contact"] == 1


def test_refusals_come_back_as_none_with_the_reason(sandbox):
    async def go():
        async with Crawler(allow_private=True, start_delay=0) as crawler:
            fetcher = CrawlerFetcher(crawler, asyncio.get_running_loop())
            result = await asyncio.to_thread(fetcher, sandbox.url("/blocked/page"))
            return result, fetcher.refused

    result, refused = run(go())
    assert result is None and "robots.txt" in refused[0]
