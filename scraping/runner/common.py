"""What both runners share: the search URL of a query, the ways a run ends early, blocked-page detection."""

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote_plus

from scraping.runner.fields import FieldReport, as_list, select_first_matching


class RunInterrupted(Exception):
    """The task was paused or stopped: end the run now, keep what is saved."""


class SiteBlocked(Exception):
    """The site answered with a captcha / 'unusual traffic' page: the task is blocked, not empty."""


class RecipeFailed(Exception):
    """The recipe cannot run (a URL refused, robots.txt, a selector that matches nothing); names the recipe field."""


def search_url(definition: dict, query: str, *, location: str = "", page: int = 1) -> str:
    search = definition["search"]
    template = search.get("url_template") or search.get("start_url")
    text = f"{query} {location}".strip() if location and location.lower() not in query.lower() else query
    return template.replace("{query}", quote_plus(text, safe="/")).replace("{page}", str(page))


def blocked_reason(definition: dict, root, url: str, status: int | None = None) -> str:
    """Why this page is a block page ('' when it is not): a 429, a blocked.url_contains match, a blocked selector."""
    blocked = definition.get("blocked") or {}
    if status == 429:
        return f"{url} answered 429 Too Many Requests"
    for needle in blocked.get("url_contains", []):
        if needle in url:
            return f"{url} is a block page (URL contains {needle!r})"
    if root is not None and blocked.get("selectors"):
        found, selector = select_first_matching(root, as_list(blocked["selectors"]))
        if found:
            return f"{url} shows a block page (matched {selector!r})"
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
