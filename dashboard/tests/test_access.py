import pytest

from accounts.models import Role
from dashboard.tests.conftest import ROLES

PAGES = ["/leads/", "/tasks/", "/scraper/", "/monitors/"]


def test_home_sends_visitors_to_login_and_people_to_their_leads(client, client_for):
    assert client.get("/").url == "/accounts/login/"
    assert client_for(Role.SALES).get("/").url == "/leads/"


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_pages_need_a_login(client, path):
    response = client.get(path)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/?next=")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("path", PAGES)
def test_every_role_opens_every_page(client_for, role, path):
    response = client_for(role).get(path)
    assert response.status_code == 200
    assert b'<nav class="primary" aria-label="Main">' in response.content


def test_an_unverified_account_is_refused(client_for):
    response = client_for(Role.SALES, email_verified_at=None).get("/leads/")
    assert response.status_code == 403 and b"Verify your email" in response.content


def test_an_account_without_consent_is_sent_to_the_consent_page(client_for):
    response = client_for(Role.SALES, consent_version="").get("/leads/")
    assert response.status_code == 302 and response.url.startswith("/accounts/consent/")


def test_nav_shows_admin_only_to_admins_and_marks_the_current_page(client_for):
    admin = client_for(Role.ADMIN).get("/leads/").content.decode()
    sales = client_for(Role.SALES).get("/tasks/").content.decode()
    assert 'href="/admin/"' in admin and 'href="/admin/"' not in sales
    assert '<a href="/tasks/" aria-current="page">Tasks</a>' in sales


def test_login_page_shares_the_dashboard_look(client):
    response = client.get("/accounts/login/")
    assert b"css/dashboard.css" in response.content and b"Skip to content" in response.content
