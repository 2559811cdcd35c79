import threading
import time
from datetime import UTC, datetime

import pytest
from django.db import connection, connections, transaction

from accounts.tests.factories import UserFactory
from compliance.identifiers import identifier_hash
from compliance.models import Suppression, SuppressionKind
from compliance.services import suppression_add
from enrichment.models import EnrichmentStatus, LeadEnrichment
from leads.ingest import lead_bulk_upsert
from leads.models import ContactKind, ContactPoint, ExtractionLayer, Lead, LeadKind, LeadStatus
from leads.services import lead_upsert
from scraping.tests.factories import ScrapeTaskFactory

pytestmark = pytest.mark.django_db


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


def test_a_lead_saved_by_lead_upsert_is_merged_into_by_a_bulk_ingest():
    lead, _ = lead_upsert(**{k: v for k, v in _row(1).items() if k != "contacts"})

    report = lead_bulk_upsert(rows=[_row(0), _row(1, category="Cafe"), _row(2)])

    assert report.updated == [lead.pk] and len(report.created) == 2 and report.lead_ids[1] == lead.pk
    assert Lead.objects.count() == 3 and Lead.objects.get(pk=lead.pk).category == "Cafe"
    assert lead.contact_points.get().normalized_value == "+19025550101"


def test_rediscovery_fills_empty_fields_and_takes_new_json_dates_and_tasks_but_not_empty_ones():
    task = ScrapeTaskFactory()
    published = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    first = lead_bulk_upsert(rows=[_row(0, raw={"stars": 4}), _row(1, location="")])
    again = lead_bulk_upsert(
        rows=[
            _row(0, raw={}, published_at=published, scrape_task=task, text="Rye and spelt"),
            _row(1, location="Dartmouth, NS", raw={"stars": 5}),
        ]
    )
    unchanged = lead_bulk_upsert(rows=[_row(0, raw={"stars": 4}, published_at=published, scrape_task=task)])

    assert sorted(again.updated) == sorted(first.created) and unchanged.unchanged == 1 and not unchanged.updated
    zero, one = Lead.objects.get(pk=first.lead_ids[0]), Lead.objects.get(pk=first.lead_ids[1])
    assert (zero.raw, zero.published_at, zero.scrape_task_id, zero.text) == (
        {"stars": 4},
        published,
        task.pk,
        "Rye and spelt",
    )
    assert (one.location, one.raw) == ("Dartmouth, NS", {"stars": 5})
    assert zero.updated_at > zero.created_at and zero.status == LeadStatus.NEW and zero.score == 0


def test_contact_points_of_a_rediscovered_lead_gain_only_the_sources_they_lack():
    page = "https://harbour-bakery-1.example.com/contact"
    email = {"kind": ContactKind.EMAIL, "value": "Hi@Example.com", "normalized_value": "hi@example.com"}
    lead_bulk_upsert(rows=[_row(1, contacts=[*_row(1)["contacts"], email])])
    mail_saved_at = ContactPoint.objects.get(kind=ContactKind.EMAIL).updated_at
    seen_on_page = dict(_row(1)["contacts"][0], page_url=page)
    report = lead_bulk_upsert(rows=[_row(1, contacts=[_row(1)["contacts"][0], seen_on_page, email])])

    assert report.unchanged == 1 and not report.updated
    phone = ContactPoint.objects.get(kind=ContactKind.PHONE)
    assert phone.details["sources"] == [
        {"layer": "tel_link", "confidence": 0.9, "page_url": ""},
        {"layer": "tel_link", "confidence": 0.9, "page_url": page},
    ]
    assert phone.page_url == "" and phone.updated_at > phone.created_at
    mail = ContactPoint.objects.get(kind=ContactKind.EMAIL)
    assert (mail.value, mail.layer, mail.confidence) == ("Hi@Example.com", "source", 0.5)
    assert mail.details["sources"] == [{"layer": "source", "confidence": 0.5, "page_url": ""}]
    assert mail.updated_at == mail_saved_at  # nothing new: not rewritten


def test_a_more_confident_contact_takes_the_value_layer_and_page_it_was_seen_on():
    lead_bulk_upsert(rows=[_row(1, contacts=[dict(_row(1)["contacts"][0], page_url="https://a.example.com/")])])
    sure = dict(_row(1)["contacts"][0], value="+1 902 555 0101", layer=ExtractionLayer.JSON_LD, confidence=0.95)
    lead_bulk_upsert(rows=[_row(1, contacts=[sure])])

    point = ContactPoint.objects.get()
    assert (point.value, point.layer, point.confidence) == ("+1 902 555 0101", "json_ld", 0.95)
    assert point.page_url == "https://a.example.com/"  # the new source named no page: the known one stays
    assert [s["page_url"] for s in point.details["sources"]] == ["https://a.example.com/", ""]


def test_suppressed_emails_and_subdomains_of_suppressed_domains_are_skipped_on_rediscovery_too():
    lead_bulk_upsert(rows=[_row(n) for n in range(4)])
    suppression_add(kind=SuppressionKind.EMAIL, value="owner@harbour-bakery-0.example.com")
    suppression_add(kind=SuppressionKind.DOMAIN, value="harbour-bakery-1.example.com")
    email = {"kind": ContactKind.EMAIL, "value": "Owner@harbour-bakery-0.example.com"}
    rows = [
        _row(0, contacts=[dict(email, normalized_value="owner@harbour-bakery-0.example.com")]),
        _row(1, domain="shop.harbour-bakery-1.example.com", contacts=[]),
        _row(2, domain="harbour-bakery-2.co.uk", text="New text"),
        _row(3, contacts=[dict(email, normalized_value="orders@mail.harbour-bakery-1.example.com")]),
    ]

    report = lead_bulk_upsert(rows=rows, chunk_size=2)

    assert report.suppressed == [0, 1, 3] and report.updated == [report.lead_ids[2]]
    assert not ContactPoint.objects.filter(kind=ContactKind.EMAIL).exists()
    assert Lead.objects.get(platform_id="hb-2").domain == "harbour-bakery-2.co.uk"


def test_an_entry_above_the_registrable_domain_suppresses_nothing():
    # suppression_add refuses public suffixes now; an entry saved before that (or before the list named it) stays.
    Suppression.objects.create(
        kind=SuppressionKind.DOMAIN, value="co.uk", value_hash=identifier_hash("domain", "co.uk")
    )
    report = lead_bulk_upsert(rows=[_row(0, domain="harbour-bakery-0.co.uk")])

    assert not report.suppressed and len(report.created) == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="two writers at once need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_a_lead_another_writer_creates_during_the_ingest_is_merged_not_duplicated():
    inserted, done = threading.Event(), threading.Event()

    def other_writer() -> None:
        try:
            with transaction.atomic():
                lead_upsert(**{k: v for k, v in _row(1, author="Ann Baker").items() if k != "contacts"})
                inserted.set()
                time.sleep(0.5)  # still uncommitted while the bulk ingest reaches the same key
        finally:
            connections.close_all()
            done.set()

    threading.Thread(target=other_writer).start()
    assert inserted.wait(10)
    report = lead_bulk_upsert(rows=[_row(0), _row(1, text="Sourdough")])
    assert done.wait(10)

    lead = Lead.objects.get(platform_id="hb-1")
    assert Lead.objects.count() == 2 and len(report.created) == 1 and report.updated == [lead.pk]
    assert (lead.author, lead.text) == ("Ann Baker", "Sourdough") and lead.contact_points.count() == 1
