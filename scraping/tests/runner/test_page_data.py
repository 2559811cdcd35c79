"""The page's own data as the fallback of a recipe's selectors: Google Maps' place JSON (gosom's real test data,
read at run time from ../shared/samples/gmaps, never copied) and place URLs."""

import json
from pathlib import Path

import pytest
from django.conf import settings

from scraping.runner.common import item_key, listing_items
from scraping.runner.fields import parse_html, select_first_matching
from scraping.runner.page_data import _from_full_place, _full_place, google_maps_place, place_from_url
from scraping.runner.persist import ScrapedItem
from scraping.runner.shipped import recipes

GMAPS = Path(settings.BASE_DIR).parent / "shared" / "samples" / "gmaps"
needs_gmaps = pytest.mark.skipif(not GMAPS.exists(), reason=f"the real Google Maps samples are not at {GMAPS}")

PLACE_URL = (
    "https://www.google.com/maps/place/Example+Pizzeria/data=!4m7!3m6!1s0x882b34d68b4b9d3f:0x1a2b3c4d5e6f7081"
    "!8m2!3d43.6532!4d-79.3832!16s%2Fg%2F11abc!19sChIJExampleExamplePlace01?authuser=0&hl=en"
)


def test_place_identity_from_its_url():
    assert place_from_url(PLACE_URL) == {
        "place_id": "ChIJExampleExamplePlace01",
        "data_id": "0x882b34d68b4b9d3f:0x1a2b3c4d5e6f7081",
        "cid": str(0x1A2B3C4D5E6F7081),
        "latitude": "43.6532",
        "longitude": "-79.3832",
    }
    assert place_from_url("https://maps.google.com/?cid=123456789") == {"cid": "123456789"}
    assert place_from_url("https://www.example.com/") == {}


def test_maps_cards_are_keyed_and_saved_by_their_place_id():
    definition = next(r for r in recipes() if r["slug"] == "google_maps")["definition"]
    card = (
        f'<div role="feed"><div><div jsaction="x"><a class="hfpxzc" aria-label="Example Pizzeria" href="{PLACE_URL}">'
    )
    root = parse_html(card + '</a><div class="fontHeadlineSmall">Example Pizzeria</div></div></div></div>')
    elements, _ = select_first_matching(root, definition["items"]["selectors"])
    (values, _), *_ = listing_items(definition, elements, "https://www.google.com/maps/search/pizza")[0]
    assert item_key(values) == "ChIJExampleExamplePlace01"
    assert ScrapedItem(platform="google_maps", fields=values).platform_id() == "ChIJExampleExamplePlace01"
    assert values["latitude"] == "43.6532" and values["cid"] == str(0x1A2B3C4D5E6F7081)


@needs_gmaps
def test_full_place_record_reads_what_gosom_expects():
    expected = json.loads((GMAPS / "EXPECTED_gosom__raw.json").read_text())
    place = _from_full_place(_full_place(json.loads((GMAPS / "gosom__raw.json").read_text())))
    assert place["name"] == expected["title"]
    assert place["category"] == expected["category"]
    assert place["address"] == expected["address"]
    assert place["phone"] == expected["phone"]
    assert place["plus_code"] == expected["plus_code"]
    assert float(place["rating"]) == expected["review_rating"]
    assert int(place["reviews"]) == expected["review_count"]
    assert float(place["latitude"]) == pytest.approx(expected["latitude"])
    assert float(place["longitude"]) == pytest.approx(expected["longitude"])
    assert place["cid"] == expected["cid"]
    assert place["place_id"] == expected["place_id"]
    assert place["price_level"] == expected["price_range"]
    assert place["data_id"] == expected["data_id"]
    assert place["hours"].startswith("Monday: 12:30")


@needs_gmaps
def test_saved_place_page_carries_its_place_json():
    place = google_maps_place((GMAPS / "gosom__entry1_place_page.html").read_text(errors="replace"))
    assert place["name"] == "Tipsy Sticks"
    assert place["phone"].replace(" ", "") == "22783333"
    assert place["place_id"].startswith("ChIJ") and place["cid"].isdigit()
    assert place["latitude"] and place["longitude"] and place["rating"] and place["reviews"].isdigit()
