"""What both runners share: the search URL of a query, the ways a run ends early, blocked-page detection."""

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote_plus

from insight.patterns import PatternTooSlow, pattern_search
from scraping.runner.fields import FieldReport, as_list, read_items, select_first_matching
from scraping.runner.grid import Cell, area_cells
from scraping.runner.page_data import fill_page_data


class RunInterrupted(Exception):
    """The task was paused or stopped: end the run now, keep what is saved."""


class SiteBlocked(Exception):
    """The site answered with a captcha / 'unusual traffic' page: the task is blocked, not empty."""


class RecipeFailed(Exception):
    """The recipe cannot run (a URL refused, robots.txt, a selector that matches nothing); names the recipe field."""


def search_url(definition: dict, query: str, *, location: str = "", page: int = 1, cell: Cell | None = None) -> str:
    """The search page of ``query``; of one cell of a grid search (``search.grid.url_template``) when given."""
    search = definition["search"]
    template = search.get("url_template") or search.get("start_url")
    placeholders = {}
    if cell is not None:
        template = search["grid"]["url_template"]
        placeholders = cell.placeholders()
    text = f"{query} {location}".strip() if location and location.lower() not in query.lower() else query
    url = template.replace("{query}", quote_plus(text, safe="/")).replace("{page}", str(page))
    for name, value in placeholders.items():
        url = url.replace(f"{{{name}}}", value)
    return url


def blocked_reason(definition: dict, root, url: str, status: int | None = None, *, listing: bool = True) -> str:
    """Why this page is a block page ('' when it is not): a 429, a 403 on the site's search or listing (a bot wall:
    one detail page answering 403 is that page's error, not the site's wall), a blocked.url_contains match, a blocked
    selector."""
    blocked = definition.get("blocked") or {}
    if status == 429:
        return f"{url} answered 429 Too Many Requests"
    if status == 403 and listing:
        return f"{url} answered 403 Forbidden (a bot wall or a login wall)"
    for needle in blocked.get("url_contains", []):
        if needle in url:
            return f"{url} is a block page (URL contains {needle!r})"
    if root is not None and blocked.get("selectors"):
        found, selector = select_first_matching(root, as_list(blocked["selectors"]))
        if found:
            return f"{url} shows a block page (matched {selector!r})"
    return ""


def login_wall_reason(root, values: dict, url: str) -> str:
    """A detail page that asks for a password and shows none of the recipe's fields is a login wall: the task is
    blocked with that reason, never given an empty lead."""
    if root is None or any(values.values()):
        return ""
    if select_first_matching(root, ["input[type='password']", "form[action*='login']", "form#login_form"])[0]:
        return f"{url} is a login wall (a password form and none of the detail fields)"
    return ""


@dataclass
class RunContext:
    """What a runner needs from the engine: limits, callbacks, and where it reports."""

    task_id: int | None
    platform: str
    query: str
    max_results: int
    location: str = ""
    respect_robots: bool = True
    allow_private: bool = False
    checkpoint: Callable[[], None] = lambda: None  # raises RunInterrupted when paused/stopped; beats the heart
    on_item: Callable[..., bool] = lambda item: True  # True when the item counted towards max_results
    already_saved: Callable[..., bool] = lambda item: False  # this task saved it before (a retry, a resume)
    log: Callable[..., None] = lambda message, **payload: None
    on_phones: Callable[[list], None] = lambda phones: None  # phones read on the current page (the live view's boxes)
    report: FieldReport = field(default_factory=FieldReport)
    pages: int = 0
    accepted: int = 0
    area: dict | None = None  # the task's area filter: a recipe with search.grid searches it cell by cell
    cells_done: list[int] = field(default_factory=list)  # cells finished before a browser retry: skipped
    seen: set[str] = field(default_factory=set)  # item keys met in any cell: each place is fetched once
    duplicates: int = 0  # items met again in a later cell


def item_link_field(definition: dict) -> str:
    """The item field holding the item's own link: the detail page's ``link_field``, else ``url``."""
    return (definition.get("detail") or {}).get("link_field") or "url"


def wanted_items(definition: dict, items: list[tuple[dict, dict]]) -> tuple[list[tuple[dict, dict]], int]:
    """The listing items whose link matches the recipe's ``items.url_pattern`` (a profile or company page, not a
    post, a reel or a group a ``site:`` search also returns), and how many were left out. No pattern: all of them."""
    pattern = (definition.get("items") or {}).get("url_pattern")
    if not pattern:
        return items, 0
    field_name = item_link_field(definition)
    kept = []
    for values, matched in items:
        try:
            if values.get(field_name) and pattern_search(pattern, values[field_name]):
                kept.append((values, matched))
        except PatternTooSlow:
            pass
    return kept, len(items) - len(kept)


def listing_items(definition: dict, elements: list, base_url: str) -> tuple[list[tuple[dict, dict]], int]:
    """The items of one listing page as a task reads them: the recipe's fields of each element, the empty ones filled
    from the page's own data (``page_data``, e.g. a Maps card's place id from its link), and only those whose link
    matches ``items.url_pattern``; with how many were left out."""
    items = read_items(elements, definition["fields"], base_url)
    kind = definition.get("page_data")
    if kind:
        link_field = item_link_field(definition)
        for values, _ in items:
            fill_page_data(kind, values, url=values.get(link_field, ""))
    return wanted_items(definition, items)


def item_key(values: dict) -> str:
    """The identity of a listing item within a run: the platform's own id, else its link, else its name."""
    for name in ("platform_id", "place_id", "url", "link", "name"):
        if values.get(name):
            return values[name]
    return ""


def run_searches(definition: dict, ctx: RunContext, search: Callable[[Cell | None], None]) -> None:
    """Run ``search`` once (no grid), or once per cell of the task's area in order, until max_results is reached;
    logs each cell's outcome and remembers finished cells, so a retry or a resumed task does not search them again.
    """
    try:
        cells = area_cells(definition, ctx.area)
    except ValueError as exc:
        raise RecipeFailed(str(exc)) from exc
    if cells is None:
        if ctx.area:
            ctx.log(f"{ctx.platform}: the recipe has no search.grid; the area filter is not used.", level="warning")
        _search_once(ctx, search, None)
        return
    ctx.log(
        f"Area search: {len(cells)} cell(s) of {cells[0].cell_km:g} km around {ctx.area['lat']},{ctx.area['lng']}.",
        cells=len(cells),
        cell_km=cells[0].cell_km,
    )
    for cell in cells:
        if ctx.accepted >= ctx.max_results:
            ctx.log(f"Area search stopped before cell {cell.index + 1}/{len(cells)}: max results reached.")
            return
        if cell.index in ctx.cells_done:
            continue
        ctx.checkpoint()
        accepted, seen, duplicates = ctx.accepted, len(ctx.seen), ctx.duplicates
        _search_once(ctx, search, cell)
        ctx.cells_done.append(cell.index)
        ctx.log(
            f"Cell {cell.index + 1}/{len(cells)} ({cell.describe()}): {len(ctx.seen) - seen} new place(s), "
            f"{ctx.duplicates - duplicates} already seen in other cells, {ctx.accepted - accepted} lead(s).",
            cell=cell.index + 1,
            cells=len(cells),
            ring=cell.ring,
            lat=cell.lat,
            lng=cell.lng,
            radius_km=cell.radius_km,
            new=len(ctx.seen) - seen,
            duplicates=ctx.duplicates - duplicates,
            leads=ctx.accepted - accepted,
        )


def _search_once(ctx: RunContext, search: Callable[[Cell | None], None], cell: Cell | None) -> None:
    """A search that ends in an error (a dead browser) forgets the items it met: its retry must meet them again."""
    seen = set(ctx.seen)
    try:
        search(cell)
    except BaseException:
        ctx.seen = seen
        raise
