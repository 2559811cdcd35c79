"""Try one recipe on one page, exactly as a task reads it: a saved page (bytes) or a URL fetched through the crawler
(SSRF guard, robots.txt, redirects and meta refresh), read as a listing or as a detail page. Used by
``manage.py recipe_check`` and the admin's "Try on a page"; nothing is saved.
"""

import asyncio
from typing import Any
from urllib.parse import urlsplit

from scraping.crawler import Crawler, CrawlError
from scraping.runner.common import FieldReport, blocked_reason, item_key, listing_items
from scraping.runner.detail_page import detail_page_read
from scraping.runner.fields import as_list, parse_html, select, select_first_matching
from scraping.runner.http_runner import fetch_following_refresh
from scraping.runner.persist import ScrapedItem, normalize_phone

PAGES = ("listing", "detail")
MAX_PAGE_BYTES = 20 * 1024 * 1024


class RecipeCheckError(Exception):
    """The check cannot run (no such page kind, a URL refused or unreachable, a recipe without a detail page)."""


def page_base_url(content: bytes, definition: dict) -> str:
    """Where a saved page came from, as far as it says (``<base href>``, canonical link, ``og:url``), else the origin
    of the recipe's own search (relative links then resolve on the recipe's site)."""
    root = parse_html(content[:MAX_PAGE_BYTES])
    for selector, attribute in (
        ("base[href]", "href"),
        ("link[rel='canonical']", "href"),
        ("meta[property='og:url']", "content"),
    ):
        for element in select(root, selector):
            value = (element.get(attribute) or "").strip()
            if value.startswith(("http://", "https://")):
                return value
    search = definition.get("search") or {}
    template = search.get("url_template") or search.get("start_url") or ""
    parts = urlsplit(template)
    return f"{parts.scheme}://{parts.netloc}/" if parts.scheme and parts.netloc else ""


def fetch_page(url: str, *, allow_private: bool, respect_robots: bool) -> tuple[bytes, str, int]:
    """(content, final URL, status) of ``url`` through the crawler; ``RecipeCheckError`` when it is refused or fails."""

    async def go():
        async with Crawler.from_settings(allow_private=allow_private, respect_robots=respect_robots) as crawler:
            return await fetch_following_refresh(crawler, url)

    try:
        response = asyncio.run(go())
    except CrawlError as exc:
        raise RecipeCheckError(str(exc)) from exc
    return response.content, response.final_url, response.status


def recipe_check(
    definition: dict,
    *,
    page: str,
    content: bytes | None = None,
    url: str = "",
    status: int | None = None,
    platform: str = "",
    allow_private: bool = False,
    respect_robots: bool = True,
) -> dict[str, Any]:
    """What a task reads on this page with this recipe. ``content`` is a saved page (``url`` then only says where it
    came from); without it ``url`` is fetched. A listing gives ``{"blocked", "items", "field_report", …}``, a detail
    page ``{"blocked", "fields", "phones", …}``; ``blocked`` is null or the reason."""
    if page not in PAGES:
        raise RecipeCheckError(f"page: use one of {', '.join(PAGES)}.")
    if page == "detail" and not isinstance(definition.get("detail"), dict):
        raise RecipeCheckError("This recipe has no detail page; try it with page=listing.")
    if content is None:
        if not url:
            raise RecipeCheckError("Give a saved page or a URL.")
        content, url, status = fetch_page(url, allow_private=allow_private, respect_robots=respect_robots)
    elif not url:
        url = page_base_url(content, definition)
    if len(content) > MAX_PAGE_BYTES:
        raise RecipeCheckError(f"The page is larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB.")
    if page == "listing":
        return _listing(definition, content, url, status)
    return _detail(definition, content, url, status, platform)


def _listing(definition: dict, content: bytes, url: str, status: int | None) -> dict[str, Any]:
    root = parse_html(content)
    reason = blocked_reason(definition, None, url, status) or blocked_reason(definition, root, url)
    result: dict[str, Any] = {"blocked": reason or None, "url": url, "status": status, "items": [], "field_report": {}}
    if reason:
        return result
    elements, selector = select_first_matching(root, definition["items"]["selectors"])
    read, skipped = listing_items(definition, elements, url)
    items, seen, report = [], set(), FieldReport()
    for values, matched in read:  # as the runners take them: an item without a key, or met before, is not one
        key = item_key(values)
        if not key or key in seen:
            continue
        seen.add(key)
        if values.get("phone"):
            values["phone"] = normalize_phone(values["phone"], None) or values["phone"]
        items.append((values, matched))
        report.record(matched)
    no_results = as_list((definition.get("no_results") or {}).get("selectors"))
    result.update(
        items=[values for values, _ in items],
        field_report=report.to_dict(),
        items_selector=selector,
        not_matching_url_pattern=skipped,
        no_results=bool(not elements and no_results and select_first_matching(root, no_results)[0]),
    )
    consent = as_list((definition.get("consent") or {}).get("selectors"))
    if not elements and consent and (found := select_first_matching(root, consent)[1]):
        result["consent"] = f"a consent wall (matched {found!r}): a task's browser dismisses it, then reads the results"
    if not elements and not result["no_results"]:
        result["error"] = f"items.selectors: none of {as_list(definition['items']['selectors'])} matched a result."
    return result


def _detail(definition: dict, content: bytes, url: str, status: int | None, platform: str) -> dict[str, Any]:
    ok = status is None or 200 <= status < 300
    reason = blocked_reason(definition, None, url, status, listing=False)
    if status == 403:
        reason = reason or f"{url} answered 403 Forbidden (a task keeps the item's listing fields)"
    read = detail_page_read(content, url, definition, extract=ok and not reason)
    reason = reason or read.blocked
    result: dict[str, Any] = {"blocked": reason or None, "url": url, "status": status, "fields": {}, "phones": []}
    if reason:
        return result
    if read.error:
        result["error"] = read.error
    findings = read.findings or {}
    fields = dict(read.values)
    if fields.get("phone"):
        fields["phone"] = normalize_phone(fields["phone"], findings.get("region")) or fields["phone"]
    item = ScrapedItem(platform=platform, fields=dict(read.values), page_url=url, findings=findings)
    result.update(
        fields=fields,
        phones=[phone["e164"] for phone in item.phones()],
        emails=[email["email"] for email in findings.get("emails", [])],
        field_report={name: selector for name, selector in read.matched.items()},
    )
    return result
