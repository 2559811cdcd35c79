"""Repeated wrong passwords lock the account for a while, on the API and on the web."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from accounts.models import User
from accounts.tests.conftest import PASSWORD
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _fail(api, user, times: int) -> None:
    for _ in range(times):
        api.post("/api/v1/auth/token", {"email": user.email, "password": "wrong-password-here"}, format="json")


def _login(api, user):
    return api.post("/api/v1/auth/token", {"email": user.email, "password": PASSWORD}, format="json")


def test_it_locks_after_the_threshold_even_with_the_right_password(api):
    user = UserFactory()
    _fail(api, user, settings.LOGIN_LOCKOUT_THRESHOLD)
    response = _login(api, user)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "account_locked"


def test_one_failure_short_of_the_threshold_still_logs_in_and_resets_the_count(api):
    user = UserFactory()
    _fail(api, user, settings.LOGIN_LOCKOUT_THRESHOLD - 1)
    assert _login(api, user).status_code == 200
    _fail(api, user, settings.LOGIN_LOCKOUT_THRESHOLD - 1)
    assert _login(api, user).status_code == 200


def test_failures_outside_the_window_do_not_add_up(api):
    user = UserFactory()
    _fail(api, user, settings.LOGIN_LOCKOUT_THRESHOLD - 1)
    User.objects.filter(pk=user.pk).update(
        first_failed_login_at=timezone.now() - timedelta(seconds=settings.LOGIN_LOCKOUT_WINDOW + 1)
    )
    _fail(api, user, 1)
    assert _login(api, user).status_code == 200


def test_it_unlocks_after_the_lockout_period(api):
    user = UserFactory()
    _fail(api, user, settings.LOGIN_LOCKOUT_THRESHOLD)
    locked_until = User.objects.get(pk=user.pk).locked_until
    assert locked_until - timezone.now() > timedelta(seconds=settings.LOGIN_LOCKOUT_DURATION - 60)

    User.objects.filter(pk=user.pk).update(locked_until=timezone.now() - timedelta(seconds=1))
    assert _login(api, user).status_code == 200


def test_the_web_login_shares_the_lockout(client, api):
    user = UserFactory()
    for _ in range(settings.LOGIN_LOCKOUT_THRESHOLD):
        client.post("/accounts/login/", {"email": user.email, "password": "wrong-password-here"})
    page = client.post("/accounts/login/", {"email": user.email, "password": PASSWORD})
    assert page.status_code == 200
    assert b"locked" in page.content
    assert "_auth_user_id" not in client.session
    assert _login(api, user).json()["error"]["code"] == "account_locked"
