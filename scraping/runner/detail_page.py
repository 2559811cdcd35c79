"""Reading a fetched detail page: the recipe's detail fields, a block page, and the contact extraction.

A pure function of the page and the recipe (no Django, no network), so it runs the same in the HTTP runner's thread
or in a worker of the page pool (``scraping.runner.page_pool``); its answer is a small picklable ``DetailRead``.
"""

from dataclasses import dataclass, field
from typing import Any

from scraping.extraction.engine import extract_from_page, parse_page
from scraping.extraction.page import NotHtmlError
from scraping.runner.common import blocked_reason, login_wall_reason
from scraping.runner.fields import read_fields
from scraping.runner.page_data import fill_page_data


@dataclass
class DetailRead:
    """What one detail page gave: fields (and the selectors that matched), a block reason, extraction findings.

    ``not_html`` means there was nothing to extract (binary or empty content); ``error`` that reading failed on a
    hostile page, which costs this page its detail fields and findings, never the run."""

    values: dict[str, str] = field(default_factory=dict)
    matched: dict[str, str | None] = field(default_factory=dict)
    blocked: str = ""
    findings: dict[str, Any] | None = None
    not_html: bool = False
    error: str = ""


def detail_page_read(content: bytes, url: str, definition: dict, *, extract: bool = True) -> DetailRead:
    """Read ``content`` (the page at ``url``) with the recipe ``definition``; ``extract=False`` skips extraction
    (an error page is only checked for a block page)."""
    read = DetailRead()
    try:
        page = parse_page(content, url)  # parsed once: the fields, the block check and the extraction read it
        read.blocked = blocked_reason(definition, page.tree, url)
        if read.blocked or not extract:
            return read
        read.values, read.matched = read_fields(page.tree, definition["detail"]["fields"], url)
        fill_page_data(definition["detail"].get("page_data"), read.values, html=page.html, url=url)
        read.blocked = login_wall_reason(page.tree, read.values, url)
        if read.blocked:
            return read
        read.findings = extract_from_page(page).to_dict()
    except NotHtmlError:
        read.not_html = True
    except Exception as exc:  # a hostile page must cost its own item's details, not the task
        read.error = f"{type(exc).__name__}: {exc}"[:500]
    return read
