"""Sign-up to first API call, through the test outbox."""

import re
import time

import pytest
from django.conf import settings
from django.core import mail, signing

from accounts.models import User
from accounts.services import VERIFY_SALT
from accounts.tests.conftest import PASSWORD
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {"email": "Riley.Quinn@Example.com", "password": PASSWORD, "first_name": "Riley", "last_name": "Quinn"}


def _token_from_outbox() -> str:
    body = mail.outbox[-1].body
    return re.search(r"/accounts/verify/([^/\s]+)/", body).group(1)


def test_it_registers_verifies_and_issues_a_token(api):
    response = api.post("/api/v1/auth/register", SIGNUP, format="json")
    assert response.status_code == 201

    user = User.objects.get(email="riley.quinn@example.com")
    assert user.role == "sales" and not user.email_verified
    assert list(user.groups.values_list("name", flat=True)) == ["sales"]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["riley.quinn@example.com"]

    refused = api.post("/api/v1/auth/token", {"email": SIGNUP["email"], "password": PASSWORD}, format="json")
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "email_unverified"

    verified = api.post("/api/v1/auth/verify", {"token": _token_from_outbox()}, format="json")
    assert verified.status_code == 200

    tokens = api.post("/api/v1/auth/token", {"email": SIGNUP["email"], "password": PASSWORD}, format="json")
    assert tokens.status_code == 200
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens.json()['access']}")
    me = api.get("/api/v1/me")
    assert me.status_code == 200
    assert me.json()["email_verified"] is True
    assert me.json()["consent"]["required"] is True


def test_the_emailed_web_link_verifies_too(client, api):
    api.post("/api/v1/auth/register", SIGNUP, format="json")
    page = client.get(f"/accounts/verify/{_token_from_outbox()}/")
    assert page.status_code == 200
    assert b"Email address verified" in page.content
    assert User.objects.get(email="riley.quinn@example.com").email_verified


def test_it_refuses_a_duplicate_email_and_a_weak_password_with_field_errors(api):
    UserFactory(email="riley.quinn@example.com")
    taken = api.post("/api/v1/auth/register", SIGNUP, format="json")
    assert taken.status_code == 400
    assert taken.json()["error"]["code"] == "email_taken"
    assert "email" in taken.json()["error"]["fields"]

    weak = api.post("/api/v1/auth/register", {**SIGNUP, "email": "new@example.com", "password": "123"}, format="json")
    assert weak.status_code == 400
    assert weak.json()["error"]["fields"]["password"]
    assert not User.objects.filter(email="new@example.com").exists()


def test_an_expired_link_is_refused(api, client):
    user = UserFactory(email_verified_at=None)

    class PastSigner(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - settings.EMAIL_VERIFICATION_MAX_AGE - 5)

    token = PastSigner(salt=VERIFY_SALT).sign_object({"u": user.pk, "e": user.email})
    response = api.post("/api/v1/auth/verify", {"token": token}, format="json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "token_expired"
    assert client.get(f"/accounts/verify/{token}/").status_code == 400
    user.refresh_from_db()
    assert not user.email_verified


def test_a_tampered_link_is_refused(api):
    user = UserFactory(email_verified_at=None)
    other = UserFactory(email_verified_at=None)
    token = signing.TimestampSigner(salt=VERIFY_SALT).sign_object({"u": user.pk, "e": user.email})
    payload, stamp, signature = token.split(":")
    forged_payload = signing.TimestampSigner(salt=VERIFY_SALT).sign_object({"u": other.pk, "e": other.email})
    forged = f"{forged_payload.split(':')[0]}:{stamp}:{signature}"

    for bad in (forged, token[:-2] + "xx", "not-a-token"):
        response = api.post("/api/v1/auth/verify", {"token": bad}, format="json")
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "token_invalid"
    assert not User.objects.filter(email_verified_at__isnull=False, pk__in=[user.pk, other.pk]).exists()


def test_resend_is_rate_limited_without_telling_who_registered(api):
    api.post("/api/v1/auth/register", SIGNUP, format="json")
    User.objects.filter(email="riley.quinn@example.com").update(verification_sent_at=None)

    first = api.post("/api/v1/auth/verify/resend", {"email": SIGNUP["email"]}, format="json")
    assert first.status_code == 202
    assert len(mail.outbox) == 2

    again = api.post("/api/v1/auth/verify/resend", {"email": SIGNUP["email"]}, format="json")
    unknown = api.post("/api/v1/auth/verify/resend", {"email": "nobody@example.org"}, format="json")
    assert again.status_code == unknown.status_code == 202  # the same answer as for an address nobody registered
    assert len(mail.outbox) == 2

    # The new link works even though an older one was sent before.
    assert api.post("/api/v1/auth/verify", {"token": _token_from_outbox()}, format="json").status_code == 200


def test_resend_says_nothing_about_unknown_addresses(api):
    response = api.post("/api/v1/auth/verify/resend", {"email": "nobody@example.org"}, format="json")
    assert response.status_code == 202
    assert mail.outbox == []


def test_password_reset_round_trip(api):
    user = UserFactory()
    assert api.post("/api/v1/auth/password/reset", {"email": user.email}, format="json").status_code == 202
    body = mail.outbox[-1].body
    uid, token = re.search(r'"uid": "([^"]+)", "token": "([^"]+)"', body).groups()

    weak = api.post(
        "/api/v1/auth/password/reset/confirm", {"uid": uid, "token": token, "new_password": "short"}, format="json"
    )
    assert weak.status_code == 400 and weak.json()["error"]["fields"]["new_password"]  # the field that was sent

    done = api.post(
        "/api/v1/auth/password/reset/confirm",
        {"uid": uid, "token": token, "new_password": "a-brand-new-passphrase"},
        format="json",
    )
    assert done.status_code == 200
    login = api.post("/api/v1/auth/token", {"email": user.email, "password": "a-brand-new-passphrase"}, format="json")
    assert login.status_code == 200

    reused = api.post(
        "/api/v1/auth/password/reset/confirm",
        {"uid": uid, "token": token, "new_password": "yet-another-passphrase"},
        format="json",
    )
    assert reused.status_code == 400 and reused.json()["error"]["code"] == "token_invalid"


def test_a_password_reset_signs_the_old_password_s_api_sessions_out(api):
    user = UserFactory()
    tokens = api.post("/api/v1/auth/token", {"email": user.email, "password": PASSWORD}, format="json").json()
    api.post("/api/v1/auth/password/reset", {"email": user.email}, format="json")
    uid, token = re.search(r'"uid": "([^"]+)", "token": "([^"]+)"', mail.outbox[-1].body).groups()
    body = {"uid": uid, "token": token, "new_password": "a-brand-new-passphrase"}
    assert api.post("/api/v1/auth/password/reset/confirm", body, format="json").status_code == 200
    refreshed = api.post("/api/v1/auth/token/refresh", {"refresh": tokens["refresh"]}, format="json")
    assert refreshed.status_code == 401
