"""A lead's place details (Google Maps at full depth, issue #23) as typed values.

The scraping runner keeps what a Maps recipe read in ``Lead.raw["fields"]`` as the page gave it, all text
(``scraping.runner.persist``: rating ``"4.7"``, reviews ``"17059"``, hours ``"Monday: 10 AM–6 PM; …"``, place id
``"ChIJ…"``, cid, latitude, longitude, price level, plus code). Scraped content is untrusted: a value that does not
read as what it should be (a rating of 7, a latitude of 200, a list where text belongs) is None, never an error.
"""

import math
import re
from typing import Any

PLACE_KEYS = ("rating", "reviews", "hours", "price_level", "plus_code", "place_id", "cid", "latitude", "longitude")
PLACE_TEXT_KEYS = frozenset({"hours", "price_level", "plus_code", "place_id", "cid"})  # the others are numbers

# The text forms the database filters read too (``leads.selectors.lead_filter``), so both agree on what counts.
RATING_TEXT = r"^[0-9]{1,3}([.][0-9]{1,6})?$"  # after a decimal comma became a point
REVIEWS_TEXT = r"^[0-9]{1,15}$"  # after thousands separators (commas) were dropped
MAX_RATING = 5.0
MAX_REVIEWS = 10**15 - 1
_TEXT_LIMITS = {"hours": 2000, "price_level": 32, "plus_code": 64}
_PLACE_ID = re.compile(r"[A-Za-z0-9_-]{10,512}")
_CID = re.compile(r"[0-9]{1,30}")
_NUMBER = re.compile(r"-?[0-9]{1,3}(?:[.][0-9]{1,15})?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _finite(value: Any, pattern: re.Pattern[str]) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str) and pattern.fullmatch(value.strip()):
        number = float(value.strip())
    else:
        return None
    return number if math.isfinite(number) else None


def _rating(value: Any) -> float | None:
    if isinstance(value, str):
        value = value.strip().replace(",", ".")
        if not re.fullmatch(RATING_TEXT, value):
            return None
    number = _finite(value, _NUMBER)
    return number if number is not None and 0 <= number <= MAX_RATING else None


def _reviews(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = int(value) if value.is_integer() else None
    elif isinstance(value, str):
        value = value.strip().replace(",", "")
        value = int(value) if re.fullmatch(REVIEWS_TEXT, value) else None
    return value if isinstance(value, int) and 0 <= value <= MAX_REVIEWS else None


def _coordinate(value: Any, limit: float) -> float | None:
    number = _finite(value, _NUMBER)
    return number if number is not None and -limit <= number <= limit else None


def _text(value: Any, limit: int) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(_CONTROL.sub(" ", value).split())
    return value[:limit] or None


def _matching(value: Any, pattern: re.Pattern[str]) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return value.strip() if isinstance(value, str) and pattern.fullmatch(value.strip()) else None


def place_value(key: str, value: Any) -> float | int | str | None:
    """One place detail as its type (``key`` one of ``PLACE_KEYS``); None when missing or not readable as one."""
    if key == "rating":
        return _rating(value)
    if key == "reviews":
        return _reviews(value)
    if key == "latitude":
        return _coordinate(value, 90)
    if key == "longitude":
        return _coordinate(value, 180)
    if key == "place_id":
        return _matching(value, _PLACE_ID)
    if key == "cid":
        return _matching(value, _CID)
    if key in _TEXT_LIMITS:
        return _text(value, _TEXT_LIMITS[key])
    raise KeyError(key)


def place_fields(raw: Any) -> dict:
    """The scraped fields dict of a lead's ``raw`` (empty when raw holds none, or not as a dict)."""
    fields = raw.get("fields") if isinstance(raw, dict) else None
    return fields if isinstance(fields, dict) else {}


def place_details(lead: Any) -> dict[str, float | int | str | None]:
    """Every key of ``PLACE_KEYS`` with its typed value or None: rating float (0–5), reviews int, hours,
    price_level, plus_code, place_id and cid text, latitude and longitude floats."""
    fields = place_fields(getattr(lead, "raw", None))
    return {key: place_value(key, fields.get(key)) for key in PLACE_KEYS}


def has_place_details(details: dict) -> bool:
    return any(value is not None for value in details.values())
