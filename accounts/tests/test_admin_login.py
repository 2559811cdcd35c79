"""Django admin's login is a third door to the same accounts: it shares the lockout and the throttles."""

import pytest
from django.conf import settings

from accounts.models import User
from accounts.tests.conftest import PASSWORD
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

WRONG = "wrong-password-here"


def _admin_login(client, email: str, password: str, **extra):
    return client.post("/admin/login/", {"username": email, "password": password, "next": "/admin/"}, **extra)


def _staff() -> User:
    return UserFactory(role="admin", is_staff=True, is_superuser=True)


def test_a_staff_user_logs_in_and_a_sales_user_does_not(client):
    staff, sales = _staff(), UserFactory(role="sales")
    assert _admin_login(client, sales.email, PASSWORD).status_code == 200
    assert "_auth_user_id" not in client.session
    response = _admin_login(client, staff.email, PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.session["_auth_user_id"] == str(staff.pk)


def test_admin_failures_lock_the_account_and_the_right_password_is_then_refused(client, api):
    staff = _staff()
    for _ in range(settings.LOGIN_LOCKOUT_THRESHOLD):
        assert _admin_login(client, staff.email, WRONG).status_code == 200
    page = _admin_login(client, staff.email, PASSWORD)
    assert page.status_code == 200
    assert b"locked" in page.content
    assert "_auth_user_id" not in client.session
    token = api.post("/api/v1/auth/token", {"email": staff.email, "password": PASSWORD}, format="json")
    assert token.json()["error"]["code"] == "account_locked"


def test_failures_at_every_door_add_up_to_one_lockout(client, api):
    staff = _staff()
    api.post("/api/v1/auth/token", {"email": staff.email, "password": WRONG}, format="json")
    client.post("/accounts/login/", {"email": staff.email, "password": WRONG})
    for _ in range(settings.LOGIN_LOCKOUT_THRESHOLD - 2):
        _admin_login(client, staff.email, WRONG)
    assert User.objects.get(pk=staff.pk).is_locked()


def test_an_account_locked_elsewhere_is_refused_at_admin(client, api):
    staff = _staff()
    for _ in range(settings.LOGIN_LOCKOUT_THRESHOLD):
        api.post("/api/v1/auth/token", {"email": staff.email, "password": WRONG}, format="json")
    page = _admin_login(client, staff.email, PASSWORD)
    assert b"locked" in page.content
    assert "_auth_user_id" not in client.session


def test_admin_login_spends_the_per_ip_budget(client):
    limit = int(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["auth_ip"].split("/")[0])
    for n in range(limit):
        assert _admin_login(client, f"guess{n}@example.com", WRONG).status_code == 200
    staff = _staff()
    throttled = _admin_login(client, staff.email, PASSWORD)
    assert throttled.status_code == 429
    assert b"Too many attempts" in throttled.content
    assert int(throttled["Retry-After"]) > 0
    assert "_auth_user_id" not in client.session
    elsewhere = _admin_login(client, staff.email, PASSWORD, REMOTE_ADDR="10.9.9.9")
    assert elsewhere.status_code == 302
