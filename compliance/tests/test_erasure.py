import hashlib

import pytest
from django.utils import timezone

from accounts.tests.factories import UserFactory
from compliance.archive import archive_files, archive_records, leads_archive
from compliance.lifecycle import erasure_perform
from compliance.models import AuditEntry, ErasureReceipt, Suppression, SuppressionKind, SuppressionReason
from compliance.selectors import suppression_match
from compliance.services import suppression_add
from enrichment.models import LookupCache
from insight.api_errors import ApplicationError
from leads.models import ContactKind, ContactPoint, Label, Lead, LeadKind
from leads.tests.factories import ContactPointFactory, LabelFactory, LeadFactory
from scraping.models import EventKind, SeenPost
from scraping.services import task_event_append
from scraping.tests.factories import MonitorFactory, ScrapeTaskFactory

pytestmark = pytest.mark.django_db

EMAIL = "Robin.Quill@Example.org"
PHONE = "+1 416 555 0166"


@pytest.fixture
def person(settings, tmp_path):
    """Everything a fictional person left: a business lead (phone), a conversation they wrote (address handle),
    another lead listing their email, labels, a monitor's seen post, a task event and an archived lead."""
    settings.ARCHIVE_PATH = tmp_path / "archive"
    business = ContactPointFactory(kind=ContactKind.PHONE, value="(416) 555-0166", normalized_value="+14165550166")
    LabelFactory(lead=business.lead)
    listed = ContactPointFactory(kind=ContactKind.EMAIL, value=EMAIL, normalized_value=EMAIL.lower())
    ContactPointFactory(lead=listed.lead, kind=ContactKind.PHONE, normalized_value="+14165550100")
    post = LeadFactory(
        kind=LeadKind.CONVERSATION, platform="mastodon", author_handle="@robin.quill@example.org", dedupe_key="c:1"
    )
    monitor = MonitorFactory()
    SeenPost.objects.create(monitor=monitor, source="mastodon", external_id="1", lead=post, matched=True)
    task_event_append(
        task_id=ScrapeTaskFactory().pk,
        kind=EventKind.RESULT,
        message=f"New lead: {business.lead.name}",
        payload={"lead_id": business.lead.pk, "phones": ["+14165550166"]},
    )
    archived = ContactPointFactory(kind=ContactKind.PHONE, normalized_value="+14165550166").lead
    leads_archive([archived])
    archived.delete()
    LookupCache.objects.create(provider="twilio", key="+14165550166", expires_at=timezone.now(), value={"x": 1})
    LookupCache.objects.create(provider="twilio", key="+14165550199", expires_at=timezone.now(), value={"x": 1})
    bystander = ContactPointFactory(kind=ContactKind.PHONE, normalized_value="+14165550199").lead
    leads_archive([bystander])
    return {"bystander": bystander}


def test_one_erasure_deletes_everything_about_the_person_and_keeps_them_out(person):
    admin = UserFactory(role="admin")

    receipt = erasure_perform(actor=admin, email=EMAIL, phone=PHONE, reference="DSR-2026-017")

    assert receipt.counts == {
        "leads": 3,
        "contact_points": 3,
        "labels": 1,
        "seen_posts": 1,
        "task_events_redacted": 1,
        "cached_lookups": 1,
        "company_keys": 0,
        "archived_leads": 1,
    }
    assert list(Lead.objects.values_list("pk", flat=True)) == [person["bystander"].pk]
    assert not ContactPoint.objects.filter(normalized_value__in=["+14165550166", EMAIL.lower()]).exists()
    assert not Label.objects.exists() and not SeenPost.objects.exists()
    assert list(LookupCache.objects.values_list("key", flat=True)) == ["+14165550199"]
    assert "+14165550166" not in str(list(_all_event_payloads()))
    archived = [r for path in archive_files() for r in archive_records(path)]
    assert [r["lead"]["pk"] for r in archived] == [person["bystander"].pk]
    assert suppression_match(emails=["robin.quill@example.org"]) and suppression_match(phones=["416-555-0166"])


def test_the_receipt_records_what_when_and_who_but_not_the_identifiers(person):
    admin = UserFactory(role="admin")
    receipt = erasure_perform(actor=admin, email=EMAIL, phone=PHONE)
    receipt = ErasureReceipt.objects.get(pk=receipt.pk)
    expected = hashlib.sha256(b"email:robin.quill@example.org\nphone:+14165550166").hexdigest()
    assert receipt.identifiers_hash == expected and receipt.identifier_kinds == ["email", "phone"]
    assert receipt.requested_by == admin and receipt.created_at
    stored = str(ErasureReceipt.objects.values().get()) + str(list(AuditEntry.objects.values()))
    stored += str(list(Suppression.objects.values()))
    assert "robin" not in stored.lower() and "5550166" not in stored
    audit = AuditEntry.objects.get(action="erasure")
    assert audit.target_id == str(receipt.pk) and audit.details["counts"] == receipt.counts


def test_an_earlier_opt_out_entry_becomes_a_hash_only_erasure_entry(person):
    entry, _ = suppression_add(kind=SuppressionKind.EMAIL, value=EMAIL, purge=False)
    erasure_perform(actor=None, email=EMAIL)
    entry.refresh_from_db()
    assert entry.value == "" and entry.reason == SuppressionReason.ERASURE
    assert Suppression.objects.count() == 1


def test_an_erasure_needs_a_valid_identifier():
    with pytest.raises(ApplicationError) as error:
        erasure_perform(actor=None)
    assert "non_field_errors" in error.value.fields
    with pytest.raises(ApplicationError) as error:
        erasure_perform(actor=None, email="nobody", phone="12")
    assert set(error.value.fields) == {"email", "phone"}
    assert not ErasureReceipt.objects.exists()


def _all_event_payloads():
    from scraping.models import TaskEvent

    for event in TaskEvent.objects.all():
        yield event.message, event.payload
