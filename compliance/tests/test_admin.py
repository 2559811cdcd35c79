import pytest
from django.urls import reverse

from accounts.tests.factories import UserFactory
from compliance.models import AuditEntry, ErasureReceipt, RetentionPolicy, Suppression
from leads.models import ContactKind, Lead
from leads.tests.factories import ContactPointFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, settings, tmp_path):
    settings.ARCHIVE_PATH = tmp_path
    client.force_login(UserFactory(role="admin", is_staff=True, is_superuser=True))
    return client


def test_adding_a_suppression_in_admin_normalises_purges_and_audits(admin_client):
    lead = ContactPointFactory(kind=ContactKind.PHONE, normalized_value="+14165550131").lead
    response = admin_client.post(
        reverse("admin:compliance_suppression_add"), {"kind": "phone", "value": "(416) 555-0131", "note": "call"}
    )
    assert response.status_code == 302
    assert Suppression.objects.get().value == "+14165550131"
    assert not Lead.objects.filter(pk=lead.pk).exists()
    bad = admin_client.post(reverse("admin:compliance_suppression_add"), {"kind": "email", "value": "nope"})
    assert bad.status_code == 200 and "Not an email address" in bad.content.decode()


def test_an_erasure_from_admin_issues_a_receipt(admin_client):
    ContactPointFactory(kind=ContactKind.EMAIL, value="sam@example.org", normalized_value="sam@example.org")
    response = admin_client.post(
        reverse("admin:compliance_erasurereceipt_add"), {"email": "sam@example.org", "phone": "", "reference": "T-1"}
    )
    assert response.status_code == 302
    receipt = ErasureReceipt.objects.get()
    assert receipt.counts["leads"] == 1 and receipt.reference == "T-1"
    page = admin_client.get(reverse("admin:compliance_erasurereceipt_change", args=[receipt.pk]))
    assert page.status_code == 200 and "sam@example.org" not in page.content.decode()
    empty = admin_client.post(reverse("admin:compliance_erasurereceipt_add"), {"email": "", "phone": ""})
    assert empty.status_code == 200 and ErasureReceipt.objects.count() == 1


def test_policies_are_edited_in_admin_with_an_audit_entry_and_the_log_is_read_only(admin_client):
    policy = RetentionPolicy.objects.get(lead_kind="business")
    url = reverse("admin:compliance_retentionpolicy_change", args=[policy.pk])
    response = admin_client.post(url, {"days": 90, "keep_statuses": '["won"]', "archive": "on", "is_active": "on"})
    assert response.status_code == 302
    policy.refresh_from_db()
    assert (policy.days, policy.keep_statuses) == (90, ["won"])
    entry = AuditEntry.objects.get(action="policy_change")
    assert entry.details["before"]["days"] == 365
    assert admin_client.get(reverse("admin:compliance_auditentry_changelist")).status_code == 200
    assert admin_client.get(reverse("admin:compliance_auditentry_change", args=[entry.pk])).status_code == 200
    assert admin_client.get(reverse("admin:compliance_retentionrun_changelist")).status_code == 200
