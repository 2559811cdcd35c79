"""The sandbox web behaves like the platforms it stands in for (seen over plain HTTP)."""

import json
import re

import httpx
import phonenumbers
import pytest

from scraping.sandbox.dataset import CITIES, MAX_RESULTS, businesses, search


@pytest.fixture
def client(sandbox):
    with httpx.Client(base_url=sandbox.base_url) as client:
        yield client


def test_maps_sends_visitors_to_a_consent_wall_until_its_cookie_is_set(client):
    first = client.get("/maps/search?q=coffee+toronto")
    assert first.status_code == 302 and first.headers["location"].startswith("/maps/consent")
    wall = client.get(first.headers["location"])
    assert "Accept all" in wall.text and 'role="feed"' not in wall.text

    accepted = client.get("/maps/consent/save?choice=yes&continue=/maps/search?q=coffee+toronto")
    assert accepted.status_code == 302 and "SANDBOX_CONSENT" in accepted.headers["set-cookie"]
    results = client.get("/maps/search?q=coffee+toronto")
    assert results.status_code == 200
    assert 'role="feed"' in results.text
    assert results.text.count('class="place-card"') == 10


def feed_place_ids(client, query: str) -> list[str]:
    ids, start = [], 0
    while True:
        chunk = client.get(f"/maps/search/more?{query}&start={start}")
        ids += re.findall(r'data-place-id="([0-9a-f]+)"', chunk.text)
        start += 10
        if chunk.headers["x-end-of-list"] == "1":
            return ids


def test_the_results_feed_serves_the_rest_in_chunks_up_to_the_cap(client):
    client.cookies.set("SANDBOX_CONSENT", "yes")
    assert len(search("coffee")) == 72
    assert len(feed_place_ids(client, "q=coffee")) == MAX_RESULTS == 60


def test_searching_smaller_areas_gets_past_the_cap(client):
    client.cookies.set("SANDBOX_CONSENT", "yes")
    found = set()
    for city in CITIES:
        found |= set(feed_place_ids(client, f"q=coffee&ll={city.lat},{city.lng}&radius_km=25"))
    assert found == {b.id for b in search("coffee")}


def test_a_place_page_shows_its_phone_as_link_button_text_json_ld_and_image(client):
    client.cookies.set("SANDBOX_CONSENT", "yes")
    place = businesses()[0]
    html = client.get(f"/maps/place/{place.id}").text
    assert f'href="tel:{place.phone_e164}"' in html
    assert f'aria-label="Phone: {place.phone_display} "' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["telephone"] == place.phone_e164
    image = client.get(f"/maps/place/{place.id}/phone.png")
    assert image.headers["content-type"] == "image/png" and image.content.startswith(b"\x89PNG")


def test_directory_listings_paginate_to_the_last_page(client):
    names, url = [], "/directory/london/plumber"
    while url:
        html = client.get(url).text
        names += re.findall(r'class="listing-name" href="[^"]+">([^<]+)<', html)
        following = re.search(r'rel="next" class="next" href="([^"]+)"', html)
        url = "/directory/london/plumber" + following.group(1) if following else None
    assert len(names) == 12


def test_german_business_sites_have_an_impressum_with_the_phone(client):
    site = next(b for b in businesses() if b.german and b.has_website)
    page = client.get(site.site_path + "impressum")
    assert page.status_code == 200 and "Angaben gemäß § 5 TMG" in page.text
    assert site.phone_display in page.text


def test_robots_txt_disallows_private_areas_of_some_sites(client):
    robots = client.get("/robots.txt").text
    private = [b for b in businesses() if b.has_website and b.disallow_private]
    assert private and all(f"Disallow: {b.site_path}private" in robots for b in private)


def test_every_business_is_fictional():
    for business in businesses():
        number = phonenumbers.parse(business.phone_e164)
        assert phonenumbers.is_valid_number(number), business.phone_e164
        national = str(number.national_number)
        assert re.search(r"5550\d{3}$|^207946|^25550|^3023125", national), business.phone_e164
        assert business.domain.endswith(".example.com") and business.email.endswith(".example.com")
    assert len({b.phone_e164 for b in businesses()}) == len(businesses())


def test_misbehaving_pages(client):
    assert client.get("/broken/1").status_code == 200
    slow = client.get("/slow/150")
    assert slow.elapsed.total_seconds() >= 0.15
    assert client.get("/status/503").status_code == 503
    assert client.get("/loop/a").headers["location"] == "/loop/b"


def test_a_blocked_search_lands_on_a_captcha_with_429(client):
    client.cookies.set("SANDBOX_CONSENT", "yes")
    page = client.get("/maps/search?q=coffee&blocked=1", follow_redirects=True)
    assert page.status_code == 429 and "unusual traffic" in page.text
    assert 'role="feed"' not in page.text
