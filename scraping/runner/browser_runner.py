"""A recipe on a pooled Chromium: search, dismiss the consent wall, wait, scroll or paginate, read the items with
per-field selector fallbacks, open each detail page and run the extraction engine on the rendered page.

Internal addresses (SSRF): every URL the runner opens is checked first (``_guard``), and the tab's URL is checked
again right before and after every read (``_read_page``), because a page may move itself (a script, a meta refresh,
a redirect) at any moment. Beneath that, the lease is restricted to an ``AddressPolicy``: a local browser sends every
request through the pool's proxy, which refuses internal addresses except, when the task may reach them, the hosts
the runner opened itself; a page's own requests (images, frames, fetch/XHR, navigations) never reach any other.
"""

import asyncio
import time
from urllib.parse import urljoin, urlsplit

from selenium.common.exceptions import JavascriptException, WebDriverException
from selenium.webdriver.common.by import By

from scraping.browser import Lease
from scraping.extraction.bbox import BOX_SCRIPT
from scraping.extraction.engine import extract_from_page, parse_page
from scraping.runner.classify import classify
from scraping.runner.common import (
    RecipeFailed,
    RunContext,
    SiteBlocked,
    blocked_reason,
    item_key,
    listing_items,
    login_wall_reason,
    run_searches,
    search_url,
)
from scraping.runner.fields import as_list, parse_html, read_fields, select_first_matching
from scraping.runner.grid import Cell
from scraping.runner.page_data import fill_page_data
from scraping.runner.persist import ScrapedItem
from scraping.urlsafety import AddressPolicy, UnsafeURLError, check_url

WAIT_SECONDS = 10.0
REFUSALS_LOGGED = 5  # per read; the rest are counted

_SCROLL_SCRIPT = """
const el = arguments[0];
if (el) { el.scrollTop = el.scrollHeight; el.dispatchEvent(new Event('scroll')); }
window.scrollTo(0, document.body.scrollHeight);
"""


class RobotsGate:
    """robots.txt per origin, read once per run through the crawler (same user agent and SSRF guard)."""

    def __init__(self, *, allow_private: bool) -> None:
        self.allow_private = allow_private
        self._rules: dict[str, object] = {}

    def allows(self, url: str) -> bool:
        from scraping.crawler import Crawler
        from scraping.crawler.robots import origin_of

        origin = origin_of(url)
        if origin not in self._rules:

            async def load():
                async with Crawler.from_settings(allow_private=self.allow_private) as crawler:
                    rules = await crawler.robots.rules_for(url)
                    return rules, crawler.robots.user_agent

            self._rules[origin] = asyncio.run(load())
        rules, agent = self._rules[origin]
        return rules.allows(url, agent)


def _hint(ctx: RunContext) -> str:
    """What would change the refusal, for the end of its message."""
    if ctx.allow_private:
        return "internal addresses are allowed only on the hosts the runner opens itself"
    return "an admin can allow internal hosts for this recipe, or ALLOW_PRIVATE_URLS for all"


def _guard(ctx: RunContext, url: str, robots: RobotsGate | None, what: str) -> None:
    try:
        check_url(url, allow_private=ctx.allow_private)
    except UnsafeURLError as exc:
        raise RecipeFailed(f"{what}: refused {url}: {exc.public} ({_hint(ctx)})") from exc
    if robots is not None and not robots.allows(url):
        raise RecipeFailed(f"{what}: robots.txt of {urlsplit(url).netloc} disallows {url}; not fetched.")


def _open(lease: Lease, ctx: RunContext, url: str, robots: RobotsGate | None, what: str) -> None:
    """Load ``url`` after the SSRF and robots checks, then check where Chromium actually landed."""
    _guard(ctx, url, robots, what)
    if lease.policy is not None:
        lease.policy.vouch(url)  # the runner opens it: an internal host the task may reach
    lease.get(url)
    landed_check(lease, ctx, url, what)


def _check_address(lease: Lease, ctx: RunContext, url: str) -> None:
    """``UnsafeURLError`` unless the tab may be at ``url``: the lease's policy, or for a lease never restricted
    (a caller other than ``run_browser_recipe``) the task's allowance alone."""
    if url.startswith(("about:", "data:")):
        return
    if lease.policy is not None:
        lease.policy.check(url)
    else:
        check_url(url, allow_private=ctx.allow_private)


def landed_check(lease: Lease, ctx: RunContext, requested: str, what: str) -> None:
    """Refuse a page that redirects (HTTP, meta refresh or script) to an internal address.

    Chromium follows redirects itself, so the address asked for is not always the one loaded. The tab is sent to
    about:blank before the task fails, so nothing of the internal page is read.
    """
    landed = lease.driver.current_url
    if landed == requested:
        return
    try:
        _check_address(lease, ctx, landed)
    except UnsafeURLError as exc:
        lease.driver.get("about:blank")
        _log_refused(lease, ctx)
        raise RecipeFailed(f"{what}: {requested} redirected to {landed}, refused: {exc.public} ({_hint(ctx)})")


def _refuse_if_internal(lease: Lease, ctx: RunContext, url: str, what: str) -> None:
    try:
        _check_address(lease, ctx, url)
    except UnsafeURLError as exc:
        lease.driver.get("about:blank")
        _log_refused(lease, ctx)
        raise RecipeFailed(f"{what}: the page moved to {url}, refused: {exc.public} ({_hint(ctx)})") from exc


def _read_page(lease: Lease, ctx: RunContext, what: str) -> tuple[str, str]:
    """(URL, HTML) of the tab, never from an internal address: its URL is checked right before and right after the
    HTML is read (a page moves itself whenever its scripts like). A refused page fails the task, tab left blank."""
    driver = lease.driver
    url = driver.current_url
    _refuse_if_internal(lease, ctx, url, what)
    html = driver.page_source
    after = driver.current_url
    if after != url:  # moved during the read: the HTML is of one of the two, and both must be allowed
        _refuse_if_internal(lease, ctx, after, what)
    _log_refused(lease, ctx)
    return after, html


def _log_refused(lease: Lease, ctx: RunContext) -> None:
    """Tell the task's log which requests of its pages the browser's proxy refused."""
    refused = lease.take_refused()
    for url, exc in refused[:REFUSALS_LOGGED]:
        ctx.log(f"The browser did not fetch {url}: {exc.public}", level="warning", url=url)
    if len(refused) > REFUSALS_LOGGED:
        ctx.log(f"The browser refused {len(refused) - REFUSALS_LOGGED} more request(s).", level="warning")


def _wait_for_any(driver, selectors: list[str], timeout: float = WAIT_SECONDS) -> str | None:
    deadline = time.monotonic() + timeout
    while True:
        for selector in selectors:
            if driver.find_elements(By.CSS_SELECTOR, selector):
                return selector
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.1)


def _dismiss_consent(driver, definition: dict, ctx: RunContext) -> None:
    consent = definition.get("consent")
    if not consent:
        return
    for selector in as_list(consent.get("selectors")):
        buttons = [b for b in driver.find_elements(By.CSS_SELECTOR, selector) if b.is_displayed()]
        if buttons:
            buttons[0].click()
            ctx.log("Dismissed a consent wall.", selector=selector)
            time.sleep(0.2)
            return


def _check_blocked(url: str, definition: dict, root) -> None:
    reason = blocked_reason(definition, root, url)
    if reason:
        raise SiteBlocked(reason)


def _read_listing(lease: Lease, definition: dict, ctx: RunContext, seen: set[str], pending: list[ScrapedItem]) -> int:
    url, html = _read_page(lease, ctx, "items.selectors")
    root = parse_html(html)
    _check_blocked(url, definition, root)
    elements, selector = select_first_matching(root, definition["items"]["selectors"])
    new = 0
    items, skipped = listing_items(definition, elements, url)
    if skipped:
        ctx.log(f"{skipped} result(s) on {url} do not match items.url_pattern (not a profile page); skipped.")
    for values, matched in items:
        key = item_key(values)
        if not key or key in seen:  # a card read before this scroll
            continue
        seen.add(key)
        if key in ctx.seen:  # met in an earlier cell of an area search
            ctx.duplicates += 1
            continue
        ctx.seen.add(key)
        ctx.report.record(matched)
        pending.append(ScrapedItem(platform=ctx.platform, fields=values, page_url=url, matched=matched))
        new += 1
    return new


def _collect(
    lease: Lease, definition: dict, ctx: RunContext, robots: RobotsGate | None, cell: Cell | None
) -> list[ScrapedItem]:
    driver = lease.driver
    pagination = definition.get("pagination") or {"mode": "none"}
    mode = pagination.get("mode", "none")
    max_pages = pagination.get("max_pages", 5)
    url = search_url(definition, ctx.query, location=ctx.location, cell=cell)
    what = "search.grid.url_template" if cell else "search.url_template"
    _open(lease, ctx, url, robots, what)
    _dismiss_consent(driver, definition, ctx)
    landed_check(lease, ctx, url, "consent.selectors")  # the consent button navigates too
    items_selectors = as_list(definition["items"]["selectors"])
    waits = as_list((definition.get("wait_for") or {}).get("selectors")) or items_selectors
    empty_markers = as_list((definition.get("no_results") or {}).get("selectors"))
    if _wait_for_any(driver, waits + empty_markers) is None:
        page_url, html = _read_page(lease, ctx, "wait_for.selectors")
        _check_blocked(page_url, definition, parse_html(html))
        raise RecipeFailed(f"wait_for.selectors: none of {waits} appeared on {page_url} within 10 s.")
    seen: set[str] = set()
    pending: list[ScrapedItem] = []
    for page in range(1, max_pages + 1):
        ctx.checkpoint()
        ctx.pages += 1
        new = _read_listing(lease, definition, ctx, seen, pending)
        ctx.log(f"Page {page}: {new} new item(s).", page=page, items=len(pending))
        # Items an earlier run of this task saved do not count: a resumed task still collects enough new ones.
        unsaved = sum(1 for item in pending if not ctx.already_saved(item))
        if unsaved >= ctx.max_results - ctx.accepted or page >= max_pages or mode == "none":
            break
        if mode == "scroll":
            container = pagination.get("container")
            element = None
            for selector in as_list(container):
                found = driver.find_elements(By.CSS_SELECTOR, selector)
                if found:
                    element = found[0]
                    break
            before = len(pending)
            count = len(driver.find_elements(By.CSS_SELECTOR, items_selectors[0]))
            try:
                driver.execute_script(_SCROLL_SCRIPT, element)
            except JavascriptException:
                pass
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                if len(driver.find_elements(By.CSS_SELECTOR, items_selectors[0])) > count:
                    break
                end = as_list(pagination.get("end_selectors"))
                if end and any(e.is_displayed() for s in end for e in driver.find_elements(By.CSS_SELECTOR, s)):
                    break
                time.sleep(0.1)
            else:
                break
            if len(driver.find_elements(By.CSS_SELECTOR, items_selectors[0])) <= count and before == len(pending):
                break
        elif mode == "next_link":
            page_url, html = _read_page(lease, ctx, "pagination.next_selectors")
            links, _ = select_first_matching(parse_html(html), pagination["next_selectors"])
            href = links[0].get("href") if links else None
            if not href:
                break
            next_url = urljoin(page_url, href)
            _open(lease, ctx, next_url, robots, "pagination.next_selectors")
        elif mode == "url_page":
            next_url = search_url(definition, ctx.query, location=ctx.location, page=page + 1, cell=cell)
            _open(lease, ctx, next_url, robots, what)
    if not pending:
        page_url, html = _read_page(lease, ctx, "items.selectors")
        root = parse_html(html)
        if empty_markers and select_first_matching(root, empty_markers)[0]:
            if cell is None:  # an empty cell of an area search is reported with the cell
                ctx.log(f"The search for {ctx.query!r} has no results.")
        elif not select_first_matching(root, items_selectors)[0]:
            raise RecipeFailed(f"items.selectors: none of {items_selectors} matched a result on {page_url}.")
    return pending


def _read_detail(lease: Lease, definition: dict, item: ScrapedItem, ctx: RunContext, robots) -> None:
    detail = definition.get("detail")
    link = item.fields.get(detail["link_field"]) if detail else ""
    driver = lease.driver
    if link:
        _open(lease, ctx, link, robots, f"fields.{detail['link_field']}")
        waits = as_list((detail.get("wait_for") or {}).get("selectors"))
        if waits:
            _wait_for_any(driver, waits)
        what = f"fields.{detail['link_field']}"
        landed_check(lease, ctx, link, what)  # a script may have moved the tab on
        page_url, html = _read_page(lease, ctx, what)
        try:
            boxes = driver.execute_script(BOX_SCRIPT)
        except WebDriverException:
            boxes = None
        _refuse_if_internal(lease, ctx, driver.current_url, what)  # the boxes too are of an allowed page
        page = parse_page(html, page_url)  # parsed once: fields, block check, extraction
        _check_blocked(page_url, definition, page.tree)
        values, matched = read_fields(page.tree, detail["fields"], page_url)
        fill_page_data(detail.get("page_data"), values, html=page.html, url=page_url)
        if reason := login_wall_reason(page.tree, values, page_url):
            raise SiteBlocked(reason)
        ctx.report.record(matched, prefix="detail.")
        item.fields.update({k: v for k, v in values.items() if v})
        item.matched.update({f"detail.{k}": v for k, v in matched.items()})
        item.page_url = page_url
        findings = extract_from_page(page, region=_region_hint(ctx), boxes=boxes)
        item.findings = findings.to_dict()
        ctx.on_phones(item.findings["phones"])


def _region_hint(ctx: RunContext) -> str | None:
    return None  # the engine infers the country from the page (address, ccTLD, lang)


def run_browser_recipe(lease: Lease, definition: dict, ctx: RunContext) -> None:
    """Run one query of one recipe on ``lease``; each item goes to ``ctx.on_item`` as soon as it is complete."""
    robots = RobotsGate(allow_private=ctx.allow_private) if ctx.respect_robots else None
    lease.restrict(AddressPolicy(allow_private=ctx.allow_private))
    if not lease.filtered:
        ctx.log(
            "The browser is remote (SELENIUM_REMOTE_URL): the pages the runner opens and reads are checked for "
            "internal addresses, the requests a page makes on its own are not.",
            level="warning",
        )

    def search(cell: Cell | None) -> None:
        for item in _collect(lease, definition, ctx, robots, cell):
            if ctx.accepted >= ctx.max_results:
                break
            ctx.checkpoint()
            if ctx.already_saved(item):
                continue
            _read_detail(lease, definition, item, ctx, robots)
            result = classify(item.fields, has_website=bool(item.fields.get("website")))
            item.lead_class, item.category = result.lead_class, result.category
            if ctx.on_item(item):
                ctx.accepted += 1

    run_searches(definition, ctx, search)
