"""A recipe over plain HTTP (``runner="http"``): the crawler fetches the search, list and detail pages (robots.txt,
SSRF guard, per-domain throttle, retries all apply); fields and extraction as in the browser runner.

Detail pages are fetched concurrently, a window ahead of the item being delivered, and read (fields, block page,
extraction) in the page pool when there is one; items still reach the task one by one in listing order. A detail
page that cannot be fetched or read is an error event for its item, which keeps its listing fields.
"""

import logging
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, replace
from urllib.parse import urljoin

from scraping.crawler import Crawler, CrawlError, CrawlResponse, TooManyRedirects
from scraping.crawler.bridge import BlockingCrawler
from scraping.runner.classify import classify
from scraping.runner.common import (
    RecipeFailed,
    RunContext,
    SiteBlocked,
    blocked_reason,
    item_key,
    listing_items,
    run_searches,
    search_url,
)
from scraping.runner.detail_page import DetailRead, detail_page_read
from scraping.runner.fields import as_list, parse_html, select_first_matching
from scraping.runner.grid import Cell
from scraping.runner.links import meta_refresh_target
from scraping.runner.page_pool import PageCrashed, PagePool, page_pool
from scraping.runner.persist import ScrapedItem

log = logging.getLogger(__name__)

WAIT_SLICE_SECONDS = 0.5  # a pause or stop is noticed this often while a page is awaited
MIN_LOOKAHEAD = 16  # detail pages fetched ahead of the item being delivered (at least; 2 × per-domain concurrency)


async def fetch_following_refresh(crawler: Crawler, url: str) -> CrawlResponse:
    """``crawler.fetch(url)``, and a page that only refreshes to another URL (``<meta http-equiv="refresh">``, as
    DuckDuckGo's ``/l/?uddg=`` links answer) followed like an HTTP redirect: the target goes through the crawler (SSRF
    guard, robots.txt), each refresh counts as a redirect hop towards the crawler's limit, and a loop is an error."""
    response = await crawler.fetch(url)
    hops = list(response.redirects)
    seen = {url, *hops, response.final_url}
    while response.ok and response.content and response.content_type in ("", "text/html", "application/xhtml+xml"):
        target = meta_refresh_target(response.content, response.final_url)
        if not target:
            break
        hops.append(response.final_url)
        if target in seen:
            raise TooManyRedirects(url, f"{url} refreshes in a loop ({' -> '.join([*hops, target])}).")
        if len(hops) > crawler.max_redirects:
            raise TooManyRedirects(url, f"{url} needed more than {crawler.max_redirects} redirects; stopped.")
        seen.add(target)
        following = await crawler.fetch(target)
        hops += following.redirects
        if len(hops) > crawler.max_redirects:
            raise TooManyRedirects(url, f"{url} needed more than {crawler.max_redirects} redirects; stopped.")
        seen.update(following.redirects)
        response = replace(following, url=url, redirects=tuple(hops))
    return response


def run_http_recipe(definition: dict, ctx: RunContext) -> None:
    crawler = BlockingCrawler(allow_private=ctx.allow_private, respect_robots=ctx.respect_robots)
    pool = page_pool()
    try:
        run_searches(definition, ctx, lambda cell: HttpSearch(crawler, pool, definition, ctx, cell).run())
    finally:
        crawler.close()


@dataclass
class DetailPage:
    """A fetched detail page: its answer, and how it read when the pool read it (else ``content`` is kept)."""

    url: str
    final_url: str = ""
    status: int = 0
    content: bytes = b""
    read: DetailRead | None = None
    error: str = ""  # not fetched: refused (robots.txt, SSRF guard), too large, the network kept failing

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


async def detail_fetch(crawler: Crawler, pool: PagePool | None, url: str, definition: dict) -> DetailPage:
    try:
        response = await fetch_following_refresh(crawler, url)
    except CrawlError as exc:
        return DetailPage(url, error=str(exc))
    page = DetailPage(url, response.final_url, response.status, response.content)
    if pool is not None and page.content:
        try:
            page.read = await pool.run(detail_page_read, page.content, page.final_url, definition, extract=page.ok)
        except PageCrashed as exc:
            page.read = DetailRead(error=f"PageCrashed: {exc}")
        except Exception:  # the pool cannot run here at all: the runner's thread reads the page instead
            log.exception("The page pool failed; %s is read inline.", url)
    if page.read is not None:
        page.content = b""
    return page


@dataclass
class Listed:
    """An item of a listing page waiting for its turn, with its detail page on the way."""

    values: dict
    matched: dict
    page_url: str
    key: str
    link: str
    duplicate: bool  # met in an earlier cell of an area search
    detail: Future | None = None


@dataclass
class PageEnd:
    page: int
    items: int


class HttpSearch:
    """One search (or one cell of an area search): listing pages in order, detail pages fetched ahead. Numbered
    listing pages (``url_page``) are fetched ahead too; a ``next_link`` is known only once its page is read."""

    def __init__(
        self, crawler: BlockingCrawler, pool: PagePool | None, definition: dict, ctx: RunContext, cell: Cell | None
    ):
        self.crawler, self.pool, self.definition, self.ctx, self.cell = crawler, pool, definition, ctx, cell
        self.pagination = definition.get("pagination") or {"mode": "none"}
        self.detail = definition.get("detail")
        self.lookahead = max(MIN_LOOKAHEAD, 2 * crawler.crawler.throttle.config.concurrency)
        self.next_url: str | None = search_url(definition, ctx.query, location=ctx.location, cell=cell)
        self.what = "search.grid.url_template" if cell else "search.url_template"
        self.requested = 0  # listing pages asked for
        self.page = 0  # listing pages read
        self.per_page = self.lookahead  # items a listing page brings, as far as we know: one page until we know
        self.listings: deque[tuple[str, str, Future]] = deque()  # (url, recipe field it came from, response)
        self.queue: deque[Listed | PageEnd] = deque()
        self.seen: set[str] = set()

    def run(self) -> None:
        try:
            while True:
                if self.next_url and self._wants_listing():
                    self._request_listing()
                elif self.listings and (self.listings[0][2].done() or not self.queue):
                    if not self._read_listing():
                        return
                else:
                    self._fetch_ahead()
                    if not self.queue or not self._deliver(self.queue.popleft()):
                        return
        finally:
            pending = [f for _, _, f in self.listings] + [e.detail for e in self.queue if isinstance(e, Listed)]
            for future in pending:
                if future is not None:
                    future.cancel()

    # --- listing pages ------------------------------------------------------------------------------------------
    def _wants_listing(self) -> bool:
        waiting = sum(1 for entry in self.queue if isinstance(entry, Listed) and not entry.duplicate)
        expected = waiting + len(self.listings) * self.per_page
        return expected < min(self.lookahead, self.ctx.max_results - self.ctx.accepted)

    def _request_listing(self) -> None:
        self.ctx.checkpoint()
        url, self.requested = self.next_url, self.requested + 1
        self.listings.append((url, self.what, self.crawler.submit(fetch_following_refresh(self.crawler.crawler, url))))
        self.next_url = None  # a next_link is read from this page
        if self.pagination.get("mode") == "url_page" and self.requested < self.pagination.get("max_pages", 5):
            ctx = self.ctx
            self.next_url = search_url(
                self.definition, ctx.query, location=ctx.location, page=self.requested + 1, cell=self.cell
            )

    def _read_listing(self) -> bool:
        """Parse the next listing page into the queue; False when the search ends here (no results)."""
        ctx, definition = self.ctx, self.definition
        url, what, future = self.listings.popleft()
        try:
            response = self._wait(future)
        except CrawlError as exc:
            raise RecipeFailed(f"{what}: {exc}") from exc
        root = _checked(response, url, what, definition)
        self.page += 1
        ctx.pages += 1
        elements, _ = select_first_matching(root, definition["items"]["selectors"]) if root is not None else ([], None)
        if self.page == 1 and not elements:
            empty_markers = as_list((definition.get("no_results") or {}).get("selectors"))
            if root is not None and empty_markers and select_first_matching(root, empty_markers)[0]:
                if self.cell is None:  # an empty cell of an area search is reported with the cell
                    ctx.log(f"The search for {ctx.query!r} has no results.")
                return False
            selectors = as_list(definition["items"]["selectors"])
            raise RecipeFailed(f"items.selectors: none of {selectors} matched a result on {response.final_url}.")
        queued = len(self.queue)
        items, skipped = listing_items(definition, elements, response.final_url)
        if skipped:
            ctx.log(f"{skipped} result(s) on {response.final_url} do not match items.url_pattern; skipped.")
        for values, matched in items:
            key = item_key(values)
            if not key or key in self.seen:
                continue
            self.seen.add(key)
            link = values.get(self.detail["link_field"], "") if self.detail else ""
            self.queue.append(Listed(values, matched, response.final_url, key, link, key in ctx.seen))
        self.per_page = max(1, len(self.queue) - queued)
        self.queue.append(PageEnd(self.page, len(elements)))
        if self.pagination.get("mode") == "next_link" and self.page < self.pagination.get("max_pages", 5):
            links, _ = select_first_matching(root, self.pagination["next_selectors"]) if root is not None else ([], 0)
            href = links[0].get("href") if links else None
            if href:
                self.next_url, self.what = urljoin(response.final_url, href), "pagination.next_selectors"
        return True

    # --- detail pages and delivery ------------------------------------------------------------------------------
    def _fetch_ahead(self) -> None:
        """Start detail fetches in listing order, at most as many as could still count towards max_results."""
        budget = min(self.lookahead, self.ctx.max_results - self.ctx.accepted)
        in_flight = sum(1 for entry in self.queue if isinstance(entry, Listed) and entry.detail is not None)
        for entry in self.queue:
            if in_flight >= budget:
                return
            if isinstance(entry, Listed) and entry.detail is None and self._needs_detail(entry):
                entry.detail = self._start_detail(entry.link)
                in_flight += 1

    def _needs_detail(self, entry: Listed) -> bool:
        item = ScrapedItem(platform=self.ctx.platform, fields=entry.values)
        return bool(entry.link) and not entry.duplicate and not self.ctx.already_saved(item)

    def _start_detail(self, link: str) -> Future:
        return self.crawler.submit(detail_fetch(self.crawler.crawler, self.pool, link, self.definition))

    def _deliver(self, entry: Listed | PageEnd) -> bool:
        """Hand one item to the task (or log the end of a page); False when the search is done."""
        ctx = self.ctx
        if isinstance(entry, PageEnd):
            ctx.log(f"Page {entry.page}: {entry.items} item(s).", page=entry.page)
            return ctx.accepted < ctx.max_results
        if ctx.accepted >= ctx.max_results:
            return False
        if entry.duplicate:
            ctx.duplicates += 1
            return True
        ctx.seen.add(entry.key)
        ctx.report.record(entry.matched)
        ctx.checkpoint()
        item = ScrapedItem(platform=ctx.platform, fields=entry.values, page_url=entry.page_url, matched=entry.matched)
        if ctx.already_saved(item):
            return True
        if entry.link:
            self._add_detail(item, entry.link, self._wait(entry.detail or self._start_detail(entry.link)))
        result = classify(item.fields, has_website=bool(item.fields.get("website")))
        item.lead_class, item.category = result.lead_class, result.category
        if ctx.on_item(item):
            ctx.accepted += 1
        return True

    def _add_detail(self, item: ScrapedItem, link: str, page: DetailPage) -> None:
        ctx, definition = self.ctx, self.definition
        if page.error:
            ctx.log(f"{page.error} The item keeps its listing fields.", level="error", url=link)
            return
        read = page.read or detail_page_read(page.content, page.final_url, definition, extract=page.ok)
        reason = blocked_reason(definition, None, page.final_url, page.status, listing=False) or read.blocked
        if reason:
            raise SiteBlocked(reason)
        if not page.ok:
            ctx.log(f"{link} answered HTTP {page.status}; the item keeps its listing fields.", level="error", url=link)
            return
        ctx.report.record(read.matched, prefix="detail.")
        item.fields.update({k: v for k, v in read.values.items() if v})
        item.matched.update({f"detail.{k}": v for k, v in read.matched.items()})
        item.page_url = page.final_url
        if read.error:
            ctx.log(
                f"{link} could not be read ({read.error}); the item keeps its listing fields.", level="error", url=link
            )
        elif read.not_html:
            ctx.log(f"{link} is not an HTML page; fields only.", level="warning")
        else:
            item.findings = read.findings or {}

    def _wait(self, future: Future):
        while True:
            try:
                return future.result(WAIT_SLICE_SECONDS)
            except TimeoutError:
                self.ctx.checkpoint()


def _checked(response, url: str, what: str, definition: dict):
    """The parsed listing page; raises SiteBlocked for a block page, RecipeFailed for an HTTP error."""
    reason = blocked_reason(definition, None, response.final_url, response.status)
    root = parse_html(response.content) if response.content else None
    reason = reason or blocked_reason(definition, root, response.final_url)
    if reason:
        raise SiteBlocked(reason)
    if not response.ok:
        raise RecipeFailed(f"{what}: {url} answered HTTP {response.status}.")
    return root
