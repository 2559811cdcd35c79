"""The analytics page shell and the locally served plotly.js."""

import pytest
from django.contrib.staticfiles import finders

from accounts.tests.factories import UserFactory
from analytics.staticfiles import PLOTLY_SOURCE, PLOTLY_STATIC_PATH

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get("/analytics/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_unverified_and_unconsented_accounts_get_the_dashboard_gates_not_an_empty_shell(client):
    client.force_login(UserFactory(email_verified_at=None))
    response = client.get("/analytics/")
    assert response.status_code == 403 and b"Verify your email" in response.content

    client.force_login(UserFactory(consent_version=""))
    response = client.get("/analytics/")
    assert response.status_code == 302 and response.url.startswith("/accounts/consent/")


def test_the_page_links_local_assets_and_offers_a_recount_to_managers_only(client):
    client.force_login(UserFactory(role="manager"))
    page = client.get("/analytics/?period=week&kind=conversation").content.decode()
    assert f"/static/{PLOTLY_STATIC_PATH}" in page and "/static/js/analytics.js" in page
    assert 'value="week" checked' in page and 'value="conversation" selected' in page
    assert 'id="analytics-refresh"' in page and 'src="http' not in page

    client.force_login(UserFactory(role="sales"))
    assert 'id="analytics-refresh"' not in client.get("/analytics/").content.decode()


def test_plotly_js_comes_from_the_plotly_package():
    assert finders.find(PLOTLY_STATIC_PATH) == str(PLOTLY_SOURCE)
    assert PLOTLY_SOURCE.stat().st_size > 1_000_000
    found = [path for finder in finders.get_finders() for path, _ in finder.list([]) if path == "plotly.min.js"]
    assert found == ["plotly.min.js"]
