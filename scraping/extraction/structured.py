"""Read JSON-LD (tolerating broken JSON) and microdata once; every extractor reads this result."""

import json
import re
from dataclasses import dataclass, field
from typing import Any

from scraping.extraction.page import Page

TRAILING_COMMA_RE = re.compile(r",\s*([}\]])")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
LOOSE_FIELD_RE = re.compile(r'"(telephone|faxNumber|email|addressCountry)"\s*:\s*"([^"]{3,80})"')
MICRODATA_PROPS = (
    "telephone",
    "faxNumber",
    "email",
    "url",
    "sameAs",
    "streetAddress",
    "addressLocality",
    "addressRegion",
    "postalCode",
    "addressCountry",
)
OPEN_GRAPH_PHONES = {"og:phone_number": False, "og:fax_number": True}  # property -> is_fax
ADDRESS_KEYS = ("streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry")


@dataclass
class StructuredData:
    """Flattened values from every JSON-LD block and microdata item on the page."""

    phones: list[tuple[str, bool]] = field(default_factory=list)  # (raw, is_fax)
    emails: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    addresses: list[dict[str, str]] = field(default_factory=list)
    # Index into ``phones`` -> addressCountry of the item that declares the phone (a branch in another country).
    phone_countries: dict[int, str] = field(default_factory=dict)
    broken_blocks: int = 0

    @property
    def countries(self) -> list[str]:
        return [a["country"] for a in self.addresses if a.get("country")]


def _load_json(text: str) -> Any:
    text = text.strip()
    if text.startswith("<!--"):
        text = text[4:]
    if text.endswith("-->"):
        text = text[:-3]
    text = text.replace("<![CDATA[", "").replace("]]>", "").strip().rstrip(";")
    try:
        return json.loads(text)
    except ValueError:
        pass
    cleaned = TRAILING_COMMA_RE.sub(r"\1", CONTROL_RE.sub(" ", text))
    try:
        return json.loads(cleaned, strict=False)
    except ValueError:
        return None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@id") or value.get("url"))
    return None


def _address(node: dict[str, Any]) -> dict[str, str] | None:
    out = {
        "street": _text(node.get("streetAddress")),
        "locality": _text(node.get("addressLocality")),
        "region": _text(node.get("addressRegion")),
        "postal_code": _text(node.get("postalCode")),
        "country": _text(node.get("addressCountry")),
    }
    out = {k: v for k, v in out.items() if v}
    return out or None


def _item_country(node: dict[str, Any]) -> str | None:
    """``addressCountry`` of the item itself or of its one ``address``."""
    if (country := _text(node.get("addressCountry"))) is not None:
        return country
    address = node.get("address")
    return _text(address.get("addressCountry")) if isinstance(address, dict) else None


def _walk(node: Any, data: StructuredData, depth: int = 0) -> None:
    if depth > 20:
        return
    if isinstance(node, list):
        for item in node:
            _walk(item, data, depth + 1)
        return
    if not isinstance(node, dict):
        return
    country = _item_country(node) if "telephone" in node or "faxNumber" in node else None
    for key, is_fax in (("telephone", False), ("faxNumber", True)):
        for value in _as_list(node.get(key)):
            if (raw := _text(value)) is not None:
                if country:
                    data.phone_countries[len(data.phones)] = country
                data.phones.append((raw, is_fax))
    for value in _as_list(node.get("email")):
        if (raw := _text(value)) is not None:
            data.emails.append(raw.removeprefix("mailto:"))
    types = {str(t) for t in _as_list(node.get("@type"))}
    if "PostalAddress" in types or any(k in node for k in ADDRESS_KEYS):
        if (address := _address(node)) is not None:
            data.addresses.append(address)
    elif isinstance(node.get("address"), str):
        data.addresses.append({"street": node["address"].strip()})
    if types.isdisjoint({"WebPage", "WebSite", "ImageObject", "BreadcrumbList", "ListItem", "PostalAddress"}):
        for value in _as_list(node.get("url")):
            if (url := _text(value)) is not None and "@type" in node:
                data.urls.append(url)
    for value in _as_list(node.get("sameAs")):
        if (url := _text(value)) is not None:
            data.same_as.append(url)
    for key, value in node.items():
        if key not in ("telephone", "faxNumber", "email", "sameAs") and isinstance(value, dict | list):
            _walk(value, data, depth + 1)


def read_structured_data(page: Page) -> StructuredData:
    data = StructuredData()
    for script in page.tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        text = script.text or ""
        parsed = _load_json(text)
        if parsed is None:
            data.broken_blocks += 1
            # Broken JSON: still read the few fields we need with a tolerant pattern.
            for key, value in LOOSE_FIELD_RE.findall(text):
                if key in ("telephone", "faxNumber"):
                    data.phones.append((value, key == "faxNumber"))
                elif key == "email":
                    data.emails.append(value)
                else:
                    data.addresses.append({"country": value})
            continue
        _walk(parsed, data)
    _read_microdata(page, data)
    _read_open_graph(page, data)
    return data


def _read_open_graph(page: Page, data: StructuredData) -> None:
    """``<meta property="og:phone_number">`` (and ``og:fax_number``): the page's own number, declared for sharing."""
    for meta in page.tree.iter("meta"):
        prop = (meta.get("property") or meta.get("name") or "").lower()
        value = (meta.get("content") or "").strip()
        if prop in OPEN_GRAPH_PHONES and value:
            data.phones.append((value, OPEN_GRAPH_PHONES[prop]))


def _microdata_value(el: Any) -> str:
    for attr in ("content", "href", "datetime", "value"):
        if el.get(attr):
            return el.get(attr).strip()
    return " ".join(" ".join(el.itertext()).split())


def _read_microdata(page: Page, data: StructuredData) -> None:
    address_parts: dict[int, dict[str, str]] = {}
    for el in page.tree.xpath("//*[@itemprop]"):
        for prop in el.get("itemprop", "").split():
            if prop not in MICRODATA_PROPS:
                continue
            value = _microdata_value(el)
            if not value:
                continue
            if prop in ("telephone", "faxNumber"):
                data.phones.append((value.removeprefix("tel:"), prop == "faxNumber"))
            elif prop == "email":
                data.emails.append(value.removeprefix("mailto:"))
            elif prop == "url":
                data.urls.append(value)
            elif prop == "sameAs":
                data.same_as.append(value)
            else:
                scope = el.xpath("ancestor::*[@itemscope][1]")
                key = id(scope[0]) if scope else 0
                address_parts.setdefault(key, {})[prop] = value
    for parts in address_parts.values():
        if (address := _address(parts)) is not None:
            data.addresses.append(address)
