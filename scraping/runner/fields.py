"""Recipe fields read from HTML: each field lists selectors tried in order, and every run reports which one
matched and how often a field came back empty (a renamed CSS class shows up as a rising empty rate)."""

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import soupsieve
from bs4 import BeautifulSoup, Tag

URL_ATTRIBUTES = frozenset({"href", "src", "action", "data-href", "data-url"})


def parse_html(html: str | bytes) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def as_list(selectors: Any) -> list[str]:
    return [selectors] if isinstance(selectors, str) else list(selectors or [])


def select_first_matching(root: Tag, selectors: Any) -> tuple[list[Tag], str | None]:
    """The elements of the first selector that matches anything, and that selector."""
    for selector in as_list(selectors):
        found = root.select(selector)
        if found:
            return found, selector
    return [], None


def _value_of(element: Tag, attribute: str, base_url: str) -> str:
    if attribute == "text":
        value = element.get_text(" ", strip=True)
    elif attribute == "html":
        value = str(element)
    else:
        raw = element.get(attribute)
        value = " ".join(raw) if isinstance(raw, list) else (raw or "")
        if attribute in URL_ATTRIBUTES and value and base_url:
            value = urljoin(base_url, value)
    return re.sub(r"\s+", " ", value).strip()


def _candidates(root: Tag, selector: str) -> list[Tag]:
    """Elements for ``selector``; ``:scope…`` also tests the item element itself (its own data-* attributes)."""
    found = list(root.select(selector))
    if selector.startswith(":scope"):
        own = selector.removeprefix(":scope").strip()
        if not own or own[0] in "[.#:":
            if soupsieve.match(own or "*", root):
                found.insert(0, root)
    return found


def read_field(root: Tag, spec: dict, base_url: str = "") -> tuple[str, str | None]:
    """(value, selector that produced it); ('', None) when every selector came back empty.

    ``attribute`` may list alternatives, ``"data-item-id|href"``: the first non-empty one of an element counts.
    """
    attributes = str(spec.get("attribute", "text")).split("|")
    pattern = re.compile(spec["regex"]) if spec.get("regex") else None
    for selector in as_list(spec.get("selectors")):
        for element in _candidates(root, selector):
            value = next((v for a in attributes if (v := _value_of(element, a.strip(), base_url))), "")
            if value and pattern is not None:
                match = pattern.search(value)
                value = (match.group(1) if match.groups() else match.group(0)).strip() if match else ""
            if value:
                return value, selector
    return "", None


def read_fields(root: Tag, fields: dict, base_url: str = "") -> tuple[dict[str, str], dict[str, str | None]]:
    values: dict[str, str] = {}
    matched: dict[str, str | None] = {}
    for name, spec in fields.items():
        values[name], matched[name] = read_field(root, spec, base_url)
    return values, matched


@dataclass
class FieldReport:
    """Per field: how many items were read, how many came back empty, and which selector matched how often."""

    seen: Counter = field(default_factory=Counter)
    empty: Counter = field(default_factory=Counter)
    selectors: dict[str, Counter] = field(default_factory=dict)

    def record(self, matched: dict[str, str | None], prefix: str = "") -> None:
        for name, selector in matched.items():
            key = f"{prefix}{name}"
            self.seen[key] += 1
            if selector is None:
                self.empty[key] += 1
            else:
                self.selectors.setdefault(key, Counter())[selector] += 1

    def to_dict(self) -> dict[str, dict]:
        return {
            name: {
                "items": count,
                "empty": self.empty[name],
                "empty_rate": round(self.empty[name] / count, 3) if count else 0.0,
                "selectors": dict(self.selectors.get(name, {})),
            }
            for name, count in sorted(self.seen.items())
        }

    def always_empty(self, min_items: int = 3) -> list[str]:
        """Fields empty on every one of at least ``min_items`` items: most likely a broken selector."""
        return [name for name, count in self.seen.items() if count >= min_items and self.empty[name] == count]
