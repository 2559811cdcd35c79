"""JWT lifecycle: short access tokens, rotating refresh tokens, logout blacklists."""

from datetime import timedelta

import pytest
from django.conf import settings
from rest_framework_simplejwt.tokens import AccessToken

from accounts.tests.conftest import PASSWORD
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _pair(api, user) -> dict:
    response = api.post("/api/v1/auth/token", {"email": user.email, "password": PASSWORD}, format="json")
    assert response.status_code == 200
    return response.json()


def test_access_tokens_are_short_lived():
    assert settings.SIMPLE_JWT["ACCESS_TOKEN_LIFETIME"] <= timedelta(minutes=15)
    token = AccessToken.for_user(UserFactory())
    assert token["exp"] - token["iat"] == int(settings.SIMPLE_JWT["ACCESS_TOKEN_LIFETIME"].total_seconds())


def test_an_expired_access_token_is_refused(api):
    user = UserFactory()
    token = AccessToken.for_user(user)
    token.set_exp(lifetime=timedelta(seconds=-1))
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    response = api.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "token_not_valid"


def test_refresh_rotates_and_the_old_refresh_token_stops_working(api):
    first = _pair(api, UserFactory())
    rotated = api.post("/api/v1/auth/token/refresh", {"refresh": first["refresh"]}, format="json")
    assert rotated.status_code == 200
    assert rotated.json()["refresh"] != first["refresh"]

    api.credentials(HTTP_AUTHORIZATION=f"Bearer {rotated.json()['access']}")
    assert api.get("/api/v1/me").status_code == 200

    replay = api.post("/api/v1/auth/token/refresh", {"refresh": first["refresh"]}, format="json")
    assert replay.status_code == 401
    assert replay.json()["error"]["code"] == "token_not_valid"
    again = api.post("/api/v1/auth/token/refresh", {"refresh": rotated.json()["refresh"]}, format="json")
    assert again.status_code == 200


def test_logout_blacklists_the_refresh_token(api):
    pair = _pair(api, UserFactory())
    assert api.post("/api/v1/auth/logout", {"refresh": pair["refresh"]}, format="json").status_code == 204
    refused = api.post("/api/v1/auth/token/refresh", {"refresh": pair["refresh"]}, format="json")
    assert refused.status_code == 401
    twice = api.post("/api/v1/auth/logout", {"refresh": pair["refresh"]}, format="json")
    assert twice.status_code == 401


def test_wrong_password_and_unknown_email_get_the_same_answer(api):
    user = UserFactory()
    wrong = api.post("/api/v1/auth/token", {"email": user.email, "password": "nope-nope-nope"}, format="json")
    unknown = api.post("/api/v1/auth/token", {"email": "ghost@example.org", "password": "x"}, format="json")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["error"]["code"] == "invalid_credentials"


def test_a_deactivated_user_cannot_refresh(api):
    user = UserFactory()
    pair = _pair(api, user)
    user.is_active = False
    user.save()
    refused = api.post("/api/v1/auth/token/refresh", {"refresh": pair["refresh"]}, format="json")
    assert refused.status_code == 401
