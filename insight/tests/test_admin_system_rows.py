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


def _add_form_data(client, model: str, **fields) -> dict:
    """What the admin's add page would post: its inline management forms, plus ``fields``."""
    page = client.get(reverse(f"admin:{model}_add"))
    data = {}
    for inline in page.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        data.update({management.add_prefix(name): value for name, value in management.initial.items()})
    return {**data, **fields}


def test_a_lead_added_by_hand_is_identified_by_its_url_or_id_and_never_twice(superuser_client):
    from leads.models import Lead

    url = reverse("admin:leads_lead_add")
    lead = {"kind": "business", "name": "Quill Stationers", "platform": "manual", "status": "new", "score": 0}
    nameless = superuser_client.post(url, _add_form_data(superuser_client, "leads_lead", **lead))
    assert nameless.status_code == 200 and "platform id or a URL" in str(nameless.context["adminform"].form.errors)

    with_url = _add_form_data(superuser_client, "leads_lead", **lead, url="https://quill.example.com/?utm_source=x")
    assert superuser_client.post(url, with_url).status_code == 302
    added = Lead.objects.get(name="Quill Stationers")
    assert added.dedupe_key.startswith("url:") and added.canonical_url

    again = superuser_client.post(url, with_url)
    assert again.status_code == 200 and "exists already" in str(again.context["adminform"].form.errors)
    assert Lead.objects.filter(name="Quill Stationers").count() == 1


def test_a_company_added_or_renamed_by_hand_gets_its_name_key(superuser_client):
    from companies.matching import company_name_key
    from companies.models import Company

    url = reverse("admin:companies_company_add")
    data = _add_form_data(superuser_client, "companies_company", name="Quill & Ink Stationers Ltd.", city="Toronto")
    assert superuser_client.post(url, data).status_code == 302
    company = Company.objects.get(name="Quill & Ink Stationers Ltd.")
    assert company.name_key == company_name_key("Quill & Ink Stationers Ltd.") != ""
