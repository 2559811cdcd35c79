"""What a business's own home page says about it: JSON-LD Organization/LocalBusiness, meta tags, technologies.

Pure parsing of untrusted HTML (no network); values are plain strings, capped in length, never markup.
"""

import re
from typing import Any

from scraping.extraction.page import Page
from scraping.extraction.structured import _load_json

MAX_TEXT = 500
BUSINESS_TYPE_RE = re.compile(
    r"Organization|Business|Store|Shop|Restaurant|Cafe|CafeOrCoffeeShop|Bakery|Bar|Hotel|Service|Dentist|Physician|"
    r"Clinic|Agency|Contractor|Plumber|Electrician|Locksmith|Attorney|Notary|Salon|Spa|Gym|Center|Office|Dealer",
)
TECHNOLOGIES = [
    ("WordPress", re.compile(r"/wp-content/|/wp-includes/|content=\"WordPress", re.I)),
    ("Shopify", re.compile(r"cdn\.shopify\.com|Shopify\.theme", re.I)),
    ("Wix", re.compile(r"static\.wixstatic\.com|content=\"Wix\.com", re.I)),
    ("Squarespace", re.compile(r"static1\.squarespace\.com|squarespace-cdn", re.I)),
    ("Webflow", re.compile(r"webflow\.(?:js|com)|data-wf-page", re.I)),
    ("Drupal", re.compile(r"/sites/default/files/|content=\"Drupal", re.I)),
    ("Joomla", re.compile(r"content=\"Joomla", re.I)),
    ("WooCommerce", re.compile(r"woocommerce", re.I)),
    ("Next.js", re.compile(r"__NEXT_DATA__|/_next/static/", re.I)),
    ("Google Tag Manager", re.compile(r"googletagmanager\.com/gtm\.js", re.I)),
    ("Google Analytics", re.compile(r"google-analytics\.com|googletagmanager\.com/gtag/js", re.I)),
    ("Meta Pixel", re.compile(r"connect\.facebook\.net/[^\"']*/fbevents\.js", re.I)),
    ("HubSpot", re.compile(r"js\.hs-scripts\.com|js\.hsforms\.net", re.I)),
    ("Intercom", re.compile(r"widget\.intercom\.io|intercomSettings", re.I)),
    ("Stripe", re.compile(r"js\.stripe\.com", re.I)),
    ("Calendly", re.compile(r"assets\.calendly\.com|calendly\.com/", re.I)),
    ("reCAPTCHA", re.compile(r"google\.com/recaptcha", re.I)),
    ("jQuery", re.compile(r"jquery(?:\.min)?\.js", re.I)),
]
DAY_NAMES = {
    "monday": "Mo",
    "tuesday": "Tu",
    "wednesday": "We",
    "thursday": "Th",
    "friday": "Fr",
    "saturday": "Sa",
    "sunday": "Su",
}


def _clean(value: Any, limit: int = MAX_TEXT) -> str:
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return ""
    return " ".join(str(value).split())[:limit]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _types(node: dict[str, Any]) -> list[str]:
    return [str(t).rsplit("/", 1)[-1] for t in _as_list(node.get("@type")) if isinstance(t, str)]


def _nodes(value: Any, depth: int = 0):
    if depth > 8:
        return
    if isinstance(value, list):
        for item in value:
            yield from _nodes(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "publisher", "provider", "author", "brand", "parentOrganization"):
            if key in value:
                yield from _nodes(value[key], depth + 1)


def _address(value: Any) -> str:
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, list):
        return next((a for a in (_address(v) for v in value) if a), "")
    if not isinstance(value, dict):
        return ""
    parts = [
        _clean(value.get(key))
        for key in ("streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry")
    ]
    return ", ".join(p for p in parts if p)


def _geo(value: Any) -> dict[str, float] | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, dict):
        return None
    try:
        lat, lng = float(value.get("latitude")), float(value.get("longitude"))
    except (TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        return None
    return {"lat": lat, "lng": lng}


def _hours(node: dict[str, Any]) -> list[str]:
    """Opening hours as schema.org short strings ("Mo-Fr 09:00-17:00"), from either form."""
    out = [_clean(h, 100) for h in _as_list(node.get("openingHours")) if _clean(h, 100)]
    for spec in _as_list(node.get("openingHoursSpecification")):
        if not isinstance(spec, dict):
            continue
        days = [_clean(d).rsplit("/", 1)[-1].lower() for d in _as_list(spec.get("dayOfWeek"))]
        short = ",".join(DAY_NAMES.get(d, d[:2].title()) for d in days if d)
        opens, closes = _clean(spec.get("opens"), 8)[:5], _clean(spec.get("closes"), 8)[:5]
        if short and opens and closes:
            out.append(f"{short} {opens}-{closes}")
    return out[:14]


def _business_node(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The node that describes the business: a LocalBusiness subtype first, then any Organization."""
    scored = []
    for node in nodes:
        types = _types(node)
        if not any(BUSINESS_TYPE_RE.search(t) for t in types) or "WebSite" in types:
            continue
        richness = sum(
            1 for key in ("address", "geo", "telephone", "openingHours", "openingHoursSpecification") if key in node
        )
        local = 0 if types == ["Organization"] else 1
        scored.append((local, richness, node))
    if not scored:
        return None
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return scored[0][2]


def _meta(page: Page, *names: str) -> str:
    head = page.tree.find("head")
    if head is None:
        return ""
    for meta in head.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        if key in names and meta.get("content"):
            return _clean(meta.get("content"))
    return ""


def technologies(html: str) -> list[str]:
    return [name for name, pattern in TECHNOLOGIES if pattern.search(html)]


def business_from_page(page: Page) -> dict[str, Any]:
    """The business as its page describes it (empty values when the page does not say)."""
    nodes: list[dict[str, Any]] = []
    for script in page.tree.iter("script"):
        if "ld+json" in (script.get("type") or "").lower():
            parsed = _load_json(script.text or "")
            if parsed is not None:
                nodes.extend(_nodes(parsed))
    node = _business_node(nodes) or {}
    title = page.tree.findtext(".//title") or ""
    return {
        "found_structured_data": bool(node),
        "types": _types(node),
        "name": _clean(node.get("name"), 200) or _meta(page, "og:site_name") or _clean(title, 200),
        "description": _clean(node.get("description")),
        "meta_description": _meta(page, "description", "og:description"),
        "address": _address(node.get("address")),
        "geo": _geo(node.get("geo")),
        "opening_hours": _hours(node),
        "telephone": _clean(node.get("telephone"), 60),
        "same_as": [u for u in (_clean(v, 300) for v in _as_list(node.get("sameAs"))) if u.startswith("http")][:20],
        "price_range": _clean(node.get("priceRange"), 20),
        "technologies": technologies(page.html),
    }
