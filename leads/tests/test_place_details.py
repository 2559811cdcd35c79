"""Place details (Google Maps at full depth, #23): typed from the lead's scraped fields, in the API with filters."""

import pytest

from leads.models import Lead
from leads.place_details import PLACE_KEYS, has_place_details, place_details
from leads.tests.api_roles import client_as
from leads.tests.factories import LeadFactory

# As scraping.runner.persist keeps a Maps listing: raw["fields"], every value the text the page gave.
PLACE_FIELDS = {
    "name": "Juniper Bakery",
    "rating": "4.7",
    "reviews": "1204",
    "hours": "Monday: 8 AM–6 PM; Tuesday: 8 AM–6 PM",
    "price_level": "$$",
    "plus_code": "8GC2+QW Springfield",
    "place_id": "ChIJExampleFictionalPlace01",
    "cid": "1234567890123456789",
    "latitude": "43.6532225",
    "longitude": "-79.3831843",
}


def _place_lead(name: str, **fields) -> Lead:
    return LeadFactory(name=name, raw={"fields": {**PLACE_FIELDS, "name": name, **fields}, "lead_class": "business"})


def test_place_details_are_typed():
    details = place_details(Lead(raw={"fields": PLACE_FIELDS}))
    assert details == {
        "rating": 4.7,
        "reviews": 1204,
        "hours": "Monday: 8 AM–6 PM; Tuesday: 8 AM–6 PM",
        "price_level": "$$",
        "plus_code": "8GC2+QW Springfield",
        "place_id": "ChIJExampleFictionalPlace01",
        "cid": "1234567890123456789",
        "latitude": 43.6532225,
        "longitude": -79.3831843,
    }
    assert place_details(Lead(raw={"fields": {"rating": "4,5", "reviews": "17,059"}}))["rating"] == 4.5
    assert place_details(Lead(raw={"fields": {"reviews": "17,059"}}))["reviews"] == 17059
    assert place_details(Lead(raw={"fields": {"rating": 3, "reviews": 12.0}})) == {
        **dict.fromkeys(PLACE_KEYS),
        "rating": 3.0,
        "reviews": 12,
    }


@pytest.mark.parametrize(
    "raw",
    [
        {},
        None,
        "text",
        [1, 2],
        {"fields": "not a dict"},
        {"fields": []},
        {"fields": {"name": "No place data"}},
        {
            "fields": {
                "rating": "7.5",
                "reviews": "-3",
                "hours": ["Monday"],
                "price_level": {"a": 1},
                "plus_code": "",
                "place_id": "ChIJ bad id with spaces",
                "cid": "0x12ab",
                "latitude": "200",
                "longitude": "nan",
            }
        },
        {"fields": {"rating": "nan", "reviews": True, "latitude": float("inf"), "longitude": "1e400"}},
        {"fields": {"rating": "=HYPERLINK()", "reviews": "9" * 40, "cid": False}},
    ],
)
def test_missing_or_garbage_values_are_none_never_an_error(raw):
    details = place_details(Lead(raw=raw))
    assert set(details) == set(PLACE_KEYS)
    assert not has_place_details(details)


@pytest.mark.django_db
def test_api_shows_the_place_on_list_and_detail_and_null_without_one():
    lead = _place_lead("Juniper Bakery")
    LeadFactory(name="Plain Listing", raw={"fields": {"name": "Plain Listing"}})
    client, _ = client_as("sales")
    rows = {row["name"]: row for row in client.get("/api/v1/leads").json()["results"]}
    assert rows["Juniper Bakery"]["place"]["rating"] == 4.7
    assert rows["Juniper Bakery"]["place"]["reviews"] == 1204
    assert rows["Plain Listing"]["place"] is None
    place = client.get(f"/api/v1/leads/{lead.pk}").json()["place"]
    assert place["place_id"] == "ChIJExampleFictionalPlace01"
    assert place["hours"].startswith("Monday: 8 AM")
    assert (place["latitude"], place["longitude"]) == (43.6532225, -79.3831843)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("min_rating=4.5", {"Juniper Bakery", "Comma Cafe"}),
        ("min_rating=4.8", {"Comma Cafe"}),
        ("min_rating=0", {"Juniper Bakery", "Comma Cafe", "Low Rated Diner", "Few Reviews Deli"}),
        ("min_reviews=1000", {"Juniper Bakery", "Low Rated Diner"}),
        ("min_reviews=0", {"Juniper Bakery", "Comma Cafe", "Low Rated Diner", "Few Reviews Deli"}),
        ("min_rating=4&min_reviews=100", {"Juniper Bakery"}),
        ("min_rating=5", set()),
    ],
)
def test_min_rating_and_min_reviews_filter_the_list(query, expected):
    _place_lead("Juniper Bakery")
    _place_lead("Comma Cafe", rating="4,9", reviews="12")
    _place_lead("Low Rated Diner", rating="2.1", reviews="5,310")
    _place_lead("Few Reviews Deli", rating="4.0", reviews="3")
    _place_lead("Garbage Grill", rating="five stars", reviews="many")
    _place_lead("Impossible Inn", rating="9.9", reviews="-")
    LeadFactory(name="No Place", raw={})
    LeadFactory(name="Odd Raw", raw=["not", "a", "dict"])
    client, _ = client_as("sales")
    response = client.get(f"/api/v1/leads?{query}")
    assert response.status_code == 200, response.content
    assert {row["name"] for row in response.json()["results"]} == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("min_rating=great", "min_rating"),
        ("min_rating=5.1", "min_rating"),
        ("min_rating=-1", "min_rating"),
        ("min_rating=nan", "min_rating"),
        ("min_rating=inf", "min_rating"),
        ("min_reviews=lots", "min_reviews"),
        ("min_reviews=2.5", "min_reviews"),
        ("min_reviews=-1", "min_reviews"),
        ("min_reviews=" + "9" * 30, "min_reviews"),
    ],
)
def test_bad_place_filters_are_a_400_in_the_words_of_the_parameter(query, field):
    client, _ = client_as("sales")
    for url in ("/api/v1/leads", "/api/v1/leads/export"):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 400, (url, response.content)
        errors = response.json()["error"]["fields"]
        assert list(errors) == [field]
        assert field in " ".join(errors[field])
