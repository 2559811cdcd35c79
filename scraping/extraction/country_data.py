"""The data the page-country signals read (``data/countries.json``, built by ``data/build_countries.py``).

Country names (CLDR, in 32 languages), language -> regions by speakers, currency signs and codes -> regions, large
cities -> region. Loaded once, on first use.
"""

import json
import pathlib
import re
from functools import cache

from scraping.extraction.context_regions import NAMES as LABEL_NAMES

DATA = pathlib.Path(__file__).parent / "data" / "countries.json"
WORD_RE = re.compile(r"[^\W\d_]+")


@cache
def _data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


@cache
def country_names() -> dict[str, str]:
    """Lower-case country name (any of 32 languages, plus the label names of ``context_regions``) -> region."""
    return {**_data()["names"], **LABEL_NAMES}


@cache
def city_names() -> dict[str, str]:
    return _data()["cities"]


@cache
def language_regions(language: str) -> dict[str, float]:
    """Region -> share of the people who speak ``language`` ("de" -> DE 0.65, AT 0.07, CH 0.06, …)."""
    return _data()["languages"].get(language.lower(), {})


@cache
def currency_regions() -> dict[str, dict[str, float]]:
    """Currency sign or ISO code ("R$", "₩", "EUR") -> region -> share of the people who pay with it."""
    return _data()["currencies"]


@cache
def place_names() -> dict[str, tuple[str, str]]:
    """Lower-case country or city name -> (region, "country"|"city"); keyed for a first-word gate."""
    places = {name: (region, "city") for name, region in city_names().items()}
    places.update({name: (region, "country") for name, region in country_names().items()})
    return places


@cache
def place_first_words() -> dict[str, list[str]]:
    """First word of every place name -> the names starting with it, longest first."""
    index: dict[str, list[str]] = {}
    for name in place_names():
        words = WORD_RE.findall(name)
        if words:
            index.setdefault(words[0], []).append(name)
    for names in index.values():
        names.sort(key=len, reverse=True)
    return index
