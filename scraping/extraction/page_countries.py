"""Which countries a page speaks for, read the way a person reads it, with the reason for each.

Signals, each adding a weight to a region (``WEIGHTS``): the page's own address (URL, canonical link, ``og:url``,
its ``hreflang`` alternate), the country-code domains it links to, the address country of its structured data,
``<html lang>``/``og:locale``, the language of its visible text (detected by ``py3langid``, shared among the
countries that speak it), country and large-city names, postcodes, currency signs, and the country codes of its
own international-format numbers. ``region_choice.RegionChoice`` then picks, per number, the best-scored region
where that number is valid. Nothing on the page: the default region (US).
"""

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers
import py3langid

from scraping.extraction.context_regions import POSTCODE_GATE_RE, POSTCODE_RES
from scraping.extraction.country_data import (
    currency_regions,
    language_regions,
    place_first_words,
    place_names,
)
from scraping.extraction.regions import SUPPORTED, normalise_region, region_from_lang, region_from_url

WEIGHTS = {
    "url": 6.0,  # the address the page was fetched from
    "canonical": 5.0,  # <link rel=canonical>, og:url
    "address": 7.0,  # JSON-LD / microdata addressCountry
    "hreflang": 4.0,  # the page's own <link rel=alternate hreflang=de-AT>
    "lang_region": 2.5,  # <html lang=en-GB>, og:locale
    "language": 3.0,  # detected language of the text (times the region's share of its speakers)
    "declared_language": 2.5,  # <html lang=de> without a region (times the share)
    "link_domain": 1.0,  # each linked host on a country-code domain (at most 3 per region)
    "international_number": 2.0,  # each distinct +CC number of the page (at most 4 per region)
    "country_name": 1.0,  # each mention of a country name (at most 3 per region)
    "city_name": 0.5,  # each distinct large city (at most 1.5 per region)
    "postcode": 1.0,  # an address postcode of a known shape (at most 2 per region)
    "currency": 1.0,  # each distinct currency sign or code (times the share; at most 2 per region)
}
CAPS = {
    "link_domain": 3.0,
    "international_number": 4.0,
    "country_name": 3.0,
    "city_name": 1.5,
    "postcode": 2.0,
    "currency": 2.0,
}
DEFAULT_WEIGHT = 0.5
LANGUAGE_KINDS = frozenset({"language", "declared_language"})
LANGUAGE_SAMPLE_CHARS = 2000
NON_LETTERS_RE = re.compile(r"[\W\d_]+")
# Capitalised words only: a place name in running text starts with a capital (CJK names are left to the language).
CAPITALISED_RE = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯΑ-Ω][^\W\d_]*")
# Tokens touching an amount ("R$ 25", "25 ₩", "100 zł", "19,90 EUR"): the only places a currency sign is read.
AMOUNT_TOKEN_RE = re.compile(r"(?<![^\W\d_])([^\s\d]{1,4})\s?(?=\d)|(?<=\d)\s?([^\s\d]{1,4})(?![^\W\d_])")
MIN_LANGUAGE_CHARS = 80
HREF_HOST_RE = re.compile(r"^(?:https?:)?//([^/:?#\s]+)", re.I)
INTERNATIONAL_RE = re.compile(r"(?<![\w+])(?:\+|00)\s?[1-9][\d\s().\-/]{6,18}\d")


@dataclass
class CountryScores:
    """Score per region and the signals behind it (``"links .uk ×3"``), highest first in ``ranked()``."""

    default: str = "US"
    scores: Counter = field(default_factory=Counter)
    reasons: dict[str, list[str]] = field(default_factory=dict)
    _by_kind: Counter = field(default_factory=Counter)
    _named: set = field(default_factory=set)

    def add(self, region: str | None, kind: str, reason: str, share: float = 1.0) -> None:
        if not region or region not in SUPPORTED or share <= 0:
            return
        weight = WEIGHTS[kind] * share
        if kind not in LANGUAGE_KINDS:
            self._named.add(region)
        cap = CAPS.get(kind)
        if cap is not None:
            weight = min(weight, cap - self._by_kind[(region, kind)])
            if weight <= 0:
                return
            self._by_kind[(region, kind)] += weight
        self.scores[region] += weight
        self.reasons.setdefault(region, []).append(f"{reason} (+{weight:.1f})")

    def named(self) -> set[str]:
        """Regions a signal other than the language's share points at (an address, a link, a name, a number…)."""
        return set(self._named)

    def ranked(self) -> list[tuple[str, float]]:
        scores = dict(self.scores)
        if not scores:
            return [(self.default, DEFAULT_WEIGHT)]
        return sorted(scores.items(), key=lambda item: (-item[1], item[0] != self.default, item[0]))

    def reason(self, region: str) -> str:
        if region not in self.scores:
            return "default region: nothing on the page names a country" if region == self.default else ""
        return "; ".join(self.reasons.get(region, []))


def _meta(page, prop: str) -> list[str]:
    head = page.tree.find("head")
    root = head if head is not None else page.tree
    return [
        (m.get("content") or "").strip()
        for m in root.iter("meta")
        if (m.get("property") or m.get("name") or "").lower() == prop
    ]


def own_urls(page) -> list[str]:
    """Where the page says it lives: canonical link and ``og:url``."""
    head = page.tree.find("head")
    urls = []
    if head is not None:
        urls += [
            (link.get("href") or "").strip()
            for link in head.iter("link")
            if "canonical" in (link.get("rel") or "").lower()
        ]
    return list(dict.fromkeys(u for u in urls + _meta(page, "og:url") if u))


def detect_language(texts: Iterable[str]) -> str | None:
    """The language of the page's prose (longest runs first, at most ``LANGUAGE_SAMPLE_CHARS``), or None."""
    sample, size = [], 0
    for text in sorted(texts, key=len, reverse=True):
        if size >= LANGUAGE_SAMPLE_CHARS:
            break
        sample.append(text)
        size += len(text)
    if len(NON_LETTERS_RE.sub("", "".join(sample))) < MIN_LANGUAGE_CHARS:
        return None
    language, _ = py3langid.classify(" ".join(sample)[:LANGUAGE_SAMPLE_CHARS])
    return language


def _place_mentions(text: str) -> Iterable[tuple[str, str, str]]:
    """(name, region, "country"|"city") for every capitalised country or large-city name in ``text``."""
    index, places = place_first_words(), place_names()
    covered = 0
    lowered = text.lower()
    for word in CAPITALISED_RE.finditer(text):
        if word.start() < covered:
            continue
        for name in index.get(word.group().lower(), ()):
            end = word.start() + len(name)
            if lowered.startswith(name, word.start()) and not (
                end < len(text) and (text[end].isalnum() or text[end] == "-")
            ):
                region, kind = places[name]
                yield name, region, kind
                covered = end
                break


def score_page(
    page,
    *,
    texts: list[str],
    address_countries: list[str],
    markup_numbers: list[str],
    url: str = "",
    default: str = "US",
) -> CountryScores:
    """Every country signal of the page, scored (see ``WEIGHTS``)."""
    scores = CountryScores(default=default)
    if url:
        scores.add(region_from_url(url), "url", f"page URL {url[:60]}")
    own = own_urls(page)
    for own_url in own[:2]:
        scores.add(region_from_url(own_url), "canonical", f"canonical/og:url {own_url[:60]}")
    here = {u.split("#", 1)[0].rstrip("/").lower() for u in (url, *own) if u}
    for hreflang, href in page.alternates():
        if href.split("#", 1)[0].rstrip("/").lower() in here:
            scores.add(region_from_lang(hreflang), "hreflang", f"hreflang {hreflang} of this page")
    for country in dict.fromkeys(address_countries):
        scores.add(normalise_region(country), "address", f"structured-data address country {country}")
    lang = page.lang
    if region := region_from_lang(lang):
        scores.add(region, "lang_region", f"<html lang={lang}>")
    for locale in _meta(page, "og:locale")[:1]:
        scores.add(region_from_lang(locale.replace("_", "-")), "lang_region", f"og:locale {locale}")
    declared = lang.split("-")[0].split("_")[0].lower()
    language = detect_language(texts)
    if language:
        for region, share in language_regions(language).items():
            scores.add(region, "language", f"text in language '{language}'", share)
    if declared and declared != language:
        for region, share in language_regions(declared).items():
            scores.add(region, "declared_language", f"<html lang={lang}>", share)
    linked: dict[str, set[str]] = {}
    for _, href in page.links():
        if (match := HREF_HOST_RE.match(href)) and (region := region_from_url(f"https://{match.group(1)}/")):
            linked.setdefault(region, set()).add(match.group(1).lower())
    for region, hosts in linked.items():
        for host in sorted(hosts)[:3]:
            scores.add(region, "link_domain", f"links to {host}")
    text = "\n".join(texts)
    _score_numbers(scores, text, markup_numbers)
    _score_places(scores, text)
    _score_currencies(scores, text)
    return scores


def _score_numbers(scores: CountryScores, text: str, markup_numbers: list[str]) -> None:
    seen = set()
    candidates = [m.group() for m in INTERNATIONAL_RE.finditer(text)] + [
        n for n in markup_numbers if n.lstrip().startswith(("+", "00"))
    ]
    for raw in candidates[:50]:
        try:
            number = phonenumbers.parse(raw.replace("00", "+", 1) if raw.lstrip().startswith("00") else raw, None)
        except phonenumbers.NumberParseException:
            continue
        if number.national_number in seen or not phonenumbers.is_valid_number(number):
            continue
        seen.add(number.national_number)
        region = phonenumbers.region_code_for_number(number)
        scores.add(region, "international_number", f"number {raw.strip()} in international form")


def _score_places(scores: CountryScores, text: str) -> None:
    cities = set()
    for name, region, kind in _place_mentions(text):
        if kind == "country":
            scores.add(region, "country_name", f"names '{name}'")
        elif name not in cities:
            cities.add(name)
            scores.add(region, "city_name", f"names the city '{name}'")
    if POSTCODE_GATE_RE.search(text):
        for pattern, region in POSTCODE_RES:
            for m in pattern.finditer(text):
                scores.add(region, "postcode", f"postcode '{m.group()}'")


def _currency_signs(token: str) -> Iterable[str]:
    """The currency signs a token next to an amount may be ("(R$" -> "R$", "€/Min." -> "€")."""
    token = token.strip("()[]*/:;,")
    yield token
    for size in (3, 2, 1):
        yield token[:size]
        yield token[-size:]


@lru_cache(maxsize=4096)
def _currency_sign(token: str) -> str | None:
    table = currency_regions()
    sign = next((s for s in _currency_signs(token) if s in table), None)
    # A sign of letters is a whole word ("Ar" in "Artikel" is no ariary).
    if sign and (not sign[0].isalpha() or sign == token.strip("()[]*/:;,")):
        return sign
    return None


def _score_currencies(scores: CountryScores, text: str) -> None:
    table = currency_regions()
    found = {sign for m in AMOUNT_TOKEN_RE.finditer(text) if (sign := _currency_sign(m.group(1) or m.group(2)))}
    for sign in sorted(found):
        for region, share in table[sign].items():
            scores.add(region, "currency", f"currency {sign}", share)
