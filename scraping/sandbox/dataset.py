"""The fictional businesses behind every sandbox site, generated from a fixed seed so pages never change.

Every name, address, domain (example.com) and phone number (fictional ranges: North American 555-01xx, UK
020 7946 0xxx, Australia 02 5550 xxxx, Berlin 030 23125 xxx) is made up.
"""

import math
import random
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

SEED = 20261121


@dataclass(frozen=True)
class City:
    name: str
    country: str  # ISO 3166 code
    language: str
    streets: tuple[str, ...]
    postcode: str
    lat: float = 0.0
    lng: float = 0.0


CITIES = (
    City(
        "Toronto",
        "CA",
        "en",
        ("Queen Street West", "Dundas Street", "Spadina Avenue", "King Street East"),
        "M5V",
        43.6532,
        -79.3832,
    ),
    City(
        "Vancouver",
        "CA",
        "en",
        ("Granville Street", "Main Street", "Commercial Drive", "Robson Street"),
        "V6B",
        49.2827,
        -123.1207,
    ),
    City(
        "New York",
        "US",
        "en",
        ("Bleecker Street", "Atlantic Avenue", "Amsterdam Avenue", "Grand Street"),
        "100",
        40.7128,
        -74.0060,
    ),
    City(
        "London",
        "GB",
        "en",
        ("Exmouth Market", "Lower Marsh", "Camden Passage", "Brixton Road"),
        "EC1",
        51.5072,
        -0.1276,
    ),
    City(
        "Sydney",
        "AU",
        "en",
        ("King Street", "Crown Street", "Darling Street", "Glebe Point Road"),
        "20",
        -33.8688,
        151.2093,
    ),
    City(
        "Berlin", "DE", "de", ("Torstraße", "Oranienstraße", "Kastanienallee", "Bergmannstraße"), "10", 52.5200, 13.4050
    ),
)

CATEGORIES = (
    ("coffee", "Coffee shop", "Café"),
    ("plumber", "Plumber", "Klempner"),
    ("dentist", "Dentist", "Zahnarzt"),
    ("bakery", "Bakery", "Bäckerei"),
    ("electrician", "Electrician", "Elektriker"),
    ("florist", "Florist", "Blumenladen"),
    ("lawyer", "Law firm", "Anwaltskanzlei"),
    ("yoga", "Yoga studio", "Yogastudio"),
)

_FIRST = (
    "Maple",
    "Harbour",
    "Cedar",
    "Lantern",
    "Copper",
    "Juniper",
    "Willow",
    "Granite",
    "Saffron",
    "Birch",
    "Meridian",
    "Northgate",
    "Blue Heron",
    "Old Mill",
    "Sparrow",
    "Tidewater",
    "Orchard",
    "Summit",
    "Foxglove",
    "Ironbridge",
    "Kestrel",
    "Marigold",
    "Riverside",
    "Bramble",
)
_SUFFIX = {
    "coffee": ("Coffee", "Roasters", "Espresso Bar", "Café"),
    "plumber": ("Plumbing", "Pipe & Drain", "Plumbing Co.", "Heating & Plumbing"),
    "dentist": ("Dental", "Family Dentistry", "Dental Clinic", "Smile Studio"),
    "bakery": ("Bakery", "Bakehouse", "Patisserie", "Bread Co."),
    "electrician": ("Electric", "Electrical Services", "Wiring Co.", "Power & Light"),
    "florist": ("Flowers", "Florist", "Blooms", "Flower Studio"),
    "lawyer": ("Law", "Legal LLP", "& Partners", "Law Chambers"),
    "yoga": ("Yoga", "Yoga Studio", "Movement", "Yoga Loft"),
}
PER_CITY_AND_CATEGORY = 12  # 96 per city: fits the 100 numbers of 555-0100..0199


@dataclass(frozen=True)
class Business:
    """One fictional business: the maps place, its directory listing and its website all describe it."""

    id: str
    slug: str
    name: str
    category: str
    category_label: str
    city: City
    address: str
    phone_e164: str
    phone_display: str
    email: str
    domain: str
    rating: float
    reviews: int
    has_website: bool
    phone_on_home: str  # where the home page shows the phone: tel_link, text, image, none (contact page only)
    disallow_private: bool
    hours: tuple[str, ...] = field(default=())
    lat: float = 0.0
    lng: float = 0.0

    @property
    def german(self) -> bool:
        return self.city.language == "de"

    @property
    def site_path(self) -> str:
        return f"/sites/{self.slug}/"


def _phone(city: City, n: int) -> tuple[str, str]:
    """A number in a fictional range for the city's country: (E.164, how the country writes it)."""
    if city.country in ("CA", "US"):
        area = {"Toronto": "416", "Vancouver": "604", "New York": "212"}[city.name]
        line = f"01{n % 100:02d}"
        return f"+1{area}555{line}", f"({area}) 555-{line}"
    if city.country == "GB":
        line = f"0{n % 1000:03d}"
        return f"+44207946{line}", f"020 7946 {line}"
    if city.country == "AU":
        line = f"{n % 10000:04d}"
        return f"+6125550{line}", f"(02) 5550 {line}"
    line = f"{n % 1000:03d}"
    return f"+493023125{line}", f"030 23125{line}"


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", "and")).strip("-")


@cache
def businesses() -> tuple[Business, ...]:
    rng = random.Random(SEED)
    geo = random.Random(SEED + 1)  # separate stream: coordinates never shift names or numbers
    result = []
    counter = 0
    for city in CITIES:
        in_city = 0
        for key, label_en, label_de in CATEGORIES:
            for _ in range(PER_CITY_AND_CATEGORY):
                counter += 1
                in_city += 1
                name = f"{rng.choice(_FIRST)} {rng.choice(_SUFFIX[key])}"
                slug = f"{_slugify(name)}-{_slugify(city.name)}-{counter}"
                e164, display = _phone(city, in_city)
                number = rng.randint(2, 480)
                street = rng.choice(city.streets)
                if city.country == "DE":
                    address = f"{street} {number}, {city.postcode}{rng.randint(100, 999)} {city.name}"
                elif city.country == "GB":
                    address = f"{number} {street}, {city.name} {city.postcode} {rng.randint(1, 9)}XZ"
                else:
                    address = f"{number} {street}, {city.name} {city.postcode}{rng.randint(10, 99)}"
                domain = f"{slug.rsplit('-', 1)[0]}.example.com"
                result.append(
                    Business(
                        id=f"{counter:04x}{rng.getrandbits(32):08x}",
                        slug=slug,
                        name=name,
                        category=key,
                        category_label=label_de if city.language == "de" else label_en,
                        city=city,
                        address=address,
                        phone_e164=e164,
                        phone_display=display,
                        email=f"hello@{domain}",
                        domain=domain,
                        rating=round(rng.uniform(3.2, 5.0), 1),
                        reviews=rng.randint(3, 900),
                        has_website=counter % 9 != 0,
                        phone_on_home=("tel_link", "text", "image", "none")[counter % 4],
                        disallow_private=counter % 3 == 0,
                        hours=("Mon-Fri 8:00-18:00", "Sat 9:00-14:00") if counter % 2 else ("Daily 7:00-19:00",),
                        lat=round(city.lat + geo.uniform(-0.06, 0.06), 5),  # within ~7 km of the centre
                        lng=round(city.lng + geo.uniform(-0.08, 0.08), 5),
                    )
                )
    return tuple(result)


@cache
def by_id() -> dict[str, Business]:
    return {b.id: b for b in businesses()}


@cache
def by_slug() -> dict[str, Business]:
    return {b.slug: b for b in businesses()}


# Words a search may carry that say nothing of what or where ("plumbers near me", "best coffee in toronto").
FILLER_WORDS = frozenset(
    "near me in at on the a an of for and or best top good cheap local nearby around open now my our".split()
)


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() or word


def search(query: str) -> list[Business]:
    """Businesses matching every word of ``query``: a category (English or local) or a city, else a word of the
    business's name. Filler words ("near", "in", "best") are ignored; a word that matches nothing at all (a pizza
    search, where the sandbox has no pizzeria) finds nothing, as a real map would show no such places."""
    words = [w for w in re.findall(r"\w+", query.lower()) if len(w) > 1]
    vocab: dict[str, set] = {}
    for key, label_en, label_de in CATEGORIES:
        for term in {key, *re.findall(r"\w+", label_en.lower()), *re.findall(r"\w+", label_de.lower())}:
            vocab.setdefault(term, set()).add(("category", key))
            vocab.setdefault(_fold(term), set()).add(("category", key))
    for city in CITIES:
        for term in re.findall(r"\w+", city.name.lower()):
            vocab.setdefault(term, set()).add(("city", city.name))
            vocab.setdefault(_fold(term), set()).add(("city", city.name))
        vocab.setdefault(city.country.lower(), set()).add(("city", city.name))
    wanted: dict[str, set[str]] = {}
    named: list[str] = []  # words that must be in the business's name
    for word in words:
        found = set()
        for form in (word, word.rstrip("s"), word.removesuffix("ies") + "y", _fold(word), _fold(word).rstrip("s")):
            found |= vocab.get(form, set())
        if found:
            for kind, value in found:
                wanted.setdefault(kind, set()).add(value)
        elif word not in FILLER_WORDS and not word.isdigit():
            named.append(word)
    if not wanted and not named:
        return []
    return [
        b
        for b in businesses()
        if ("category" not in wanted or b.category in wanted["category"])
        and ("city" not in wanted or b.city.name in wanted["city"])
        and all(word in _fold(b.name.lower()) or word in b.name.lower() for word in named)
    ]


MAX_RESULTS = 60  # like Maps (which stops near 120): wider searches must be split into smaller areas


def distance_km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def search_area(query: str, *, near: tuple[float, float] | None = None, radius_km: float | None = None) -> list:
    """``search`` as the maps site shows it: within ``radius_km`` of ``near`` (closest first) when given, and never
    more than ``MAX_RESULTS`` places."""
    results = search(query)
    if near is not None:
        results = sorted(results, key=lambda b: distance_km(near[0], near[1], b.lat, b.lng))
        if radius_km is not None:
            results = [b for b in results if distance_km(near[0], near[1], b.lat, b.lng) <= radius_km]
    return results[:MAX_RESULTS]
