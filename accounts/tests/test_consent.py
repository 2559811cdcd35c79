"""The API and the dashboard wait for the current terms to be accepted."""

import pytest
from django.conf import settings
from django.test import override_settings

from accounts.tests.conftest import bearer
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_api_answers_consent_required_until_consent_is_given(api):
    user = UserFactory(consent_version="", consent_accepted_at=None, role="admin")
    bearer(api, user)

    blocked = api.get("/api/v1/users")
    assert blocked.status_code == 403
    assert blocked.json()["error"]["code"] == "consent_required"

    me = api.get("/api/v1/me")
    assert me.status_code == 200 and me.json()["consent"]["required"] is True
    terms = api.get("/api/v1/me/consent")
    assert terms.json()["version"] == settings.CONSENT_VERSION and "Data-protection notice" in terms.json()["terms"]

    wrong = api.post("/api/v1/me/consent", {"version": "1999-01"}, format="json")
    assert wrong.status_code == 400 and wrong.json()["error"]["fields"]["version"]

    accepted = api.post("/api/v1/me/consent", {"version": settings.CONSENT_VERSION}, format="json")
    assert accepted.status_code == 200
    assert accepted.json()["consent"]["accepted_version"] == settings.CONSENT_VERSION
    assert accepted.json()["consent"]["accepted_at"]
    assert api.get("/api/v1/users").status_code == 200


def test_a_new_consent_version_asks_again(api):
    user = UserFactory(role="admin")
    bearer(api, user)
    with override_settings(CONSENT_VERSION="2099-01"):
        assert api.get("/api/v1/users").json()["error"]["code"] == "consent_required"


def test_unverified_session_users_get_email_unverified(api):
    user = UserFactory(email_verified_at=None, role="admin")
    api.force_login(user)
    response = api.get("/api/v1/users")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "email_unverified"


def test_dashboard_pages_redirect_to_the_consent_page(client):
    user = UserFactory(consent_version="", consent_accepted_at=None)
    client.force_login(user)

    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/consent/?next=%2F"

    page = client.get("/accounts/consent/?next=/")
    assert page.status_code == 200 and b"Data-protection notice" in page.content

    refused = client.post("/accounts/consent/", {"next": "/"})
    assert refused.status_code == 200
    user.refresh_from_db()
    assert not user.has_current_consent

    done = client.post("/accounts/consent/", {"accept": "on", "next": "/admin/"})
    assert done.status_code == 302 and done["Location"] == "/admin/"
    user.refresh_from_db()
    assert user.consent_version == settings.CONSENT_VERSION and user.consent_accepted_at
    assert client.get("/").status_code == 302 and "/consent/" not in client.get("/")["Location"]


def test_consent_page_does_not_redirect_off_site(client):
    client.force_login(UserFactory(consent_version="", consent_accepted_at=None))
    response = client.post("/accounts/consent/", {"accept": "on", "next": "https://evil.example.net/"})
    assert response["Location"] == settings.LOGIN_REDIRECT_URL


def test_logout_and_static_are_not_blocked(client):
    client.force_login(UserFactory(consent_version="", consent_accepted_at=None))
    assert client.get("/static/css/insight.css").status_code == 200
    assert client.post("/accounts/logout/").status_code == 302
    assert "_auth_user_id" not in client.session
