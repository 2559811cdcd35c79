"""The session login, registration and password reset pages."""

import re

import pytest
from django.core import mail

from accounts.models import User
from accounts.tests.conftest import PASSWORD
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_login_page_logs_a_verified_user_in_and_follows_next(client):
    user = UserFactory()
    assert client.get("/accounts/login/").status_code == 200
    response = client.post("/accounts/login/", {"email": user.email.upper(), "password": PASSWORD, "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.session["_auth_user_id"] == str(user.pk)


def test_login_page_refuses_an_unverified_user(client):
    user = UserFactory(email_verified_at=None)
    response = client.post("/accounts/login/", {"email": user.email, "password": PASSWORD})
    assert response.status_code == 200
    assert b"Verify your email address" in response.content
    assert "_auth_user_id" not in client.session


def test_logout_requires_post(client):
    client.force_login(UserFactory())
    assert client.get("/accounts/logout/").status_code == 405
    assert client.post("/accounts/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_register_page_creates_an_unverified_user_and_mails_the_link(client):
    response = client.post(
        "/accounts/register/", {"email": "sam.field@example.com", "password": PASSWORD, "first_name": "Sam"}
    )
    assert response.status_code == 200 and b"Check your inbox" in response.content
    assert not User.objects.get(email="sam.field@example.com").email_verified
    link = re.search(r"http://\S+/accounts/verify/\S+/", mail.outbox[-1].body).group(0)
    path = link.split("localhost:8000", 1)[1]
    assert client.get(path).status_code == 200
    assert User.objects.get(email="sam.field@example.com").email_verified


def test_register_page_shows_field_errors(client):
    UserFactory(email="taken@example.com")
    response = client.post("/accounts/register/", {"email": "taken@example.com", "password": PASSWORD})
    assert response.status_code == 200
    assert b"already exists" in response.content


def test_password_reset_pages_change_the_password_and_end_a_lockout(client):
    from django.utils import timezone

    user = UserFactory(locked_until=timezone.now() + timezone.timedelta(minutes=10))
    response = client.post("/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    path = re.search(r"(/accounts/password/reset/[^/\s]+/[^/\s]+/)", mail.outbox[-1].body).group(1)
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200 and b"Choose a new password" in form_page.content
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "brand-new-passphrase", "new_password2": "brand-new-passphrase"},
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("brand-new-passphrase")
    assert not user.is_locked()


def test_every_page_extends_the_base_layout(client):
    for path in ["/accounts/login/", "/accounts/register/", "/accounts/password/reset/", "/accounts/verify/resend/"]:
        page = client.get(path)
        assert page.status_code == 200
        assert b"/static/css/insight.css" in page.content, path


def test_django_admin_login_refuses_unverified_and_locked_staff(client):
    from datetime import timedelta

    from django.utils import timezone

    unverified = UserFactory(is_staff=True, role="admin", email_verified_at=None)
    locked = UserFactory(is_staff=True, role="admin", locked_until=timezone.now() + timedelta(minutes=5))
    for user in (unverified, locked):
        client.post("/admin/login/?next=/admin/", {"username": user.email, "password": PASSWORD})
        assert "_auth_user_id" not in client.session
    ok = UserFactory(is_staff=True, role="admin")
    client.post("/admin/login/?next=/admin/", {"username": ok.email, "password": PASSWORD})
    assert client.session["_auth_user_id"] == str(ok.pk)


def test_changing_the_role_in_admin_moves_the_group(client):
    admin = UserFactory(is_staff=True, is_superuser=True, role="admin")
    target = UserFactory(role="sales")
    client.force_login(admin)
    page = client.get(f"/admin/accounts/user/{target.pk}/change/")
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data.update(role="marketing", date_joined_0="2026-01-01", date_joined_1="10:00:00")
    data.pop("date_joined", None)
    data.pop("last_login", None)
    data.pop("password", None)
    for key in ("email_verified_at", "first_failed_login_at", "locked_until"):
        data.pop(key, None)
    response = client.post(f"/admin/accounts/user/{target.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    target.refresh_from_db()
    assert target.role == "marketing"
    assert list(target.groups.values_list("name", flat=True)) == ["marketing"]
