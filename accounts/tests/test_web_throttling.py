"""The public account forms spend the same budgets as the API's auth endpoints: per IP and per email address."""

import pytest
from django.conf import settings
from django.core import mail

from accounts.tests.conftest import PASSWORD
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

FORMS = {
    "login": ("/accounts/login/", lambda email: {"email": email, "password": "wrong-password-here"}),
    "register": ("/accounts/register/", lambda email: {"email": email, "password": "x"}),  # refused: too short
    "password-reset": ("/accounts/password/reset/", lambda email: {"email": email}),
    "verify-resend": ("/accounts/verify/resend/", lambda email: {"email": email}),
}


def _rate(scope: str) -> int:
    return int(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"][scope].split("/")[0])


@pytest.mark.parametrize("name", FORMS)
def test_each_form_answers_429_with_a_message_once_an_ip_is_over_budget(client, name):
    url, body = FORMS[name]
    for n in range(_rate("auth_ip")):
        assert client.post(url, body(f"guess{n}@example.com")).status_code in (200, 302)
    throttled = client.post(url, body("one-more@example.com"))
    assert throttled.status_code == 429
    assert b"Too many attempts" in throttled.content
    assert b"<form" in throttled.content  # the form page, showing why
    assert int(throttled["Retry-After"]) > 0
    assert client.post(url, body("one-more@example.com"), REMOTE_ADDR="10.9.9.9").status_code != 429


def test_password_reset_mails_one_address_at_most_the_per_account_budget(client):
    user = UserFactory()
    limit = _rate("auth_user")
    answers = [
        client.post("/accounts/password/reset/", {"email": user.email}, REMOTE_ADDR=f"10.0.0.{n + 1}").status_code
        for n in range(limit + 5)
    ]
    assert answers == [302] * limit + [429] * 5
    assert len(mail.outbox) == limit


def test_login_guesses_over_many_accounts_are_stopped_and_the_owner_still_logs_in_elsewhere(client):
    people = UserFactory.create_batch(3)
    guesses = [
        client.post("/accounts/login/", {"email": f"person-{n}@example.com", "password": "Summer2026!"})
        for n in range(_rate("auth_ip") + 5)
    ]
    assert [g.status_code for g in guesses].count(429) == 5
    owner = client.post("/accounts/login/", {"email": people[0].email, "password": PASSWORD}, REMOTE_ADDR="10.7.7.7")
    assert owner.status_code == 302


def test_the_web_and_the_api_share_one_budget(client, api):
    for n in range(_rate("auth_ip") - 1):
        api.post("/api/v1/auth/password/reset", {"email": f"p{n}@example.com"}, format="json")
    assert client.post("/accounts/password/reset/", {"email": "last@example.com"}).status_code == 302
    assert client.post("/accounts/password/reset/", {"email": "over@example.com"}).status_code == 429
    over = api.post("/api/v1/auth/password/reset", {"email": "over@example.com"}, format="json")
    assert over.status_code == 429
