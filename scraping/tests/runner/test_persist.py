import pytest

from leads.models import ContactKind, Lead
from scraping.runner.persist import ScrapedItem, item_save
from scraping.tests.factories import ScrapeTaskFactory

pytestmark = pytest.mark.django_db


def _item(**fields) -> ScrapedItem:
    base = {"platform_id": "p-42", "name": "Orchard Café", "url": "https://maps.example.com/place/p-42"}
    findings = {
        "region": "CA",
        "phones": [{"e164": "+14165550142", "raw": "(416) 555-0142", "layer": "tel_link", "confidence": 0.95}],
        "emails": [{"email": "Hello@Orchard.example.com", "layer": "mailto"}],
    }
    return ScrapedItem(platform="sandbox_maps", fields={**base, **fields}, findings=findings, category="Coffee shop")


def test_the_same_place_found_by_two_tasks_is_one_lead_with_one_phone():
    first, second = ScrapeTaskFactory(), ScrapeTaskFactory()

    lead, created = item_save(item=_item(), task_id=first.pk)
    again, created_again = item_save(item=_item(address="1 King St, Toronto"), task_id=second.pk)

    assert created and not created_again
    assert again.pk == lead.pk
    assert Lead.objects.count() == 1
    again.refresh_from_db()
    assert again.location == "1 King St, Toronto"
    phones = again.contact_points.filter(kind=ContactKind.PHONE)
    assert [p.normalized_value for p in phones] == ["+14165550142"]
    assert again.contact_points.get(kind=ContactKind.EMAIL).normalized_value == "hello@orchard.example.com"


def test_a_phone_field_of_the_listing_is_normalised_to_e164_and_junk_is_dropped():
    item = ScrapedItem(
        platform="sandbox_directory", fields={"platform_id": "d1", "name": "Heron", "phone": "416 555 0199"}
    )
    lead, _ = item_save(item=item, task_id=None, region="CA")
    assert list(lead.contact_points.values_list("normalized_value", flat=True)) == ["+14165550199"]

    junk = ScrapedItem(platform="sandbox_directory", fields={"platform_id": "d2", "name": "Nope", "phone": "call us"})
    lead, _ = item_save(item=junk, task_id=None)
    assert not lead.contact_points.exists()
