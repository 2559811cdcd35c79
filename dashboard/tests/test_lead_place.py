"""The lead page's Place block and the list's rating and review filters (Google Maps at full depth, #23)."""

import pytest

from accounts.models import Role
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

PLACE_FIELDS = {
    "rating": "4.7",
    "reviews": "1204",
    "hours": "Monday: 8 AM–6 PM; Tuesday: 8 AM–6 PM; Sunday: Closed",
    "price_level": "$$",
    "plus_code": "8GC2+QW Springfield",
    "place_id": "ChIJExampleFictionalPlace01",
    "cid": "1234567890123456789",
    "latitude": "43.6532225",
    "longitude": "-79.3831843",
}


def _place_lead(name: str, **fields):
    return LeadFactory(name=name, raw={"fields": {"name": name, **PLACE_FIELDS, **fields}})


def test_the_lead_page_shows_the_place(client_for):
    lead = _place_lead("Juniper Bakery", hours="<b>Monday</b>: 8 AM–6 PM; Sunday: Closed")
    html = client_for(Role.SALES).get(f"/leads/{lead.pk}/").content.decode()
    assert '<h2 id="place-h">Place</h2>' in html
    assert "<strong>4.7</strong> ★" in html and "(1,204 reviews)" in html
    assert "<div>&lt;b&gt;Monday&lt;/b&gt;: 8 AM–6 PM</div><div>Sunday: Closed</div>" in html  # scraped text escaped
    for text in ("$$", "8GC2+QW Springfield", "43.6532225, -79.3831843", "ChIJExampleFictionalPlace01"):
        assert text in html, text


def test_only_the_details_present_are_shown_and_no_block_without_any(client_for):
    client = client_for(Role.MARKETING)
    partial = LeadFactory(name="Partial Pantry", raw={"fields": {"rating": "3.9", "latitude": "999", "longitude": "1"}})
    html = client.get(f"/leads/{partial.pk}/").content.decode()
    assert "<strong>3.9</strong> ★" in html
    assert "review" not in html.split('id="place-h"')[1].split("</section>")[0]
    assert "Coordinates" not in html and "Hours" not in html and "Plus code" not in html
    for raw in ({}, {"fields": {"name": "No Place"}}, {"fields": {"rating": "great", "reviews": "many"}}, ["x"]):
        lead = LeadFactory(raw=raw)
        response = client.get(f"/leads/{lead.pk}/")
        assert response.status_code == 200
        assert 'id="place-h"' not in response.content.decode(), raw


def _names(response) -> set[str]:
    assert response.status_code == 200
    return {lead.name for lead in response.context["page"].items}


def test_the_list_filters_by_minimum_rating_and_reviews_and_keeps_the_values(client_for):
    _place_lead("Juniper Bakery")
    _place_lead("Low Rated Diner", rating="2.5", reviews="5,310")
    _place_lead("New Cafe", rating="4.9", reviews="3")
    LeadFactory(name="No Place", raw={})
    client = client_for(Role.SALES)
    assert _names(client.get("/leads/?min_rating=4.5")) == {"Juniper Bakery", "New Cafe"}
    assert _names(client.get("/leads/?min_rating=4.5&min_reviews=100")) == {"Juniper Bakery"}
    assert _names(client.get("/leads/?min_reviews=1000")) == {"Juniper Bakery", "Low Rated Diner"}
    html = client.get("/leads/?min_rating=4.5&min_reviews=100").content.decode()
    assert 'name="min_rating" min="0" max="5" step="0.1" value="4.5"' in html
    assert 'name="min_reviews" min="0" step="1" value="100"' in html


def test_a_bad_minimum_rating_shows_the_error_state_naming_it(client_for):
    response = client_for(Role.SALES).get("/leads/?min_rating=lots&min_reviews=-2")
    assert response.status_code == 200
    html = response.content.decode()
    assert "These filters cannot be applied" in html
    # named as the filter form labels them
    assert "“Rating from” is a rating from 0 to 5" in html and "“Reviews from” is a whole number" in html
