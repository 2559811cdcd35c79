"""Admin pages that must not answer 500: system-written rows and non-numeric ids in autocomplete fields."""

import pytest
from django.urls import reverse

from accounts.tests.factories import UserFactory
from analytics.models import StatsRefresh
from scraping.tests.factories import TaskEventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, role="admin"))
    return client


@pytest.mark.parametrize(
    ("model", "make_row"),
    [
        ("analytics_statsrefresh", lambda: StatsRefresh.objects.create(name="leads")),
        ("scraping_taskevent", TaskEventFactory),
    ],
)
def test_system_written_rows_cannot_be_added_and_are_view_only(superuser_client, model, make_row):
    row = make_row()
    assert superuser_client.get(reverse(f"admin:{model}_add")).status_code == 403
    assert superuser_client.post(reverse(f"admin:{model}_add"), {}).status_code == 403
    changelist = superuser_client.get(reverse(f"admin:{model}_changelist"))
    assert changelist.status_code == 200
    assert reverse(f"admin:{model}_add").encode() not in changelist.content
    change = superuser_client.get(reverse(f"admin:{model}_change", args=[row.pk]))
    assert change.status_code == 200
    assert change.context["has_change_permission"] is False  # shown read-only, no Save button


@pytest.mark.parametrize("model", ["companies_company", "leads_lead", "scraping_monitor", "scraping_scrapetask"])
def test_a_non_numeric_owner_is_a_form_error_not_a_500(superuser_client, model):
    response = superuser_client.post(reverse(f"admin:{model}_add"), {"owner": "abc"})
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "Select a valid choice" in errors["owner"][0]
