"""POST /api/v1/extract costs bounded CPU and memory: a size cap, a page budget, one extraction per user at a time."""

import json

import pytest
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory
from scraping.services import extract_slot

URL = "/api/v1/extract"
PAGE = {"html": "<p>Tel (212) 555-0187</p>", "region": "US"}


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def client(user):
    api = APIClient()
    api.force_login(user)
    return api


def test_html_over_the_limit_is_a_413_naming_the_field_and_the_limit(client):
    html = "<p>x</p>" * 262_200  # just over 2 MiB (the request body limit leaves room for it): 5 MB once passed
    response = client.post(URL, json.dumps({"html": html}), content_type="application/json")
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "too_large"
    assert "2097152 bytes" in error["message"] and error["fields"]["html"] == [error["message"]]


def test_the_limit_is_a_setting(client, settings):
    settings.EXTRACT_MAX_HTML_BYTES = 10_000
    response = client.post(URL, {"html": "<p>x</p>" * 2_000}, format="json")
    assert response.status_code == 413 and "10000 bytes" in response.json()["error"]["fields"]["html"][0]
    assert client.post(URL, PAGE, format="json").status_code == 200


def test_a_hostile_page_under_the_limit_is_read_in_part_and_says_so(client):
    links = "".join(f'<a href="tel:+1{201 + n // 100}55501{n % 100:02d}">call</a>' for n in range(5_000))
    response = client.post(URL, {"html": f"<html><body>{links}</body></html>"}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert 0 < len(body["phones"]) <= 1000
    assert any("phone-like numbers" in warning for warning in body["warnings"])


def test_a_second_extraction_of_the_same_user_at_once_is_a_429(client, user):
    with extract_slot(user_id=user.pk):
        response = client.post(URL, PAGE, format="json")
        assert response.status_code == 429
        error = response.json()["error"]
        assert error["code"] == "throttled" and "at once" in error["message"]

        other = APIClient()
        other.force_login(UserFactory())
        assert other.post(URL, PAGE, format="json").status_code == 200  # other users are not held up
    response = client.post(URL, PAGE, format="json")
    assert response.status_code == 200 and response.json()["phones"][0]["e164"] == "+12125550187"


def test_the_number_of_slots_is_a_setting(client, user, settings):
    settings.EXTRACT_CONCURRENT_PER_USER = 2
    with extract_slot(user_id=user.pk):
        assert client.post(URL, PAGE, format="json").status_code == 200
        with extract_slot(user_id=user.pk):
            assert client.post(URL, PAGE, format="json").status_code == 429


def test_a_failed_extraction_gives_its_slot_back(client):
    response = client.post(URL, {"html": "<?xml version='1.0'?>"}, format="json")  # nothing left to read
    assert response.status_code == 400 and response.json()["error"]["code"] == "not_html"
    assert client.post(URL, PAGE, format="json").status_code == 200
