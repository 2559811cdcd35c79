"""Issue 24: /integrations/ shows CRM connection state and recent webhook deliveries to admins and managers."""

import pytest
from django.test import Client, override_settings

from accounts.tests.factories import UserFactory
from integrations.models import CrmSyncRecord, WebhookDelivery, WebhookEndpoint
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def _client(role: str) -> Client:
    client = Client()
    client.force_login(UserFactory(role=role))
    return client


@override_settings(HUBSPOT_TOKEN="pat-example-token", SALESFORCE_CLIENT_ID="", SALESFORCE_CLIENT_SECRET="")
def test_managers_see_crm_state_and_recent_deliveries():
    CrmSyncRecord.objects.create(lead=LeadFactory(), provider="hubspot", status="synced")
    CrmSyncRecord.objects.create(
        lead=LeadFactory(), provider="hubspot", status="failed", last_error="HubSpot answered 401 <b>"
    )
    hook = WebhookEndpoint.objects.create(
        name="Ops channel", url="https://hooks.example.com/in", secret="s3cret-example", events=["lead.qualified"]
    )
    WebhookDelivery.objects.create(
        endpoint=hook, url=hook.url, event="lead.qualified", status="failed", attempts=3, response_status=500
    )
    response = _client("manager").get("/integrations/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "HubSpot" in html and "Connected" in html and "Not configured" in html  # Salesforce has no credentials
    assert "HubSpot answered 401 &lt;b&gt;" in html
    assert "Ops channel" in html and "lead.qualified" in html and "HTTP 500" in html
    assert "s3cret-example" not in html  # signing keys never shown


def test_sales_and_anonymous_visitors_are_kept_out(client):
    assert _client("sales").get("/integrations/").status_code == 403
    response = client.get("/integrations/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_an_empty_install_answers_with_empty_states():
    html = _client("admin").get("/integrations/").content.decode()
    assert "No webhook endpoints yet" in html and "No deliveries yet" in html
