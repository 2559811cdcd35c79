"""Issue 24: data protection in the dashboard for admins and managers (suppression list, erasure with receipts,
retention policies, archives with restore), through the compliance services."""

import datetime

import pytest

from accounts.models import Role
from compliance.archive import leads_archive
from compliance.models import ErasureReceipt, RetentionPolicy, Suppression
from compliance.services import suppression_add
from leads.models import Lead
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db
PAGE = "/data-protection/"


def test_managers_read_and_add_suppressions_but_do_not_erase_or_restore(client_for):
    client = client_for(Role.MANAGER)
    lead = LeadFactory(name="Opted Out Bakery")
    ContactPointFactory(lead=lead, normalized_value="+14165550142")
    response = client.post(f"{PAGE}suppressions/", {"kind": "phone", "value": "+1 416 555 0142", "note": "asked"})
    assert response.status_code == 302
    html = client.get(PAGE).content.decode()
    assert "+14165550142" in html and "is suppressed" in html and "Retention policies" in html
    assert not Lead.objects.filter(pk=lead.pk).exists()  # the opt-out reached existing data
    assert "Erasure requests" not in html and 'id="archives"' not in html
    assert client.post(f"{PAGE}erasure/", {"email": "x@example.com"}).status_code == 403
    assert client.post(f"{PAGE}archives/restore/", {"since": "2026-01-01", "until": "2026-02-01"}).status_code == 403
    assert client_for(Role.SALES).get(PAGE).status_code == 403


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "phone", "value": "not a phone"}, "Not a phone number"),
        ({"kind": "robot", "value": "x"}, "Unknown kind."),
        ({"kind": "domain", "value": "co.uk"}, "public suffix"),
    ],
)
def test_a_bad_suppression_is_said(client_for, data, message):
    client = client_for(Role.ADMIN)
    html = client.post(f"{PAGE}suppressions/", data, follow=True).content.decode()
    assert message in html and not Suppression.objects.exists()


def test_an_admin_erases_a_person_and_reads_the_receipt(client_for):
    client = client_for(Role.ADMIN)
    lead = LeadFactory(name="Jo's Plumbing")
    ContactPointFactory(lead=lead, kind="email", value="jo@example.com", normalized_value="jo@example.com")
    asked = {"email": "jo@example.com", "reference": "Ticket 55"}
    response = client.post(f"{PAGE}erasure/", {**asked, "confirm": "1"}, follow=True)
    html = response.content.decode()
    receipt = ErasureReceipt.objects.get()
    assert f"Receipt {receipt.pk}" in html and "Ticket 55" in html and "jo@example.com" not in html.split("Receipt")[1]
    assert not Lead.objects.filter(pk=lead.pk).exists()
    assert "kept only as a hash" in html  # the erasure's suppression holds no clear identifier
    assert "Give the person" in client.post(f"{PAGE}erasure/", {}, follow=True).content.decode()


def test_erasure_asks_first_and_keeps_what_was_typed(client_for):
    client = client_for(Role.ADMIN)
    lead = LeadFactory(name="Jo's Plumbing")
    ContactPointFactory(lead=lead, kind="email", value="jo@example.com", normalized_value="jo@example.com")
    asked = {"email": "jo@example.com", "phone": "+1 416 555 0142", "reference": 'Ticket "55" <b>'}
    response = client.post(f"{PAGE}erasure/", asked)
    html = response.content.decode()
    assert response.status_code == 200 and Lead.objects.filter(pk=lead.pk).exists()
    assert not ErasureReceipt.objects.exists()
    assert "Erase everything we hold about jo@example.com and +1 416 555 0142?" in html
    assert "This cannot be undone" in html and 'name="confirm" value="1"' in html
    assert 'value="Ticket &quot;55&quot; &lt;b&gt;"' in html and 'href="/data-protection/#erasure"' in html
    client.post(f"{PAGE}erasure/", {**asked, "confirm": "1"})
    assert ErasureReceipt.objects.get().reference == 'Ticket "55" <b>'
    assert not Lead.objects.filter(pk=lead.pk).exists()


def test_an_admin_lifts_an_opt_out_but_not_an_erasure_entry(client_for):
    client = client_for(Role.ADMIN)
    entry, _ = suppression_add(kind="email", value="a@example.com")
    erased, _ = suppression_add(kind="email", value="b@example.com", reason="erasure", keep_value=False)
    client.post(f"{PAGE}suppressions/{entry.pk}/remove/")
    html = client.post(f"{PAGE}suppressions/{erased.pk}/remove/", follow=True).content.decode()
    assert list(Suppression.objects.values_list("pk", flat=True)) == [erased.pk]
    assert "cannot be removed" in html
    assert client.post(f"{PAGE}suppressions/999999/remove/").status_code == 404


def test_archives_are_listed_and_restored(client_for, settings, tmp_path):
    settings.ARCHIVE_PATH = str(tmp_path)
    lead = LeadFactory(name="Archived Antiques")
    leads_archive([lead])
    Lead.objects.filter(pk=lead.pk).delete()
    client = client_for(Role.ADMIN)
    html = client.get(PAGE).content.decode()
    assert ".jsonl.gz" in html and RetentionPolicy.objects.count() == 2
    today = datetime.date.today()
    since, until = today - datetime.timedelta(days=1), today + datetime.timedelta(days=1)
    html = client.post(f"{PAGE}archives/restore/", {"since": since, "until": until}, follow=True).content.decode()
    assert "Restored 1 leads" in html and Lead.objects.filter(pk=lead.pk).exists()
    for bad in ({"since": "soon", "until": "2026-01-01"}, {"since": "2026-02-01", "until": "2026-01-01"}):
        html = client.post(f"{PAGE}archives/restore/", bad, follow=True).content.decode()
        assert "YYYY-MM-DD" in html or "The end must come after the start." in html


@pytest.mark.parametrize("value", ["²", "-1", "9" * 40, "abc", "1e3", ""])
def test_an_odd_receipt_id_is_no_receipt_not_an_error(client_for, value):
    response = client_for(Role.ADMIN).get(PAGE, {"receipt": value})
    assert response.status_code == 200 and 'id="erasure-receipt"' not in response.content.decode()


def test_a_huge_suppression_id_is_not_found(client_for):
    assert client_for(Role.ADMIN).post(f"{PAGE}suppressions/{'9' * 30}/remove/").status_code == 404
