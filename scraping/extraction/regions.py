"""Region codes from a hint, a URL's country-code domain or a ``lang`` tag.

Which regions a page's national numbers are read in: ``page_countries`` (scores) and ``region_choice`` (per number);
numbers of other countries named just before them: ``context_regions``.
"""

import re

import phonenumbers
import tldextract

from scraping.extraction.urls import safe_split

# Bundled public-suffix snapshot only: nothing may download at run time.
TLD_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

SUPPORTED = frozenset(phonenumbers.SUPPORTED_REGIONS)
TLD_OVERRIDES = {"uk": "GB", "eu": None, "io": None, "co": None, "tv": None, "me": None, "ai": None, "app": None}
COUNTRY_NAMES = {
    "united states": "US",
    "usa": "US",
    "united states of america": "US",
    "canada": "CA",
    "united kingdom": "GB",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "deutschland": "DE",
    "germany": "DE",
    "france": "FR",
    "australia": "AU",
    "india": "IN",
    "ireland": "IE",
    "new zealand": "NZ",
    "österreich": "AT",
    "austria": "AT",
    "schweiz": "CH",
    "switzerland": "CH",
    "suisse": "CH",
    "españa": "ES",
    "spain": "ES",
    "italia": "IT",
    "italy": "IT",
    "nederland": "NL",
    "netherlands": "NL",
    "belgique": "BE",
    "belgium": "BE",
}
LANG_RE = re.compile(r"^[a-z]{2,3}[-_]([a-zA-Z]{2})\b")


def normalise_region(value: str | None) -> str | None:
    """Turn "ca", "Canada", "en-CA" or "GB" into a region code phonenumbers knows, or None."""
    if not value:
        return None
    value = value.strip()
    upper = value.upper()
    if upper == "UK":
        return "GB"
    if upper in SUPPORTED:
        return upper
    return COUNTRY_NAMES.get(value.lower())


def region_from_url(url: str) -> str | None:
    if not url or safe_split(url) is None:
        return None
    suffix = TLD_EXTRACT(url).suffix
    if not suffix:
        return None
    tld = suffix.rsplit(".", 1)[-1].lower()
    if tld in TLD_OVERRIDES:
        return TLD_OVERRIDES[tld]
    return tld.upper() if len(tld) == 2 and tld.upper() in SUPPORTED else None


def region_from_lang(lang: str) -> str | None:
    match = LANG_RE.match(lang or "")
    return normalise_region(match.group(1)) if match else None
