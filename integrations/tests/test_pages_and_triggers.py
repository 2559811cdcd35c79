"""The lead page's CRM panel and push form, admin actions and import page, the automatic push on "qualified"."""

import csv
import io

import pytest
from django.test import Client

from accounts.tests.factories import UserFactory
from compliance.models import AuditEntry
from integrations.models import CrmSyncRecord, WebhookDelivery, WebhookEndpoint
from leads.models import Lead
from leads.services import lead_update
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db


def _browser(role: str, *, superuser: bool = False) -> Client:
    client = Client()
    user = UserFactory(role=role, is_staff=superuser, is_superuser=superuser)
    client.force_login(user)
    return client


def test_the_lead_page_shows_sync_state_and_managers_get_the_push_form(settings):
    settings.HUBSPOT_TOKEN = "configured"
    lead = LeadFactory(name="Juniper Yoga")
    CrmSyncRecord.objects.create(
        lead=lead, provider="hubspot", status="failed", attempts=2, last_error="<b>HTTP 500</b>"
    )
    html = _browser("manager").get(f"/leads/{lead.pk}/").content.decode()
    assert "CRM sync" in html and "HubSpot" in html and "Push now" in html
    assert "&lt;b&gt;HTTP 500&lt;/b&gt;" in html  # a CRM's error text is escaped
    assert '<option value="salesforce">' not in html  # only configured CRMs are offered
    sales_html = _browser("sales").get(f"/leads/{lead.pk}/").content.decode()
    assert "CRM sync" in sales_html and "Push now" not in sales_html


def test_the_push_form_queues_a_push_for_managers_only(settings, fake_crm, django_capture_on_commit_callbacks):
    lead = LeadFactory(name="Juniper Yoga", domain="juniper.example.com")
    ContactPointFactory(
        lead=lead, kind="email", value="hi@juniper.example.com", normalized_value="hi@juniper.example.com"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = _browser("manager").post(f"/integrations/leads/{lead.pk}/crm-sync/", {"provider": "hubspot"})
    assert response.status_code == 302 and response["Location"].endswith(f"/leads/{lead.pk}/#crm-sync")
    assert CrmSyncRecord.objects.get(lead=lead).status == "synced"
    assert (
        _browser("sales").post(f"/integrations/leads/{lead.pk}/crm-sync/", {"provider": "hubspot"}).status_code == 403
    )


def test_qualifying_a_lead_pushes_it_and_emits_the_event(
    settings, fake_crm, receiver, django_capture_on_commit_callbacks
):
    settings.CRM_AUTO_SYNC_PROVIDERS = ["hubspot", "salesforce"]
    WebhookEndpoint.objects.create(
        name="Deals", url=receiver.url, secret="s" * 20, events=["lead.qualified", "crm.synced"]
    )
    manager = UserFactory(role="manager")
    lead = LeadFactory(name="Kale Kitchen", status="contacted")
    ContactPointFactory(
        lead=lead, kind="email", value="chef@kale.example.com", normalized_value="chef@kale.example.com"
    )
    with django_capture_on_commit_callbacks(execute=True):
        lead_update(lead=lead, actor=manager, notes="Call Tuesday")  # not a status change: nothing happens
    assert not CrmSyncRecord.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        lead_update(lead=lead, actor=manager, status="qualified")
    records = {r.provider: r for r in CrmSyncRecord.objects.filter(lead=lead)}
    assert records["hubspot"].status == "synced" and records["salesforce"].status == "synced"
    events = sorted(WebhookDelivery.objects.values_list("event", "status"))
    assert events == [("crm.synced", "delivered"), ("crm.synced", "delivered"), ("lead.qualified", "delivered")]
    assert AuditEntry.objects.filter(action="sync").count() == 2


def test_admin_actions_export_the_selection_and_queue_pushes(settings):
    settings.HUBSPOT_TOKEN = "configured"
    admin = _browser("admin", superuser=True)
    leads = [LeadFactory(name=f"Larch Cafe {n}") for n in range(3)]
    LeadFactory(name="=2+3 not selected")
    response = admin.post(
        "/admin/leads/lead/", {"action": "export_csv", "_selected_action": [lead.pk for lead in leads[:2]]}
    )
    assert response.status_code == 200, (response.status_code, response.get("Location"))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row[2] for row in rows[1:]] == ["Larch Cafe 0", "Larch Cafe 1"]
    response = admin.post("/admin/leads/lead/", {"action": "push_hubspot", "_selected_action": [leads[2].pk]})
    assert response.status_code == 302
    assert CrmSyncRecord.objects.get().lead == leads[2]
    assert set(AuditEntry.objects.values_list("action", flat=True)) == {"export", "sync"}


def test_the_admin_import_page_previews_then_imports():
    admin = _browser("admin", superuser=True)
    assert admin.get("/admin/integrations/leadimport/").status_code == 200
    content = b"name,url\nMaple Movers,https://maple-movers.example.com/\n,https://nameless.example.com/\n"
    upload = io.BytesIO(content)
    upload.name = "leads.csv"
    html = admin.post("/admin/integrations/leadimport/", {"file": upload, "dry_run": "on"}).content.decode()
    assert "Preview (dry run)" in html and "This field is required." in html
    assert not Lead.objects.exists()
    good = io.BytesIO(content.splitlines()[0] + b"\n" + content.splitlines()[1] + b"\n")
    good.name = "leads.csv"
    html = admin.post("/admin/integrations/leadimport/", {"file": good}, follow=True).content.decode()
    assert "Imported: 1 created" in html and Lead.objects.get().name == "Maple Movers"


def test_the_admin_import_page_refuses_a_corrupt_excel_file():
    admin = _browser("admin", superuser=True)
    upload = io.BytesIO(b"not an excel")
    upload.name = "a.xlsx"
    response = admin.post("/admin/integrations/leadimport/", {"file": upload})
    assert response.status_code == 200
    assert "The file could not be read as Excel (.xlsx): " in response.content.decode()
    assert not Lead.objects.exists()
