"""Salesforce push against the fake: OAuth (client credentials, JWT bearer), upsert by external id, errors."""

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.test import Client
from django.urls import reverse

from accounts.tests.factories import UserFactory
from integrations.crm.base import CrmError
from integrations.crm.salesforce import SalesforceClient
from integrations.models import CrmFieldMapping
from integrations.services import lead_crm_push, leads_crm_push
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db


def _lead(n: int):
    lead = LeadFactory(name=f"Cedar Dental {n}", domain=f"cedar-{n}.example.com", category="Dentist")
    ContactPointFactory(
        lead=lead, kind="email", value=f"desk@cedar-{n}.example.com", normalized_value=f"desk@cedar-{n}.example.com"
    )
    ContactPointFactory(lead=lead, kind="phone", normalized_value=f"+1416555{n:04d}")
    return lead


def test_client_credentials_then_lead_upsert_keyed_by_our_id(fake_crm):
    lead = _lead(1)
    record = lead_crm_push(lead_id=lead.pk, provider="salesforce")
    assert record.status == "synced" and record.remote_id.startswith("00Q")
    stored = fake_crm.state.leads[record.remote_id]
    assert stored["Insight_Lead_Id__c"] == str(lead.pk)
    assert (stored["Company"], stored["LastName"], stored["Email"], stored["Industry"]) == (
        "Cedar Dental 1",
        "Cedar Dental 1",
        "desk@cedar-1.example.com",
        "Dentist",
    )
    token_call = next(r for r in fake_crm.state.requests if r[2] == "/services/oauth2/token")
    assert token_call[3]["grant_type"] == "client_credentials"
    upsert = next(r for r in fake_crm.state.requests if r[1] == "PATCH")
    assert upsert[2] == "/services/data/v60.0/composite/sobjects/Lead/Insight_Lead_Id__c"


def test_re_sync_updates_the_same_lead(fake_crm):
    leads = [_lead(n) for n in range(1, 4)]
    ids = [lead.pk for lead in leads]
    first = {r.lead_id: r.remote_id for r in leads_crm_push(lead_ids=ids, provider="salesforce")}
    second = {r.lead_id: r.remote_id for r in leads_crm_push(lead_ids=ids, provider="salesforce")}
    assert first == second and len(fake_crm.state.leads) == 3


def test_an_interrupted_batch_run_resumes_without_duplicates(fake_crm, settings):
    settings.CRM_BATCH_SIZE = 2
    ids = [_lead(n).pk for n in range(1, 6)]
    fake_crm.state.fail_after["salesforce"] = 1  # the first batch goes through, then 500s
    records = leads_crm_push(lead_ids=ids, provider="salesforce")
    assert [r.status for r in records] == ["synced", "synced", "failed", "failed", "failed"]
    assert "UNKNOWN_EXCEPTION" in records[-1].last_error
    fake_crm.state.fail_after["salesforce"] = None
    records = leads_crm_push(lead_ids=ids, provider="salesforce")
    assert {r.status for r in records} == {"synced"} and len(fake_crm.state.leads) == 5


def test_an_expired_session_is_renewed_once(fake_crm):
    lead_crm_push(lead_id=_lead(1).pk, provider="salesforce")
    fake_crm.state.script["salesforce"] = ["401"]  # the server forgets every session
    record = lead_crm_push(lead_id=_lead(2).pk, provider="salesforce")
    assert record.status == "synced"
    assert sum(r[2] == "/services/oauth2/token" for r in fake_crm.state.requests) == 2


def test_jwt_bearer_flow(fake_crm, settings, tmp_path):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    (tmp_path / "sf.pem").write_bytes(pem)
    fake_crm.state.jwt_public_key = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    settings.SALESFORCE_CLIENT_SECRET = ""
    settings.SALESFORCE_USERNAME = fake_crm.state.jwt_username
    settings.SALESFORCE_PRIVATE_KEY_FILE = str(tmp_path / "sf.pem")
    record = lead_crm_push(lead_id=_lead(1).pk, provider="salesforce")
    assert record.status == "synced"
    token_call = next(r for r in fake_crm.state.requests if r[2] == "/services/oauth2/token")
    assert token_call[3]["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"


def test_refused_credentials_invalid_fields_and_duplicates_are_recorded(fake_crm, settings):
    lead = _lead(1)
    settings.SALESFORCE_CLIENT_SECRET = "wrong"
    record = lead_crm_push(lead_id=lead.pk, provider="salesforce")
    assert record.status == "failed" and "invalid_client" in record.last_error
    settings.SALESFORCE_CLIENT_SECRET = fake_crm.state.salesforce_client[1]
    mapping = CrmFieldMapping.objects.create(provider="salesforce", lead_field="score", remote_field="Score__c")
    record = lead_crm_push(lead_id=lead.pk, provider="salesforce")
    assert record.status == "failed" and "INVALID_FIELD" in record.last_error and "Score__c" in record.last_error
    mapping.delete()
    for n in range(2):  # two Leads already carry our id: Salesforce cannot tell which one to update
        fake_crm.state.leads[f"00Q5f00000000000{n}"] = {"Insight_Lead_Id__c": str(lead.pk), "LastName": "X"}
    record = lead_crm_push(lead_id=lead.pk, provider="salesforce")
    assert record.status == "failed" and "DUPLICATE_EXTERNAL_ID" in record.last_error


def test_an_internal_login_or_instance_url_is_refused_unless_private_urls_are_allowed(fake_crm, settings):
    lead = _lead(1)
    settings.ALLOW_PRIVATE_URLS = False  # the fake listens on 127.0.0.1
    record = lead_crm_push(lead_id=lead.pk, provider="salesforce")
    assert record.status == "failed" and "internal address" in record.last_error
    assert fake_crm.state.requests == []
    # A public login URL whose token answer names an internal instance_url: the API call is refused too.
    client = SalesforceClient.from_settings()
    client.session = {"token": "00Dfake!token", "instance_url": fake_crm.url}
    with client, pytest.raises(CrmError, match="internal address"):
        client.upsert_leads([{"Insight_Lead_Id__c": str(lead.pk), "LastName": "Cedar", "Company": "Cedar"}])
    assert fake_crm.state.requests == []


def test_a_mapping_edited_in_admin_changes_what_the_next_push_writes(fake_crm):
    lead = _lead(1)
    lead.location = "Toronto"
    lead.save()
    mapping = CrmFieldMapping.objects.get(provider="salesforce", remote_field="Industry")
    admin = Client()
    admin.force_login(UserFactory(role="admin", is_staff=True, is_superuser=True))
    url = reverse("admin:integrations_crmfieldmapping_change", args=[mapping.pk])
    assert admin.get(url).status_code == 200
    form = {"provider": "salesforce", "crm_object": "contact", "lead_field": "location", "remote_field": "City"}
    assert admin.post(url, {**form, "is_active": "on"}).status_code == 302
    record = lead_crm_push(lead_id=lead.pk, provider="salesforce")
    stored = fake_crm.state.leads[record.remote_id]
    assert stored["City"] == "Toronto" and "Industry" not in stored
