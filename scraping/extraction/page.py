"""Turn untrusted bytes into one parsed page: cap the size, refuse binary, decode broken encodings, parse once."""

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.html
from lxml import etree


class NotHtmlError(ValueError):
    """The content is binary (an image, a PDF, an archive…) or empty, so there is nothing to extract."""


BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"RIFF", b"\x00\x00\x01\x00")
CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:]+)""", re.I)
CONTROL_BYTES = bytes(range(9)) + bytes(range(14, 32))  # control characters text never has (tab, CR, LF… excepted)
XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object", "select", "textarea"}
)
# A <template> a reader does see: tooltip or pop-up content, named so or referenced by id from the page.
SHOWN_TEMPLATE_RE = re.compile(r"tooltip|popover|tippy|popup|pop-up|modal|dropdown|flyout|hovercard", re.I)
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Block-level tags end a text run: text on either side of them never forms one number.
BLOCK_TAGS = frozenset(
    "p div li ul ol td th tr table br h1 h2 h3 h4 h5 h6 section article header footer nav address dd dt dl "
    "aside main form blockquote pre hr option label button".split()
)


@dataclass
class TextRun:
    """Visible text of one block (inline children joined), with the element that holds it."""

    text: str
    element: etree._Element


@dataclass
class Page:
    url: str
    html: str
    tree: etree._Element
    truncated: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return (self.tree.get("lang") or self.tree.get("xml:lang") or "").strip()

    def alternates(self) -> list[tuple[str, str]]:
        """``(hreflang, href)`` of ``<link rel="alternate" hreflang=…>`` in the head (not the whole tree: speed)."""
        head = self.tree.find("head")
        if head is None:
            return []
        return [
            (link.get("hreflang") or "", (link.get("href") or "").strip())
            for link in head.iter("link")
            if link.get("hreflang") and "alternate" in (link.get("rel") or "").lower()
        ]

    def links(self) -> Iterator[tuple[etree._Element, str]]:
        for a in self.tree.iter("a", "area", "link"):
            href = a.get("href")
            if href:
                yield a, href.strip()

    def _shown_template(self, el: etree._Element) -> bool:
        """True for a ``<template>`` whose content the page shows (a tooltip, a pop-up), not an inert one."""
        if el.tag != "template":
            return False
        described = " ".join(el.get(a) or "" for a in ("id", "class", "data-role", "role"))
        if SHOWN_TEMPLATE_RE.search(described) or SHOWN_TEMPLATE_RE.search(" ".join(el.attrib.keys())):
            return True
        ident = el.get("id")
        return bool(ident) and self.html.count(ident) > 1

    def text_runs(self, max_nodes: int = 20000, max_chars: int | None = None) -> tuple[list[TextRun], bool]:
        """Visible text grouped by block, skipping scripts, styles and hidden elements (iterative: no recursion).

        Returns the runs and whether they are the whole text: reading stops after ``max_nodes`` elements or
        ``max_chars`` characters (the last run is cut there), which bounds what the text layers cost.
        """
        runs: list[TextRun] = []
        parts: list[str] = []
        owner: list[etree._Element] = []
        room = max_chars if max_chars is not None else -1

        def flush() -> None:
            if parts:
                text = "".join(parts).strip()
                if text:
                    runs.append(TextRun(text, owner[0]))
                parts.clear()
                owner.clear()

        def add(text: str, el: etree._Element) -> None:
            nonlocal room
            if not owner:
                owner.append(el)
            if room >= 0:
                text = text[:room]
                room -= len(text)
            parts.append(text)

        body = self.tree.find("body")
        root = body if body is not None else self.tree
        skip_depth = 0
        count = 0
        complete = True
        for event, el in etree.iterwalk(root, events=("start", "end")):
            if room == 0:
                complete = False
                break
            tag = el.tag if isinstance(el.tag, str) else ""
            if event == "start":
                count += 1
                if count > max_nodes:
                    complete = False
                    break
                if skip_depth or not tag or (tag in SKIP_TAGS and not self._shown_template(el)) or _hidden(el):
                    skip_depth += 1
                    continue
                if tag in BLOCK_TAGS:
                    flush()
                if el.text:
                    add(el.text, el)
                continue
            if skip_depth:
                skip_depth -= 1
                if skip_depth:
                    continue
            elif tag in BLOCK_TAGS:
                flush()
            else:
                parts.append(" ")
            if el.tail and el is not root:
                parent = el.getparent()
                add(el.tail, parent if parent is not None else el)
        flush()
        return runs, complete


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true" and not len(el):
        return True
    style = el.get("style")
    return bool(style and HIDDEN_STYLE_RE.search(style))


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode bytes the way a browser would, tolerating a wrong or missing charset declaration."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = CHARSET_RE.search(data[:4096])
    candidates = [declared, match.group(1).decode("ascii", "ignore") if match else None, "cp1252"]
    for enc in candidates:
        if not enc or enc.lower().replace("_", "-") in ("utf-8", "utf8"):
            continue
        try:
            codecs.lookup(enc)
            return data.decode(enc, errors="replace")
        except LookupError:
            continue
    return data.decode("cp1252", errors="replace")


def looks_binary(data: bytes) -> bool:
    head = data[:2048]
    if head.startswith(BINARY_MAGIC):
        return True
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return head.count(b"\x00") > 0 or len(head) - len(head.translate(None, CONTROL_BYTES)) > len(head) // 10


def clean_html(html: str) -> str:
    """``html`` as lxml parses a str: without NUL bytes and without an XML declaration (refused in a str)."""
    return XML_DECL_RE.sub("", html.replace("\x00", ""), count=1)


def load_page(
    content: bytes | str, url: str = "", *, max_bytes: int = 5 * 1024 * 1024, charset: str | None = None
) -> Page:
    """Build a ``Page``; raises ``NotHtmlError`` for binary or empty input. Oversized input is cut, not refused."""
    truncated = False
    if isinstance(content, bytes):
        if looks_binary(content):
            raise NotHtmlError("The content is binary, not an HTML page.")
        if len(content) > max_bytes:
            content, truncated = content[:max_bytes], True
        html = decode_html(content, charset)
    else:
        html = content
        if len(html) > max_bytes:
            html, truncated = html[:max_bytes], True
    html = clean_html(html)
    if not html.strip():
        raise NotHtmlError("The page is empty.")
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise NotHtmlError(f"The page could not be parsed: {exc}")
    page = Page(url=url, html=html, tree=tree, truncated=truncated)
    if truncated:
        page.warnings.append(f"The page was larger than {max_bytes} bytes; only the first part was read.")
    return page
