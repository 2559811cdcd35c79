"""A page's own data, as the fallback of a recipe's selectors: a recipe names it with ``"page_data": "<kind>"`` (on
the listing for its items, under ``detail`` for detail pages), and every field its selectors left empty is filled
from it. Pure functions of the page (no network).

``google_maps``: the place's identity from its URL (``…/data=!4m7!3m6!1s0x…:0x<cid hex>!8m2!3d<lat>!4d<lng>…
!19s<place id>``) and the place JSON Maps puts in the page (``window.APP_INITIALIZATION_STATE``: the full place
record where the page carries it, as in gosom's test data, else the short record of a 2026 place page with id, name,
coordinates and place id). Fields: name, category, address, phone, website, rating, reviews, hours, latitude,
longitude, place_id, cid, data_id, price_level, plus_code, timezone.
"""

import json
import re
from html import unescape
from typing import Any
from urllib.parse import unquote

from scraping.runner.links import unwrap_url

PAGE_DATA_KINDS = ("google_maps", "json_ld", "social_meta")

_DATA_ID = re.compile(r"0x[0-9a-f]{6,16}:0x([0-9a-f]{1,16})", re.I)
_PLACE_ID = re.compile(r"\b(ChIJ[\w-]{15,})")
_STATE = re.compile(r"APP_INITIALIZATION_STATE\s*=\s*")


def _get(data: Any, *path: int) -> Any:
    for index in path:
        if not isinstance(data, list) or not -len(data) <= index < len(data):
            return None
        data = data[index]
    return data


def _number(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def place_from_url(url: str) -> dict[str, str]:
    """What a Maps place URL says of its place: place id, cid (from the data id), data id, latitude, longitude."""
    url = unquote(url or "")
    values: dict[str, str] = {}
    if found := re.search(r"!19s(ChIJ[\w-]+)", url) or re.search(r"(?:query_place_id=|place_id:)(ChIJ[\w-]+)", url):
        values["place_id"] = found.group(1)
    if found := re.search(r"!1s(0x[0-9a-f]+:0x[0-9a-f]+)", url, re.I):
        values["data_id"] = found.group(1)
        values["cid"] = str(int(found.group(1).split(":")[1], 16))
    elif found := re.search(r"[?&](?:cid|ludocid)=(\d+)", url):
        values["cid"] = found.group(1)
    if found := re.search(r"!3d(-?\d+(?:\.\d+)?)!4d(-?\d+(?:\.\d+)?)", url):
        values["latitude"], values["longitude"] = found.group(1), found.group(2)
    return values


def _state_records(html: str) -> list[Any]:
    """The JSON records (``)]}'``-prefixed strings) inside the page's APP_INITIALIZATION_STATE."""
    found = _STATE.search(html)
    if not found:
        return []
    try:
        state, _ = json.JSONDecoder().raw_decode(html, found.end())
    except ValueError:
        return []
    records = []
    stack = [state]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str) and node.startswith(")]}'"):
            try:
                records.append(json.loads(node[4:].lstrip()))
            except ValueError:
                continue
    return records


def _is_place(node: Any) -> bool:
    return isinstance(_get(node, 10), str) and bool(_DATA_ID.fullmatch(node[10])) and isinstance(_get(node, 11), str)


def _full_place(record: Any) -> list | None:
    """The full place record (gosom's ``darray``): its [10] the data id, [11] the name."""
    stack = [record]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            if len(node) > 80 and _is_place(node):
                return node
            stack.extend(item for item in node if isinstance(item, list))
    return None


def _hours(place: list) -> str:
    days = _get(place, 34, 1)
    if not isinstance(days, list):
        return ""
    parts = []
    for day in days:
        name, times = _get(day, 0), _get(day, 1)
        if isinstance(name, str) and isinstance(times, list):
            parts.append(f"{name}: {', '.join(t for t in times if isinstance(t, str))}")
    return "; ".join(parts)


def _from_full_place(place: list) -> dict[str, str]:
    name = place[11]
    address = _get(place, 39) or _get(place, 18) or ""
    if isinstance(address, str) and address.startswith(f"{name}, "):
        address = address[len(name) + 2 :]
    categories = _get(place, 13)
    values = {
        "name": name,
        "category": categories[0] if isinstance(categories, list) and categories else "",
        "address": address if isinstance(address, str) else "",
        "phone": _get(place, 178, 0, 0) or "",
        "website": _get(place, 7, 0) or "",
        "rating": _number(_get(place, 4, 7)),
        "reviews": _number(_get(place, 4, 8)),
        "hours": _hours(place),
        "latitude": _number(_get(place, 9, 2)),
        "longitude": _number(_get(place, 9, 3)),
        "place_id": _get(place, 78) or "",
        "data_id": place[10],
        "price_level": _get(place, 4, 2) or "",
        "plus_code": _get(place, 183, 2, 2, 0) or "",
        "timezone": _get(place, 30) or "",
    }
    values["cid"] = str(int(place[10].split(":")[1], 16))
    return {k: v for k, v in values.items() if isinstance(v, str) and v}


def _from_short_place(record: Any) -> dict[str, str]:
    """A 2026 place page's short record: ``[data id, name, viewport, [_, _, lat, lng], …, [[_, _, _, mid, id]]]``."""
    node = _get(record, 0)
    if not (isinstance(_get(node, 0), str) and _DATA_ID.fullmatch(node[0]) and isinstance(_get(node, 1), str)):
        return {}
    values = {"data_id": node[0], "cid": str(int(node[0].split(":")[1], 16)), "name": node[1]}
    lat, lng = _get(node, 3, 2), _get(node, 3, 3)
    if isinstance(lat, float) and isinstance(lng, float):
        values["latitude"], values["longitude"] = repr(lat), repr(lng)
    if found := _PLACE_ID.search(json.dumps(node)):
        values["place_id"] = found.group(1)
    return values


def google_maps_place(html: str, url: str = "") -> dict[str, str]:
    """The place a Maps place page shows, from its URL and the place JSON in the page (the URL wins)."""
    values: dict[str, str] = {}
    for record in _state_records(html):
        place = _full_place(record)
        found = _from_full_place(place) if place is not None else _from_short_place(record)
        if found:
            values = {**found, **values} if values else found
            if place is not None:
                break
    return {**values, **place_from_url(url)}


def fill_from_page_data(kind: str | None, values: dict[str, str], *, html: str = "", url: str = "") -> list[str]:
    """Fill the empty fields of ``values`` (only those the recipe has, plus the place identity fields) from the
    page's own data; returns the names filled."""
    if kind != "google_maps":
        return []
    found = google_maps_place(html, url) if html else place_from_url(url)
    identity = ("place_id", "cid", "latitude", "longitude")
    filled = []
    for name, value in found.items():
        if value and not values.get(name) and (name in values or name in identity):
            values[name] = value
            filled.append(name)
    return filled


# --- JSON-LD (a LinkedIn company page's Organization, a business site's LocalBusiness) -------------------------------
_JSON_LD = re.compile(r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script>", re.I | re.S)
_ORG_TYPES = re.compile(r"Organization|Corporation|Business|Store|Restaurant|Place|Brand|NGO|School|Hospital", re.I)
_SOCIAL_HOSTS = re.compile(r"(^|\.)(linkedin|facebook|instagram|twitter|x|youtube|tiktok|pinterest)\.com$", re.I)


def _nodes(data: Any) -> list[dict]:
    found, stack = [], [data]
    while stack:
        node = stack.pop(0)
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            found.append(node)
            stack.extend(v for k, v in node.items() if k in ("@graph", "mainEntity", "about", "author"))
    return found


def _types(node: dict) -> str:
    kind = node.get("@type", "")
    return " ".join(kind) if isinstance(kind, list) else str(kind)


def _address(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, str):
        return value.strip()
    if not isinstance(value, dict):
        return ""
    parts = ("streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry")
    texts = [value.get(p) if isinstance(value.get(p), str) else (value.get(p) or {}).get("name", "") for p in parts]
    return ", ".join(t.strip() for t in texts if isinstance(t, str) and t.strip())


def _bare_host(url: str) -> str:
    """``url``'s host, lower case, without ``www.`` (the whole string when it is not an http(s) URL)."""
    return re.sub(r"^www\.", "", re.sub(r"^https?://([^/?#]+).*$", r"\1", url.lower()))


def _website(node: dict, own_host: str) -> str:
    same = node.get("sameAs")
    candidates = ([same] if isinstance(same, str) else [s for s in same or [] if isinstance(s, str)]) + [
        node.get("url") if isinstance(node.get("url"), str) else ""
    ]
    for candidate in candidates:
        url = unwrap_url(candidate.strip())
        host = _bare_host(url)
        if url.startswith(("http://", "https://")) and not _SOCIAL_HOSTS.search(host) and host != own_host:
            return url
    return ""


def _employees(value: Any) -> str:
    if isinstance(value, dict):
        if value.get("value") is not None:
            return str(value["value"])
        low, high = value.get("minValue"), value.get("maxValue")
        return f"{low}-{high}" if low is not None and high is not None else str(low or high or "")
    return str(value) if isinstance(value, (int, str)) else ""


def json_ld_organization(html: str, url: str = "") -> dict[str, str]:
    """The first organisation the page's JSON-LD describes: name, website (unwrapped, not a social profile), address,
    size, category (industry), phone, email, description."""
    own_host = _bare_host(url or "")
    for block in _JSON_LD.findall(html):
        try:
            data = json.loads(block.strip(), strict=False)
        except ValueError:
            continue
        for node in _nodes(data):
            if not _ORG_TYPES.search(_types(node)) or not isinstance(node.get("name"), str):
                continue
            industry = node.get("industry") or node.get("knowsAbout") or ""
            values = {
                "name": node["name"].strip(),
                "website": _website(node, own_host),
                "address": _address(node.get("address") or node.get("location")),
                "size": _employees(node.get("numberOfEmployees")),
                "category": industry if isinstance(industry, str) else "",
                "phone": node.get("telephone") if isinstance(node.get("telephone"), str) else "",
                "email": (node.get("email") or "").removeprefix("mailto:")
                if isinstance(node.get("email"), str)
                else "",
                "description": node.get("description") if isinstance(node.get("description"), str) else "",
            }
            return {k: v.strip() for k, v in values.items() if v and v.strip()}
    return {}


# --- Social profiles' meta data (Instagram, Facebook, X) ---------------------------------------------------------
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*("[^"]*"|'[^']*')""")
_COUNT = r"(\d[\d.,]*\s*[KMBkmb]?)"


def _metas(html: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in _META.findall(html[:500_000]):
        attrs = {k.lower(): unescape(v[1:-1]) for k, v in _ATTR.findall(tag)}
        key = attrs.get("property") or attrs.get("name") or ""
        if key and "content" in attrs and key.lower() not in found:
            found[key.lower()] = re.sub(r"\s+", " ", attrs["content"]).strip()
    return found


def count_value(text: str) -> str:
    """'307M' → '307000000', '1,234' → '1234', '2.5K' → '2500'."""
    text = text.strip().replace(" ", "")
    scale = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000}.get(text[-1:].lower(), 1)
    number = text[:-1] if scale > 1 else text
    if scale == 1:
        return re.sub(r"\D", "", number)
    try:
        return str(int(float(number.replace(",", ".")) * scale))
    except ValueError:
        return ""


def social_meta(html: str, url: str = "") -> dict[str, str]:
    """A public profile's name, handle, followers, following, posts, likes, category and bio from its meta tags
    (``og:title``, ``og:description``, ``description``), e.g. Instagram's '307M Followers, 190 Following, 1407 Posts
    - See Instagram photos and videos from Name (@handle)' or '… - Name (@handle) on Instagram: "bio"', Facebook's
    'Name, City. 1,234 likes · 56 talking about this. Bio'."""
    metas = _metas(html)
    title = metas.get("og:title") or metas.get("twitter:title") or ""
    description = metas.get("og:description") or metas.get("description") or metas.get("twitter:description") or ""
    values: dict[str, str] = {}
    if not title and not description:  # no profile data at all (a login wall, an error page)
        return values
    if found := re.search(r"\(@([A-Za-z0-9_.]{1,30})\)", f"{title} {description}"):
        values["handle"] = found.group(1)
    elif found := re.search(r"(?:instagram|x|twitter|facebook)\.com/([A-Za-z0-9_.]{1,50})/?$", url or ""):
        values["handle"] = found.group(1)
    name = re.split(r"\s+\(@|\s+[•|·]\s+|\s+-\s+Home$| on (?:Instagram|X|Facebook)", title)[0].strip()
    if name and name.lower() not in ("instagram", "facebook", "x", "log in", "login"):
        values["name"] = name
    for field_name, label in (
        ("followers", r"Followers?"),
        ("following", r"Following"),
        ("posts", r"Posts?"),
        ("likes", r"likes?"),
    ):
        if found := re.search(_COUNT + r"\s*" + label + r"\b", description, re.I):
            values[field_name] = count_value(found.group(1))
    bio = ""
    if found := re.search(r"on (?:Instagram|Facebook|X)\s*:\s*[\"“](.*)[\"”]\s*$", description, re.S):
        bio = found.group(1)
    elif description and not re.search(r"See (?:Instagram|Facebook) photos and videos", description):
        # Facebook: 'Name, City. 1,234 likes · 56 talking about this · 12 were here. The bio.'
        rest = re.sub(
            r"^.*?(?:\d[\d.,]*\s*[KMB]?\s*(?:likes?|followers?|were here|talking about this)[\s·.,]*)+",
            "",
            description,
            flags=re.I | re.S,
        )
        if rest != description:
            bio = rest
        elif not re.match(r"^" + _COUNT + r"\s*Followers", description, re.I):
            bio = description
    if bio.strip():
        values["bio"] = bio.strip()
    if (found := re.search(r"^[^.]+?\.\s*([^.·]+?)\.\s*\d", description)) and "likes" in description:
        values.setdefault("category", found.group(1).strip())
    return values


def fill_page_data(kind: str | None, values: dict[str, str], *, html: str = "", url: str = "") -> list[str]:
    """``fill_from_page_data`` for every kind: empty fields filled from what the page itself carries."""
    if kind == "google_maps" or not html:
        return fill_from_page_data(kind, values, html=html, url=url)
    readers = {"json_ld": json_ld_organization, "social_meta": social_meta}
    if kind not in readers:
        return []
    filled = []
    for name, value in readers[kind](html, url).items():
        if value and not values.get(name):
            values[name] = value
            filled.append(name)
    return filled
