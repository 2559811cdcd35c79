"""JWT lifecycle: short access tokens, rotating refresh tokens, logout blacklists."""

import threading
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken, RefreshToken

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


def test_a_deleted_users_refresh_token_is_a_401_with_the_error_body(api):
    user = UserFactory()
    pair = _pair(api, user)
    user.delete()
    refused = api.post("/api/v1/auth/token/refresh", {"refresh": pair["refresh"]}, format="json")
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "token_not_valid"
    assert refused.json()["error"]["message"]


def _claims(raw: str) -> dict:
    return RefreshToken(raw).payload


def test_rotation_keeps_the_deadline_of_the_original_login(api, settings):
    settings.JWT_REFRESH_ABSOLUTE_LIFETIME = timedelta(hours=1)  # shorter than the sliding day
    first = _pair(api, UserFactory())
    login = _claims(first["refresh"])
    deadline = login["auth_time"] + 3600
    assert login["exp"] == deadline

    current = first["refresh"]
    for _ in range(3):
        rotated = api.post("/api/v1/auth/token/refresh", {"refresh": current}, format="json")
        assert rotated.status_code == 200
        current = rotated.json()["refresh"]
        assert _claims(current)["auth_time"] == login["auth_time"]
        assert _claims(current)["exp"] == deadline


def test_a_refresh_token_past_its_logins_deadline_is_refused(api):
    pair = _pair(api, UserFactory())
    stale = RefreshToken(pair["refresh"])
    absolute = int(settings.JWT_REFRESH_ABSOLUTE_LIFETIME.total_seconds())
    stale["auth_time"] = stale["iat"] - absolute - 1  # signed like any of ours: a login more than the limit ago
    refused = api.post("/api/v1/auth/token/refresh", {"refresh": str(stale)}, format="json")
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "token_not_valid"


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="needs PostgreSQL: SQLite serialises every write, so parallel refreshes cannot race there",
)
@pytest.mark.django_db(transaction=True)
def test_parallel_refreshes_of_one_token_have_one_winner():
    pair = _pair(APIClient(), UserFactory())
    callers = 8
    start = threading.Barrier(callers)
    answers: list = []

    def refresh() -> None:
        try:
            start.wait()
            answers.append(APIClient().post("/api/v1/auth/token/refresh", {"refresh": pair["refresh"]}, format="json"))
        finally:
            connection.close()

    threads = [threading.Thread(target=refresh) for _ in range(callers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(answer.status_code for answer in answers) == [200] + [401] * (callers - 1)
    losers = [answer.json()["error"]["code"] for answer in answers if answer.status_code == 401]
    assert set(losers) == {"token_not_valid"}
    winner = next(answer.json() for answer in answers if answer.status_code == 200)
    api = APIClient()
    assert api.post("/api/v1/auth/token/refresh", {"refresh": winner["refresh"]}, format="json").status_code == 200
