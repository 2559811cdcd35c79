import pytest
from django.contrib import admin
from django.urls import reverse

from accounts.tests.factories import UserFactory
from companies.models import ActionKind, Company, CompanyLink, CompanyStatus, Notification, TriggerFiring
from companies.services import lead_company_match
from companies.tests.factories import TeamFactory, listing, post, trigger

pytestmark = pytest.mark.django_db
MODELS = sorted(m._meta.model_name for m in admin.site._registry if m._meta.app_label == "companies")


@pytest.fixture
def admin_client(client):
    superuser = UserFactory(is_staff=True, is_superuser=True, role="admin")
    client.force_login(superuser)
    lead_company_match(lead_id=listing(name="Maple Leaf Plumbing", website="maple-leaf.example.com").pk)
    lead_company_match(lead_id=post("CRM? jane@maple-leaf.example.com").pk)
    made = trigger(threshold=60, actions=[{"kind": ActionKind.TAG, "tag": "hot"}])
    TriggerFiring.objects.create(
        trigger=made, company=Company.objects.first(), previous_score=0, score=70, fired_at=made.created_at
    )
    TeamFactory().members.add(superuser)
    Notification.objects.create(user=superuser, kind="alert", title="High intent")
    return client


@pytest.mark.parametrize("model", MODELS)
def test_every_companies_admin_page_opens(admin_client, model):
    changelist = admin_client.get(reverse(f"admin:companies_{model}_changelist"))
    assert changelist.status_code == 200
    row = next(m for m in admin.site._registry if m._meta.model_name == model).objects.first()
    if row is not None:
        assert admin_client.get(reverse(f"admin:companies_{model}_change", args=[row.pk])).status_code == 200


def test_admin_actions_merge_companies_and_undo_links(admin_client):
    lead_company_match(lead_id=listing(name="MLP Toronto", location="Toronto").pk)
    ids = list(Company.objects.values_list("pk", flat=True))
    response = admin_client.post(
        reverse("admin:companies_company_changelist"),
        {"action": "merge_into_highest_scored", "_selected_action": ids},
        follow=True,
    )
    assert response.status_code == 200
    assert Company.objects.filter(status=CompanyStatus.MERGED).count() == 1
    link = CompanyLink.objects.filter(undone=False).first()
    admin_client.post(
        reverse("admin:companies_companylink_changelist"), {"action": "undo_links", "_selected_action": [link.pk]}
    )
    link.refresh_from_db()
    assert link.undone and link.undo_reason == "undone in the admin"
