"""A recipe over plain HTTP (``runner="http"``): the crawler fetches the search, list and detail pages (robots.txt,
SSRF guard, per-domain throttle, retries all apply); fields and extraction as in the browser runner."""

import asyncio
import threading
from urllib.parse import urljoin

from scraping.crawler import Crawler, CrawlError, RobotsDisallowed
from scraping.crawler.bridge import CrawlerFetcher
from scraping.extraction import extract_page
from scraping.extraction.page import NotHtmlError
from scraping.runner.classify import classify
from scraping.runner.common import (
    RecipeFailed,
    RunContext,
    SiteBlocked,
    blocked_reason,
    item_key,
    run_searches,
    search_url,
)
from scraping.runner.fields import as_list, parse_html, read_fields, select_first_matching
from scraping.runner.grid import Cell
from scraping.runner.persist import ScrapedItem


class BlockingCrawler:
    """The async crawler driven from this (sync) thread: its event loop runs in a helper thread."""

    def __init__(self, **options) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="runner-crawler")
        self.thread.start()
        self.crawler = asyncio.run_coroutine_threadsafe(self._make(options), self.loop).result()

    async def _make(self, options) -> Crawler:
        return Crawler.from_settings(**options)

    def fetch(self, url: str, timeout: float = 60.0):
        return asyncio.run_coroutine_threadsafe(self.crawler.fetch(url), self.loop).result(timeout)

    def fetcher(self) -> CrawlerFetcher:
        return CrawlerFetcher(self.crawler, self.loop)

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self.crawler.aclose(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


def _get(crawler: BlockingCrawler, url: str, what: str, definition: dict):
    try:
        response = crawler.fetch(url)
    except RobotsDisallowed as exc:
        raise RecipeFailed(f"{what}: {exc}") from exc
    except CrawlError as exc:
        raise RecipeFailed(f"{what}: {exc}") from exc
    reason = blocked_reason(definition, None, response.final_url, response.status)
    root = parse_html(response.content) if response.content else None
    reason = reason or blocked_reason(definition, root, response.final_url)
    if reason:
        raise SiteBlocked(reason)
    if not response.ok:
        raise RecipeFailed(f"{what}: {url} answered HTTP {response.status}.")
    return response, root


def run_http_recipe(definition: dict, ctx: RunContext) -> None:
    crawler = BlockingCrawler(allow_private=ctx.allow_private, respect_robots=ctx.respect_robots)
    try:
        run_searches(definition, ctx, lambda cell: _run(crawler, definition, ctx, cell))
    finally:
        crawler.close()


def _run(crawler: BlockingCrawler, definition: dict, ctx: RunContext, cell: Cell | None) -> None:
    pagination = definition.get("pagination") or {"mode": "none"}
    mode = pagination.get("mode", "none")
    max_pages = pagination.get("max_pages", 5)
    url = search_url(definition, ctx.query, location=ctx.location, cell=cell)
    what = "search.grid.url_template" if cell else "search.url_template"
    seen: set[str] = set()
    detail = definition.get("detail")
    for page in range(1, max_pages + 1):
        ctx.checkpoint()
        response, root = _get(crawler, url, what, definition)
        ctx.pages += 1
        elements, _ = select_first_matching(root, definition["items"]["selectors"]) if root is not None else ([], None)
        if page == 1 and not elements:
            empty_markers = as_list((definition.get("no_results") or {}).get("selectors"))
            if root is not None and empty_markers and select_first_matching(root, empty_markers)[0]:
                if cell is None:  # an empty cell of an area search is reported with the cell
                    ctx.log(f"The search for {ctx.query!r} has no results.")
                return
            selectors = as_list(definition["items"]["selectors"])
            raise RecipeFailed(f"items.selectors: none of {selectors} matched a result on {response.final_url}.")
        for element in elements:
            if ctx.accepted >= ctx.max_results:
                return
            values, matched = read_fields(element, definition["fields"], response.final_url)
            key = item_key(values)
            if not key or key in seen:
                continue
            seen.add(key)
            if key in ctx.seen:  # met in an earlier cell of an area search
                ctx.duplicates += 1
                continue
            ctx.seen.add(key)
            ctx.report.record(matched)
            ctx.checkpoint()
            item = ScrapedItem(platform=ctx.platform, fields=values, page_url=response.final_url, matched=matched)
            if ctx.already_saved(item):
                continue
            link = values.get(detail["link_field"]) if detail else ""
            if link:
                detail_response, detail_root = _get(crawler, link, f"fields.{detail['link_field']}", definition)
                values2, matched2 = read_fields(detail_root, detail["fields"], detail_response.final_url)
                ctx.report.record(matched2, prefix="detail.")
                item.fields.update({k: v for k, v in values2.items() if v})
                item.matched.update({f"detail.{k}": v for k, v in matched2.items()})
                item.page_url = detail_response.final_url
                try:
                    item.findings = extract_page(detail_response.content, detail_response.final_url).to_dict()
                except NotHtmlError:
                    ctx.log(f"{link} is not an HTML page; fields only.", level="warning")
            result = classify(item.fields, has_website=bool(item.fields.get("website")))
            item.lead_class, item.category = result.lead_class, result.category
            if ctx.on_item(item):
                ctx.accepted += 1
        ctx.log(f"Page {page}: {len(elements)} item(s).", page=page)
        if mode == "none" or ctx.accepted >= ctx.max_results:
            return
        if mode == "next_link":
            links, _ = select_first_matching(root, pagination["next_selectors"])
            if not links or not links[0].get("href"):
                return
            url, what = urljoin(response.final_url, links[0]["href"]), "pagination.next_selectors"
        elif mode == "url_page":
            url = search_url(definition, ctx.query, location=ctx.location, page=page + 1, cell=cell)
        else:  # scroll needs a browser; one page is all plain HTTP sees
            return
