"""Every error has the same body; auth endpoints throttle per account and per IP."""

import pytest
from django.conf import settings
from django.core import mail

pytestmark = pytest.mark.django_db


def _rate(scope: str) -> int:
    return int(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"][scope].split("/")[0])


def _assert_error_body(body: dict) -> None:
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "fields"}
    assert body["error"]["message"]


def test_validation_errors_name_the_fields(api):
    response = api.post("/api/v1/auth/register", {"email": "nope"}, format="json")
    assert response.status_code == 400
    _assert_error_body(response.json())
    assert response.json()["error"]["code"] == "invalid"
    assert set(response.json()["error"]["fields"]) == {"email", "password"}


def test_malformed_json_gets_the_error_body(api):
    response = api.post("/api/v1/auth/token", "{not json", content_type="application/json")
    assert response.status_code == 400
    _assert_error_body(response.json())
    assert response.json()["error"]["code"] == "parse_error"


def test_wrong_method_gets_the_error_body(api):
    response = api.get("/api/v1/auth/token")
    assert response.status_code == 405
    _assert_error_body(response.json())


def test_auth_endpoints_throttle_per_account_with_429(api):
    limit = _rate("auth_user")
    for n in range(limit):
        ip = f"10.0.0.{n + 1}"  # a different IP each time: only the per-account budget is in play
        ok = api.post("/api/v1/auth/password/reset", {"email": "same@example.org"}, format="json", REMOTE_ADDR=ip)
        assert ok.status_code == 202
    throttled = api.post(
        "/api/v1/auth/password/reset", {"email": "same@example.org"}, format="json", REMOTE_ADDR="10.0.1.1"
    )
    assert throttled.status_code == 429
    _assert_error_body(throttled.json())
    assert throttled.json()["error"]["code"] == "throttled"
    assert "Retry-After" in throttled.headers
    other = api.post(
        "/api/v1/auth/password/reset", {"email": "other@example.org"}, format="json", REMOTE_ADDR="10.0.1.1"
    )
    assert other.status_code == 202


def test_auth_endpoints_throttle_per_ip(api):
    limit = _rate("auth_ip")
    for n in range(limit):
        response = api.post("/api/v1/auth/password/reset", {"email": f"p{n}@example.org"}, format="json")
        assert response.status_code == 202
    throttled = api.post("/api/v1/auth/password/reset", {"email": "fresh@example.org"}, format="json")
    assert throttled.status_code == 429
    assert throttled.json()["error"]["code"] == "throttled"
    elsewhere = api.post(
        "/api/v1/auth/password/reset", {"email": "fresh@example.org"}, format="json", REMOTE_ADDR="10.9.9.9"
    )
    assert elsewhere.status_code == 202
    assert mail.outbox == []  # unknown addresses never get mail


def test_unknown_api_urls_get_the_error_body(client):
    response = client.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    _assert_error_body(response.json())
    assert response.json()["error"]["code"] == "not_found"
    assert b"<html" in client.get("/no-such-page/").content.lower()
