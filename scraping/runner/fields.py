"""Recipe fields read from HTML: each field lists selectors tried in order, and every run reports which one
matched and how often a field came back empty (a renamed CSS class shows up as a rising empty rate).

Pages are plain ``lxml.html`` trees (a detail page's tree is the extraction's ``Page.tree``: parsed once) and
selectors are CSS compiled to XPath by ``cssselect``, once per selector string. A selector run on an element
finds that element's descendants, and its ancestors outside the element may satisfy the selector's left part
(``div.feed a`` on a card inside ``div.feed`` finds the card's links); ``:scope`` is the element itself.
"""

import logging
import re
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin

import cssselect
import lxml.html
from cssselect.parser import CombinedSelector
from lxml import etree
from lxml.cssselect import CSSSelector, LxmlHTMLTranslator

from insight.patterns import PatternTooSlow, pattern_search
from scraping.extraction.page import clean_html, decode_html
from scraping.runner.links import is_tco, shown_target, unwrap_url

log = logging.getLogger(__name__)

URL_ATTRIBUTES = frozenset({"href", "src", "action", "data-href", "data-url"})
# Icon-font glyphs (Unicode private-use areas): Maps' 2026 buttons start their text with one ('\ue0c8 2800 E…').
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
# Tags whose strings are not part of an enclosing element's text (BeautifulSoup's string containers).
STRING_CONTAINERS = frozenset({"script", "style", "template", "rt", "rp"})


class _Translator(LxmlHTMLTranslator):
    """HTML rules; ``:contains()`` case-sensitive and ``:-soup-contains()`` accepted, as recipes had them."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def css_to_xpath(self, css: str, prefix: str | None = None) -> str:
        return super().css_to_xpath(css, self.prefix if prefix is None else prefix)

    def selector_to_xpath(self, selector, prefix: str = "descendant-or-self::", translate_pseudo_elements=False) -> str:
        # A <template>'s content is not part of the page: browsers' querySelector and soupsieve never match in it.
        return super().selector_to_xpath(selector, prefix, translate_pseudo_elements) + "[not(ancestor::template)]"

    def xpath_contains_function(self, xpath, function):
        return self.xpath__soup_contains_function(xpath, function)

    def xpath__soup_contains_function(self, xpath, function):
        values = [token.value for token in function.arguments if token.type in ("STRING", "IDENT")]
        if not values or len(values) != len([t for t in function.arguments if t.type not in ("S", "DELIM")]):
            raise cssselect.ExpressionError(f"Expected strings for :{function.name}(), got {function.arguments}")
        return xpath.add_condition(" or ".join(f"contains(string(.), {self.xpath_literal(v)})" for v in values))


_WITH_SELF = _Translator("descendant-or-self::")
_BELOW = _Translator("descendant::")
_EMPTY = etree.Element("html")


@lru_cache(maxsize=2048)
def compile_selector(selector: str, *, below: bool = False) -> CSSSelector:
    """The compiled ``selector``; raises ``cssselect.SelectorError`` (or lxml's XPath error) when it is invalid.

    ``below`` matches descendants only; otherwise the element it runs on is a candidate too."""
    compiled = CSSSelector(selector, translator=_BELOW if below else _WITH_SELF)
    compiled(_EMPTY)  # what fails only when run (a namespace prefix such as ``svg|a``) fails here
    return compiled


@lru_cache(maxsize=2048)
def _is_compound(selector: str) -> bool:
    """No combinator: whether an element matches depends on it alone, not on a chain of ancestors or siblings."""
    return not any(isinstance(part.parsed_tree, CombinedSelector) for part in cssselect.parse(selector))


def parse_html(html: str | bytes) -> etree._Element:
    """The document element of ``html``; bytes are decoded like the extraction decodes them. Never raises for
    bad markup: an empty or unparsable page is an empty document."""
    if isinstance(html, bytes):
        html = decode_html(html)
    try:
        return lxml.html.document_fromstring(clean_html(html))
    except (etree.ParserError, ValueError):
        return lxml.html.document_fromstring("<html></html>")


def as_list(selectors: Any) -> list[str]:
    return [selectors] if isinstance(selectors, str) else list(selectors or [])


def select(root: etree._Element, selector: str) -> list[etree._Element]:
    """Elements matching ``selector`` in document order: ``root``'s descendants, or ``root`` itself and its
    descendants when ``root`` is the document (``:scope…`` always tests ``root`` itself too)."""
    try:
        return _select(root, selector)
    except (cssselect.SelectorError, etree.XPathError) as exc:  # a recipe saved before the check it now fails
        raise ValueError(f"{selector!r} is not a valid CSS selector ({exc}).") from exc


def _select(root: etree._Element, selector: str) -> list[etree._Element]:
    if ":scope" in selector or root.getparent() is None:
        return compile_selector(selector)(root)
    if _is_compound(selector):
        return compile_selector(selector, below=True)(root)
    return _matches_below(root.getroottree().getroot(), selector).get(root, [])


# The combinator selectors' matches in the document being read, by selector: set by ``read_items`` for one listing.
_listing_matches: ContextVar[tuple[etree._Element, dict[str, dict]] | None] = ContextVar("listing", default=None)


def _matches_below(document: etree._Element, selector: str) -> dict[etree._Element, list[etree._Element]]:
    """``selector``'s matches in the whole document by each of their ancestors (document order). Inside
    ``read_items`` they are worked out once per listing: its items each look theirs up instead of scanning the page
    once per item (quadratic on a long feed); nothing is kept once the listing is read."""
    listing = _listing_matches.get()
    cache = listing[1] if listing is not None and listing[0] is document else {}
    below = cache.get(selector)
    if below is None:
        below = cache[selector] = {}
        for element in compile_selector(selector)(document):
            for ancestor in element.iterancestors():
                below.setdefault(ancestor, []).append(element)
    return below


def select_first_matching(root: etree._Element, selectors: Any) -> tuple[list[etree._Element], str | None]:
    """The elements of the first selector that matches anything, and that selector."""
    for selector in as_list(selectors):
        found = select(root, selector)
        if found:
            return found, selector
    return [], None


def element_text(element: etree._Element) -> str:
    """The element's text strings, each stripped, joined with one space; comments, and scripts, styles and
    templates inside it are left out (BeautifulSoup's ``get_text(" ", strip=True)``). Iterative: any depth."""
    wanted = element.tag if element.tag in STRING_CONTAINERS else ""
    around = next((a.tag for a in element.iterancestors() if a.tag in STRING_CONTAINERS), "")
    parts: list[str] = []
    stack: list[tuple[Any, str]] = [(element, around)]
    while stack:
        node, around = stack.pop()
        if isinstance(node, str):
            if around == wanted and (text := node.strip()):
                parts.append(text)
            continue
        if node is not element and node.tail:
            stack.append((node.tail, around))
        if isinstance(node.tag, str):  # an element, not a comment or a processing instruction
            inside = node.tag if node.tag in STRING_CONTAINERS else around
            stack.extend((child, inside) for child in reversed(node))
            if node.text and inside == wanted and (text := node.text.strip()):
                parts.append(text)
    return " ".join(parts)


def _value_of(element: etree._Element, attribute: str, base_url: str) -> str:
    if attribute == "text":
        value = element_text(element)
    elif attribute == "rows":  # a table as 'cell: cell; cell: cell' (opening hours), each row's non-empty cells
        rows = []
        for row in element.iter("tr"):
            cells = [_PRIVATE_USE.sub("", element_text(cell)).strip() for cell in row if cell.tag in ("td", "th")]
            if cells := [c for c in cells if c]:
                rows.append(": ".join([cells[0], ", ".join(cells[1:])]) if len(cells) > 1 else cells[0])
        value = "; ".join(rows) or element_text(element)
    elif attribute == "html":
        value = etree.tostring(element, method="html", encoding="unicode", with_tail=False)
    else:
        value = element.get(attribute) or ""
        if attribute in URL_ATTRIBUTES and value:
            value = _link_target(element, urljoin(base_url, value) if base_url else value, base_url)
    return re.sub(r"\s+", " ", _PRIVATE_USE.sub("", value)).strip()


def _link_target(element: etree._Element, url: str, base_url: str) -> str:
    """The URL a person reaches by following the link: a search engine's or site's redirect wrapper unwrapped, a
    t.co link replaced by the target the page shows for it (when it shows one)."""
    url = unwrap_url(url, base_url)
    if is_tco(url):
        shown = [element.get("data-expanded-url") or "", element.get("title") or "", element_text(element)]
        url = shown_target(shown) or url
    return url


def _pattern_value(pattern: str, value: str) -> str:
    """The recipe pattern's first group (or whole match) in ``value``; empty when it does not match, or when it ran
    out of time on this (hostile) value: the field is then empty for this item and the run goes on."""
    try:
        match = pattern_search(pattern, value)
    except PatternTooSlow as exc:
        log.warning("%s", exc)
        return ""
    if match is None:
        return ""
    return (match.group(1) if match.groups() else match.group(0)).strip()


CLEANS = ("integer", "decimal")


def _cleaned(clean: str, value: str) -> str:
    """``integer``: the digits of the first number ('17,059 reviews' → '17059'); ``decimal``: the first number with
    a point ('4,7' → '4.7'). Empty when the value holds no number."""
    found = re.search(r"\d[\d,.\s\u202f\u00a0']*", value)
    if not found:
        return ""
    number = re.sub(r"[\s\u202f\u00a0']", "", found.group(0)).rstrip(",.")
    if clean == "integer":
        return re.sub(r"\D", "", number)
    if "," in number and "." not in number and len(number.rsplit(",", 1)[1]) != 3:
        number = number.replace(",", ".")
    return number.replace(",", "")


def read_field(root: etree._Element, spec: dict, base_url: str = "") -> tuple[str, str | None]:
    """(value, selector that produced it); ('', None) when every selector came back empty.

    ``attribute`` may list alternatives, ``"data-item-id|href"``: the first non-empty one of an element counts.
    """
    attributes = str(spec.get("attribute", "text")).split("|")
    pattern = spec.get("regex") or None
    for selector in as_list(spec.get("selectors")):
        for element in select(root, selector):
            value = next((v for a in attributes if (v := _value_of(element, a.strip(), base_url))), "")
            if value and pattern is not None:
                value = _pattern_value(pattern, value)
            if value and spec.get("clean") in CLEANS:
                value = _cleaned(spec["clean"], value)
            if value:
                return value, selector
    return "", None


def read_fields(root: etree._Element, fields: dict, base_url: str = "") -> tuple[dict[str, str], dict[str, str | None]]:
    values: dict[str, str] = {}
    matched: dict[str, str | None] = {}
    for name, spec in fields.items():
        values[name], matched[name] = read_field(root, spec, base_url)
    return values, matched


def read_items(
    elements: list[etree._Element], fields: dict, base_url: str = ""
) -> list[tuple[dict[str, str], dict[str, str | None]]]:
    """``read_fields`` of each item of one listing (elements of one document), in order."""
    if not elements:
        return []
    token = _listing_matches.set((elements[0].getroottree().getroot(), {}))
    try:
        return [read_fields(element, fields, base_url) for element in elements]
    finally:
        _listing_matches.reset(token)


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
