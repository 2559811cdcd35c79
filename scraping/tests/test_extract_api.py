"""POST /api/v1/extract: HTML in, findings JSON out, for active accounts only."""

import json

import pytest
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory
from scraping.models import ExtractionSettings
from scraping.tests.extraction.conftest import CORPUS

URL = "/api/v1/extract"


@pytest.fixture
def client(db):
    api = APIClient()
    api.force_login(UserFactory())
    return api


def test_anonymous_callers_are_refused(db):
    response = APIClient().post(URL, {"html": "<p>Tel 416 555 0142</p>"}, format="json")
    assert response.status_code in (401, 403)


def test_unverified_account_is_refused(db):
    api = APIClient()
    api.force_login(UserFactory(email_verified_at=None))
    assert api.post(URL, {"html": "<p>x</p>"}, format="json").status_code == 403


def test_extracts_findings_from_posted_html(client):
    html = (CORPUS / "de_impressum.html").read_text()
    response = client.post(URL, {"html": html, "page_url": "https://x.example.de/impressum"}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["region"] == "DE"
    phones = {p["e164"]: p for p in body["phones"]}
    assert sorted(phones) == ["+493023125456", "+493023125457", "+498999998123"]
    assert phones["+493023125457"]["is_fax"] is True
    assert set(phones["+493023125456"]) >= {
        "raw",
        "national",
        "region",
        "type",
        "layer",
        "sources",
        "confidence",
        "bbox",
    }
    assert body["emails"][0]["email"] == "info@baeckerei-sonnenschein.example"


def test_region_hint_is_used_for_national_numbers(client):
    response = client.post(URL, {"html": "<p>Phone: 020 7946 0123</p>", "region": "GB"}, format="json")
    assert [p["e164"] for p in response.json()["phones"]] == ["+442079460123"]


def test_admin_confidences_apply(client):
    ExtractionSettings.objects.update(tel_link_confidence=0.42)  # the row the migration created
    response = client.post(URL, {"html": '<a href="tel:+14165550142">call</a>'}, format="json")
    assert response.json()["phones"][0]["confidence"] == 0.42


def test_missing_html_is_a_clear_400(client):
    response = client.post(URL, {"page_url": "https://x.example.com/"}, format="json")
    assert response.status_code == 400
    assert "html" in response.json()["error"]["fields"]


def test_blank_html_is_a_clear_400(client):
    response = client.post(URL, {"html": "   "}, format="json")
    assert response.status_code == 400


def test_oversized_html_is_refused_with_413(client):
    html = "<p>" + "x" * (5 * 1024 * 1024 + 10) + "</p>"
    response = client.post(URL, json.dumps({"html": html}), content_type="application/json")
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


def test_html_just_under_the_cap_is_accepted(client):
    html = "<p>Tel 416 555 0142</p>" + "<p>filler</p>" * 150_000  # ~1.9 MB (EXTRACT_MAX_HTML_BYTES: 2 MB)
    response = client.post(URL, json.dumps({"html": html, "region": "CA"}), content_type="application/json")
    assert response.status_code == 200
    assert [p["e164"] for p in response.json()["phones"]] == ["+14165550142"]


def test_body_that_is_not_json_is_a_clear_error(client):
    response = client.post(URL, "html=<p>x</p>", content_type="application/json")
    assert response.status_code == 400
    response = client.post(URL, "<p>x</p>", content_type="text/html")
    assert response.status_code == 415


def test_admin_edits_the_single_settings_row_and_the_api_follows(client):
    from django.test import Client
    from django.urls import reverse

    admin_browser = Client()
    admin_browser.force_login(UserFactory(is_staff=True, is_superuser=True, role="admin"))
    row = ExtractionSettings.objects.get()
    assert admin_browser.get(reverse("admin:scraping_extractionsettings_add")).status_code == 403
    form = {
        "tel_link_confidence": "0.9",
        "structured_data_confidence": "0.9",
        "visible_text_confidence": "0.55",
        "website_crawl_confidence": "0.6",
        "ocr_confidence": "0.5",
        "label_boost": "0.0",
        "fax_penalty": "0.2",
    }
    response = admin_browser.post(reverse("admin:scraping_extractionsettings_change", args=[row.pk]), form)
    assert response.status_code == 302
    body = client.post(URL, {"html": "<p>Phone: 416 555 0142</p>", "region": "CA"}, format="json").json()
    assert body["phones"][0]["confidence"] == 0.55
