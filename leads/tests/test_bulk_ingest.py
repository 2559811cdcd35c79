import pytest
from django.db import IntegrityError, transaction

from accounts.tests.factories import UserFactory
from compliance.models import SuppressionKind
from compliance.services import suppression_add
from enrichment.models import EnrichmentStatus, LeadEnrichment
from leads.ingest import _insert, lead_bulk_upsert
from leads.models import ContactKind, ContactPoint, ExtractionLayer, Lead, LeadKind, LeadStatus
from leads.services import lead_upsert
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db
KEY = ("dedupe_key",)


def _row(n: int, **changes) -> dict:
    row = {
        "kind": LeadKind.BUSINESS,
        "name": f"Harbour Bakery {n}",
        "url": f"https://harbour-bakery-{n}.example.com/",
        "platform": "directory",
        "platform_id": f"hb-{n}",
        "domain": f"harbour-bakery-{n}.example.com",
        "location": "Halifax, NS",
        "category": "Bakery",
        "contacts": [
            {
                "kind": ContactKind.PHONE,
                "value": f"(902) 555-01{n % 100:02d}",
                "normalized_value": f"+190255501{n % 100:02d}",
                "layer": ExtractionLayer.TEL_LINK,
                "confidence": 0.9,
            }
        ],
    }
    row.update(changes)
    return row


def test_new_leads_and_their_phones_go_in_with_a_few_queries_per_chunk(django_assert_max_num_queries):
    with django_assert_max_num_queries(20):  # SQLite splits inserts by its variable limit
        report = lead_bulk_upsert(rows=[_row(n) for n in range(200)])

    assert len(report.created) == 200 and not report.updated and not report.errors
    assert Lead.objects.count() == 200
    lead = Lead.objects.get(platform_id="hb-7")
    assert lead.canonical_url == "https://harbour-bakery-7.example.com"
    phone = lead.contact_points.get()
    assert (phone.normalized_value, phone.layer, phone.confidence) == ("+19025550107", "tel_link", 0.9)
    assert phone.details["sources"] == [{"layer": "tel_link", "confidence": 0.9, "page_url": ""}]


def test_a_lead_ingested_in_bulk_matches_one_saved_by_lead_upsert():
    lead_bulk_upsert(rows=[_row(1, contacts=[])])
    lead, created = lead_upsert(**{k: v for k, v in _row(1).items() if k != "contacts"})

    assert not created and Lead.objects.count() == 1


def test_rediscovery_merges_new_values_keeps_people_s_fields_and_never_duplicates():
    first = lead_bulk_upsert(rows=[_row(n) for n in range(3)])
    lead = Lead.objects.get(pk=first.lead_ids[0])
    lead.status, lead.owner, lead.notes = LeadStatus.CONTACTED, UserFactory(), "Call back Monday"
    lead.save()

    again = lead_bulk_upsert(
        rows=[_row(0, location="", text="Sourdough since 1998"), _row(1), _row(2, category="Cafe")]
    )

    assert Lead.objects.count() == 3 and not again.created
    assert sorted(again.updated) == sorted([first.lead_ids[0], first.lead_ids[2]]) and again.unchanged == 1
    lead.refresh_from_db()
    assert lead.text == "Sourdough since 1998" and lead.location == "Halifax, NS"  # empty values erase nothing
    assert (lead.status, lead.notes) == (LeadStatus.CONTACTED, "Call back Monday") and lead.owner is not None
    assert Lead.objects.get(pk=first.lead_ids[2]).category == "Cafe"
    assert ContactPoint.objects.count() == 3


def test_rows_sharing_a_key_in_one_call_become_one_lead_with_every_contact():
    email = {"kind": ContactKind.EMAIL, "value": "hello@example.com", "normalized_value": "hello@example.com"}
    report = lead_bulk_upsert(rows=[_row(5), _row(5, text="Open on Sundays", contacts=[email])])

    assert len(report.created) == 1 and report.lead_ids[0] == report.lead_ids[1]
    lead = Lead.objects.get()
    assert lead.text == "Open on Sundays"
    assert sorted(lead.contact_points.values_list("kind", flat=True)) == ["email", "phone"]


def test_a_stored_phone_keeps_its_best_confidence_and_records_every_source():
    lead_bulk_upsert(rows=[_row(1)])
    weaker = dict(_row(1)["contacts"][0], layer=ExtractionLayer.OCR, confidence=0.4, page_url="https://a.example.com/")
    lead_bulk_upsert(rows=[_row(1, contacts=[weaker])])
    point = ContactPoint.objects.get()
    assert point.confidence == 0.9 and point.layer == "tel_link"
    assert [s["layer"] for s in point.details["sources"]] == ["tel_link", "ocr"]

    stronger = dict(weaker, layer=ExtractionLayer.JSON_LD, confidence=0.99)
    lead_bulk_upsert(rows=[_row(1, contacts=[stronger])])
    point.refresh_from_db()
    assert point.confidence == 0.99 and point.layer == "json_ld"
    assert ContactPoint.objects.count() == 1


def test_suppressed_phones_and_domains_are_skipped_and_reported():
    suppression_add(kind=SuppressionKind.PHONE, value="+19025550101")
    suppression_add(kind=SuppressionKind.DOMAIN, value="harbour-bakery-2.example.com")

    report = lead_bulk_upsert(rows=[_row(0), _row(1), _row(2)])

    assert report.suppressed == [1, 2]
    assert list(Lead.objects.values_list("platform_id", flat=True)) == ["hb-0"]


def test_bad_rows_get_per_field_errors_and_the_good_ones_still_go_in():
    rows = [
        _row(0),
        _row(1, kind="robot", name=" "),
        _row(2, url="not a url", extra="x"),
        _row(3, contacts=[{"kind": "fax", "normalized_value": "", "confidence": 2}]),
        {"kind": LeadKind.CONVERSATION, "name": "Anyone know a good bakery?", "platform": "reddit"},
    ]
    rows.append(_row(5, contacts=[{"kind": ContactKind.PHONE, "normalized_value": "(902) 555-0105"}]))

    report = lead_bulk_upsert(rows=rows)

    assert set(report.errors) == {1, 2, 3, 4, 5}
    assert "must be E.164" in report.errors[5]["contacts[0]"][0]
    assert set(report.errors[1]) == {"kind", "name"}
    assert set(report.errors[2]) == {"url", "extra"}
    assert "confidence must be a number from 0 to 1." in report.errors[3]["contacts[0]"]
    assert "platform id, a URL, or a phone" in report.errors[4]["dedupe_key"][0]
    assert list(Lead.objects.values_list("platform_id", flat=True)) == ["hb-0"]


def test_new_and_changed_leads_are_queued_for_enrichment_unchanged_ones_are_not(settings):
    settings.ENRICHMENT_AUTO = True
    first = lead_bulk_upsert(rows=[_row(0), _row(1)])
    assert set(LeadEnrichment.objects.values_list("lead_id", flat=True)) == set(first.created)
    LeadEnrichment.objects.update(status=EnrichmentStatus.DONE)

    lead_bulk_upsert(rows=[_row(0, category="Patisserie"), _row(1)])

    queued = LeadEnrichment.objects.filter(status=EnrichmentStatus.QUEUED).values_list("lead_id", flat=True)
    assert list(queued) == [first.lead_ids[0]]


def test_a_key_another_writer_took_raises_integrity_error_and_the_transaction_goes_on():
    """What the chunk's fallback to one-by-one upserts relies on: the failed insert is rolled back cleanly."""
    taken = LeadFactory()
    row = Lead(kind=LeadKind.BUSINESS, name="Late Duplicate", platform="directory", dedupe_key=taken.dedupe_key)
    with pytest.raises(IntegrityError), transaction.atomic():
        _insert([Lead(kind=LeadKind.BUSINESS, name="Fresh", platform="directory", dedupe_key="id:x:1"), row], key=KEY)
    assert list(Lead.objects.values_list("dedupe_key", flat=True)) == [taken.dedupe_key]
    fresh = Lead(kind=LeadKind.BUSINESS, name="Fresh", platform="directory", dedupe_key="id:x:1")
    with transaction.atomic():
        _insert([fresh], key=KEY)
    assert Lead.objects.get(pk=fresh.pk).name == "Fresh"
