from types import SimpleNamespace

import pytest
from django.utils import timezone

from compliance.models import SuppressionKind
from compliance.services import suppression_add
from enrichment.models import StepName
from enrichment.services import _contacts_update
from leads.models import ContactKind
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def test_emails_found_on_a_website_are_not_stored_when_suppressed():
    lead = LeadFactory()
    suppression_add(kind=SuppressionKind.EMAIL, value="owner@maple.example.com")
    website = {
        "reachable": True,
        "final_url": "https://maple.example.com/contact",
        "emails": ["owner@maple.example.com", "hello@maple.example.com"],
    }
    _contacts_update(SimpleNamespace(lead=lead, now=timezone.now(), results={StepName.WEBSITE: website}))
    emails = list(lead.contact_points.filter(kind=ContactKind.EMAIL).values_list("normalized_value", flat=True))
    assert emails == ["hello@maple.example.com"]
