"""A new password, however it is set, ends every API session of the old one: access and refresh tokens."""

import pytest
from django.contrib.auth.management.commands import changepassword
from django.core.management import call_command

from accounts.models import User
from accounts.tests.conftest import PASSWORD
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-brand-new-passphrase"


def _pair(api, user) -> dict:
    response = api.post("/api/v1/auth/token", {"email": user.email, "password": PASSWORD}, format="json")
    assert response.status_code == 200
    return response.json()


def _assert_signed_out(api, pair: dict) -> None:
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {pair['access']}")
    me = api.get("/api/v1/me")
    assert me.status_code == 401
    assert me.json()["error"]["code"] == "password_changed"
    api.credentials()
    refreshed = api.post("/api/v1/auth/token/refresh", {"refresh": pair["refresh"]}, format="json")
    assert refreshed.status_code == 401
    assert refreshed.json()["error"]["code"] == "token_not_valid"


def test_tokens_work_until_the_password_changes(api):
    user = UserFactory()
    pair = _pair(api, user)
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {pair['access']}")
    assert api.get("/api/v1/me").status_code == 200
    user.set_password(NEW_PASSWORD)
    user.save()
    _assert_signed_out(api, pair)


def test_a_password_set_in_django_admin_signs_the_api_out(api, client):
    user = UserFactory()
    pair = _pair(api, user)
    client.force_login(UserFactory(role="admin", is_staff=True, is_superuser=True))
    page = client.post(
        f"/admin/accounts/user/{user.pk}/password/",
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true"},
    )
    assert page.status_code == 302, page.content[:500]
    assert User.objects.get(pk=user.pk).check_password(NEW_PASSWORD)
    _assert_signed_out(api, pair)


def test_the_changepassword_command_signs_the_api_out(api, monkeypatch):
    user = UserFactory()
    pair = _pair(api, user)
    monkeypatch.setattr(changepassword.Command, "_get_pass", lambda self, prompt="": NEW_PASSWORD)
    call_command("changepassword", user.email, stdout=None)
    assert User.objects.get(pk=user.pk).check_password(NEW_PASSWORD)
    _assert_signed_out(api, pair)


def test_a_new_login_after_the_change_works(api):
    user = UserFactory()
    _pair(api, user)
    user.set_password(NEW_PASSWORD)
    user.save(update_fields=["password"])
    fresh = api.post("/api/v1/auth/token", {"email": user.email, "password": NEW_PASSWORD}, format="json").json()
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {fresh['access']}")
    assert api.get("/api/v1/me").status_code == 200
    api.credentials()
    assert api.post("/api/v1/auth/token/refresh", {"refresh": fresh["refresh"]}, format="json").status_code == 200
