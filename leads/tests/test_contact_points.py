import pytest
from django.db import IntegrityError, transaction

from leads.models import ContactPoint
from leads.services import contact_point_add
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db


def test_the_database_refuses_the_same_number_twice_on_one_lead():
    point = ContactPointFactory(normalized_value="+14165550142")
    with pytest.raises(IntegrityError), transaction.atomic():
        ContactPointFactory(lead=point.lead, normalized_value="+14165550142")


def test_the_same_number_may_belong_to_two_leads():
    ContactPointFactory(normalized_value="+14165550142")
    ContactPointFactory(normalized_value="+14165550142")
    assert ContactPoint.objects.filter(normalized_value="+14165550142").count() == 2


def test_adding_a_known_number_keeps_the_best_confidence_and_every_source():
    lead = LeadFactory()
    contact_point_add(
        lead=lead,
        kind="phone",
        value="416 555 0142",
        normalized_value="+14165550142",
        layer="visible_text",
        confidence=0.7,
        page_url="https://a.example.com/",
    )
    point, created = contact_point_add(
        lead=lead,
        kind="phone",
        value="tel:+14165550142",
        normalized_value="+14165550142",
        layer="tel_link",
        confidence=0.95,
        page_url="https://a.example.com/contact",
    )
    contact_point_add(
        lead=lead, kind="phone", value="(416) 555-0142", normalized_value="+14165550142", layer="ocr", confidence=0.5
    )

    point.refresh_from_db()
    assert not created
    assert ContactPoint.objects.filter(lead=lead).count() == 1
    assert point.confidence == 0.95
    assert point.layer == "tel_link"
    assert [s["layer"] for s in point.details["sources"]] == ["visible_text", "tel_link", "ocr"]


def test_a_confidence_outside_zero_to_one_is_refused():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        contact_point_add(
            lead=LeadFactory(), kind="phone", value="x", normalized_value="+14165550142", layer="ocr", confidence=1.5
        )
