"""HubSpot push against the fake: create, duplicate-safe re-sync, matching, retries, interrupted batches, errors."""

import pytest

from integrations.models import CrmFieldMapping, CrmSyncRecord
from integrations.services import leads_crm_push
from leads.models import LeadKind
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db


def _lead(n: int, *, email: bool = True, phone: bool = True, domain: str = ""):
    lead = LeadFactory(name=f"Birch Bakery {n}", domain=domain or f"birch-{n}.example.com")
    if email:
        ContactPointFactory(
            lead=lead,
            kind="email",
            value=f"owner{n}@birch-{n}.example.com",
            normalized_value=f"owner{n}@birch-{n}.example.com",
        )
    if phone:
        ContactPointFactory(lead=lead, kind="phone", value=f"(416) 555-01{n:02d}", normalized_value=f"+1416555{n:04d}")
    return lead


def test_a_push_creates_contact_and_company_and_links_them(fake_crm):
    lead = _lead(1)
    [record] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot")
    assert record.status == "synced" and record.remote_id and record.remote_company_id and record.attempts == 1
    contact = fake_crm.state.objects["contacts"][record.remote_id]["properties"]
    assert contact == {
        "email": "owner1@birch-1.example.com",
        "phone": "+14165550001",
        "lastname": "Birch Bakery 1",
        "company": "Birch Bakery 1",
        "website": "https://birch-1.example.com",
    }
    company = fake_crm.state.objects["companies"][record.remote_company_id]["properties"]
    assert company["domain"] == "birch-1.example.com" and company["name"] == "Birch Bakery 1"
    assert (record.remote_id, record.remote_company_id) in fake_crm.state.associations
    batch = next(r for r in fake_crm.state.requests if r[2].endswith("contacts/batch/upsert"))
    assert batch[3]["inputs"][0]["idProperty"] == "email"


def test_a_re_sync_updates_and_never_duplicates(fake_crm):
    leads = [_lead(n) for n in range(1, 4)]
    ids = [lead.pk for lead in leads]
    first = {r.lead_id: r.remote_id for r in leads_crm_push(lead_ids=ids, provider="hubspot")}
    leads[0].name = "Birch Bakery & Café"
    leads[0].save()
    second = {r.lead_id: r.remote_id for r in leads_crm_push(lead_ids=ids, provider="hubspot")}
    assert first == second
    assert len(fake_crm.state.objects["contacts"]) == 3 and len(fake_crm.state.objects["companies"]) == 3
    assert fake_crm.state.objects["contacts"][first[ids[0]]]["properties"]["company"] == "Birch Bakery & Café"
    assert CrmSyncRecord.objects.get(lead=leads[0], provider="hubspot").attempts == 2


def test_leads_without_email_match_an_existing_contact_by_phone(fake_crm):
    existing = fake_crm.state.add_object("contacts", {"phone": "+14165550007", "lastname": "Known"})
    lead = _lead(7, email=False)
    [record] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot")
    assert record.status == "synced" and record.remote_id == existing
    assert len(fake_crm.state.objects["contacts"]) == 1


def test_a_conversation_author_becomes_the_contact_name(fake_crm):
    lead = LeadFactory(kind=LeadKind.CONVERSATION, name="Need a CRM", author="Dana Whitfield", domain="")
    ContactPointFactory(lead=lead, kind="email", value="dana@example.org", normalized_value="dana@example.org")
    [record] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot")
    properties = fake_crm.state.objects["contacts"][record.remote_id]["properties"]
    assert (properties["firstname"], properties["lastname"]) == ("Dana", "Whitfield")
    assert not fake_crm.state.objects["companies"]


def test_429_waits_for_retry_after_and_5xx_backs_off_then_succeeds(fake_crm, settings):
    settings.CRM_BACKOFF_SECONDS = 0.5
    settings.CRM_MAX_WAIT_SECONDS = 30.0
    fake_crm.state.retry_after = 7
    fake_crm.state.script["hubspot"] = ["429", "500"]
    waits = []
    lead = _lead(2, domain="birch-2.example.com")
    [record] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot", sleep=waits.append)
    assert record.status == "synced"
    assert waits == [7.0, 1.0]  # Retry-After, then backoff 0.5 × 2 for the second failure in a row


def test_an_interrupted_batch_run_resumes_without_duplicates(fake_crm, settings):
    settings.CRM_BATCH_SIZE = 2
    leads = [_lead(n, domain="birch-shared.example.com") for n in range(10, 16)]
    ids = [lead.pk for lead in leads]
    # The first batch's calls succeed (company search, create, contacts upsert, 2 associations), then HubSpot is down.
    fake_crm.state.fail_after["hubspot"] = 5
    records = leads_crm_push(lead_ids=ids, provider="hubspot")
    assert [r.status for r in records] == ["synced", "synced", "failed", "failed", "failed", "failed"]
    assert "500" in records[2].last_error
    fake_crm.state.fail_after["hubspot"] = None
    records = leads_crm_push(lead_ids=ids, provider="hubspot")
    assert {r.status for r in records} == {"synced"}
    assert len(fake_crm.state.objects["contacts"]) == 6
    assert len(fake_crm.state.objects["companies"]) == 1  # one shared domain, found again by search
    assert len({r.remote_id for r in records}) == 6


def test_a_bad_token_and_an_unknown_property_are_recorded_not_raised(fake_crm, settings):
    lead = _lead(3)
    settings.HUBSPOT_TOKEN = "wrong"
    [record] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot")
    assert record.status == "failed" and "401" in record.last_error and "INVALID_AUTHENTICATION" in record.last_error
    settings.HUBSPOT_TOKEN = fake_crm.state.hubspot_token
    CrmFieldMapping.objects.create(
        provider="hubspot", crm_object="contact", lead_field="score", remote_field="lead_score"
    )
    [record] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot")
    assert record.status == "failed" and "VALIDATION_ERROR" in record.last_error and "lead_score" in record.last_error
    assert record.attempts == 2


def test_without_a_token_the_push_fails_with_a_clear_reason(settings, fake_crm):
    settings.HUBSPOT_TOKEN = ""
    [record] = leads_crm_push(lead_ids=[_lead(4).pk], provider="hubspot")
    assert record.status == "failed" and "HUBSPOT_TOKEN" in record.last_error
    assert not fake_crm.state.requests


def test_a_lead_deleted_before_the_worker_runs_is_skipped(fake_crm):
    kept, gone = _lead(5), _lead(6)
    gone_id = gone.pk
    gone.delete()
    records = leads_crm_push(lead_ids=[kept.pk, gone_id], provider="hubspot")
    assert [r.lead_id for r in records] == [kept.pk] and records[0].status == "synced"


def test_an_internal_base_url_is_refused_unless_private_urls_are_allowed(fake_crm, settings):
    lead = _lead(1)
    settings.ALLOW_PRIVATE_URLS = False  # the fake listens on 127.0.0.1
    [record] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot")
    assert record.status == "failed" and "internal address" in record.last_error
    assert fake_crm.state.requests == []


@pytest.mark.parametrize("whole_batch_refused", [False, True], ids=["per-input-error", "batch-refused"])
def test_a_contact_deleted_in_hubspot_is_written_again_and_the_others_still_update(fake_crm, whole_batch_refused):
    fake_crm.state.hubspot_missing_fails_batch = whole_batch_refused
    kept, deleted, phone_only = _lead(1), _lead(2), _lead(3, email=False)
    ids = [kept.pk, deleted.pk, phone_only.pk]
    first = {r.lead_id: r for r in leads_crm_push(lead_ids=ids, provider="hubspot")}
    contacts = fake_crm.state.objects["contacts"]
    del contacts[first[deleted.pk].remote_id], contacts[first[phone_only.pk].remote_id]  # deleted in HubSpot
    kept.name = "Birch Bakery & Café"
    kept.save()

    second = {r.lead_id: r for r in leads_crm_push(lead_ids=ids, provider="hubspot")}
    assert all(r.status == "synced" and not r.last_error for r in second.values())
    assert second[kept.pk].remote_id == first[kept.pk].remote_id
    assert contacts[second[kept.pk].remote_id]["properties"]["company"] == "Birch Bakery & Café"
    for lead in (deleted, phone_only):
        new_id = second[lead.pk].remote_id
        assert new_id != first[lead.pk].remote_id and new_id in contacts
        assert (new_id, second[lead.pk].remote_company_id) in fake_crm.state.associations
    assert contacts[second[deleted.pk].remote_id]["properties"]["email"] == "owner2@birch-2.example.com"
    assert contacts[second[phone_only.pk].remote_id]["properties"]["phone"] == "+14165550003"
    assert len(contacts) == 3


def test_a_contact_merged_away_in_hubspot_is_matched_again_by_phone(fake_crm):
    lead = _lead(4, email=False)
    [first] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot")
    contacts = fake_crm.state.objects["contacts"]
    del contacts[first.remote_id]  # merged into the contact below, which keeps the phone
    survivor = fake_crm.state.add_object("contacts", {"phone": "+14165550004", "lastname": "Birch (merged)"})
    [second] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot")
    assert second.status == "synced" and second.remote_id == survivor
    assert contacts[survivor]["properties"]["lastname"] == "Birch Bakery 4" and len(contacts) == 1


def test_a_company_deleted_in_hubspot_is_created_again_and_linked(fake_crm):
    lead = _lead(5)
    [first] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot")
    del fake_crm.state.objects["companies"][first.remote_company_id]
    [second] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot")
    assert second.status == "synced" and second.remote_id == first.remote_id
    assert second.remote_company_id != first.remote_company_id
    company = fake_crm.state.objects["companies"][second.remote_company_id]["properties"]
    assert company["domain"] == "birch-5.example.com"
    assert (second.remote_id, second.remote_company_id) in fake_crm.state.associations


def test_two_leads_with_one_email_share_one_contact_without_failing_the_batch(fake_crm):
    first, second = _lead(6), LeadFactory(name="Birch Bakery (second listing)", domain="birch-6.example.com")
    ContactPointFactory(
        lead=second, kind="email", value="Owner6@birch-6.example.com", normalized_value="owner6@birch-6.example.com"
    )
    others = [_lead(7)]
    records = leads_crm_push(lead_ids=[first.pk, second.pk, others[0].pk], provider="hubspot")
    assert all(r.status == "synced" for r in records), [r.last_error for r in records]
    by_lead = {r.lead_id: r.remote_id for r in records}
    assert by_lead[first.pk] == by_lead[second.pk]
    assert len(fake_crm.state.objects["contacts"]) == 2


def test_a_create_whose_answer_is_lost_is_not_repeated_and_the_next_push_finds_the_contact(fake_crm):
    lead = LeadFactory(name="Quill & Ink Stationers", domain="")
    ContactPointFactory(lead=lead, kind="phone", value="(416) 555-0161", normalized_value="+14165550161")
    fake_crm.state.script["hubspot"] = ["", "lost"]  # the phone search answers; the create is made, its answer lost
    [record] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot", sleep=lambda _: None)
    assert record.status == "failed" and "not repeated" in record.last_error
    assert len(fake_crm.state.objects["contacts"]) == 1
    [record] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot")
    assert record.status == "synced" and list(fake_crm.state.objects["contacts"]) == [record.remote_id]
    assert fake_crm.state.objects["contacts"][record.remote_id]["properties"]["lastname"] == "Quill & Ink Stationers"


def test_a_create_refused_with_429_is_sent_again(fake_crm):
    lead = LeadFactory(name="Fern Street Tailors", domain="")
    ContactPointFactory(lead=lead, kind="phone", value="(416) 555-0162", normalized_value="+14165550162")
    fake_crm.state.script["hubspot"] = ["", "429"]
    [record] = leads_crm_push(lead_ids=[lead.pk], provider="hubspot", sleep=lambda _: None)
    assert record.status == "synced" and len(fake_crm.state.objects["contacts"]) == 1
