import pytest
from django.db import IntegrityError, transaction

from leads.dedupe import canonical_url, lead_dedupe_key
from leads.models import Lead, LeadStatus
from leads.services import lead_upsert
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def test_it_merges_a_rediscovered_lead_instead_of_duplicating():
    first, created = lead_upsert(kind="business", name="Harbour Bakery", platform="google_maps", platform_id="p-17")
    first.status = LeadStatus.CONTACTED
    first.save()

    again, created_again = lead_upsert(
        kind="business", name="Harbour Bakery & Café", platform="google_maps", platform_id="p-17", location="Halifax"
    )

    assert created and not created_again
    assert again.pk == first.pk
    assert Lead.objects.count() == 1
    again.refresh_from_db()
    assert again.name == "Harbour Bakery & Café"
    assert again.location == "Halifax"
    assert again.status == LeadStatus.CONTACTED  # people's work survives rediscovery


def test_it_keeps_fields_a_rediscovery_leaves_empty():
    lead_upsert(
        kind="business",
        name="Harbour Bakery",
        platform="directory",
        url="https://harbour.example.com/",
        category="Bakery",
    )
    lead, _ = lead_upsert(
        kind="business", name="Harbour Bakery", platform="directory", url="https://harbour.example.com/", category=""
    )
    assert lead.category == "Bakery"


def test_it_treats_tracking_and_www_variants_of_a_url_as_the_same_lead():
    lead_upsert(
        kind="conversation",
        name="Need a CRM",
        platform="reddit",
        url="https://www.example.com/r/smallbusiness/comments/abc/?utm_source=share",
    )
    _, created = lead_upsert(
        kind="conversation", name="Need a CRM", platform="reddit", url="http://example.com/r/smallbusiness/comments/abc"
    )
    assert not created
    assert Lead.objects.count() == 1
    assert canonical_url("HTTP://WWW.Example.com//a/?b=2&a=1#top") == "https://example.com/a?a=1&b=2"


def test_the_database_refuses_a_second_lead_with_the_same_key():
    LeadFactory(dedupe_key="id:google_maps:p-1")
    with pytest.raises(IntegrityError), transaction.atomic():
        LeadFactory(dedupe_key="id:google_maps:p-1")


def test_a_phone_and_name_identify_a_lead_without_id_or_url():
    key = lead_dedupe_key(platform="directory", phone_e164="+14165550142", name="Crème Brûlée Co.")
    assert key == "phone:+14165550142:creme brulee co"
    with pytest.raises(ValueError, match="needs a platform id"):
        lead_dedupe_key(platform="directory", name="Nameless")
