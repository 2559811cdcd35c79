"""The lead page partial: callable mobile or not with local time, what the business is, the quality score."""

import pytest
from django.template.loader import render_to_string

from enrichment.models import EnrichmentStatus, EnrichmentStep, LeadEnrichment, StepName, StepStatus
from enrichment.services import lead_enrich_enqueue
from leads.models import ContactKind
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db


def _render(lead) -> str:
    return render_to_string("enrichment/_lead_enrichment.html", {"lead": lead})


def test_a_lead_not_enriched_yet_says_so():
    assert "has not been enriched yet" in _render(LeadFactory())


def test_a_callable_mobile_with_local_time_business_and_score(
    fake_enrichment, settings, django_capture_on_commit_callbacks
):
    settings.ENRICHMENT_CALL_HOURS = "00:00-23:59"
    settings.ENRICHMENT_CALL_WEEKENDS = True
    lead = LeadFactory(
        name="Maple Leaf Coffee Roasters",
        platform="sandbox_maps",
        category="",
        text="Small-batch coffee roasted daily in Toronto. Espresso bar open every morning.",
    )
    ContactPointFactory(lead=lead, kind=ContactKind.PHONE, value="416 555 0123", normalized_value="+14165550123")
    with django_capture_on_commit_callbacks(execute=True):
        lead_enrich_enqueue(lead_id=lead.pk, auto=False)
    html = _render(lead)
    assert "Callable mobile — a good time to call" in html
    assert "line type from Twilio Lookup" in html and "Fictional Wireless" in html
    assert "Local time there:" in html and "(America/Toronto)" in html
    assert "Maple Leaf Coffee Roasters" in html and "Coffee shop" in html
    assert "Rated 4.6 from 128 Google reviews" in html
    assert "Small-batch coffee roasted daily in Toronto." in html
    score = LeadEnrichment.objects.get(lead=lead).quality_score
    assert f"{score}/100" in html and "Completeness" in html
    assert "mobile number, callable now" in html


def test_scraped_values_are_escaped_and_unsafe_links_dropped():
    lead = LeadFactory()
    row = LeadEnrichment.objects.create(lead=lead, status=EnrichmentStatus.DONE, quality_score=10)
    EnrichmentStep.objects.create(
        enrichment=row,
        step=StepName.WEBSITE,
        status=StepStatus.DONE,
        result={
            "reachable": True,
            "final_url": "javascript:alert(1)",
            "business": {"name": "<script>alert('x')</script>", "description": "<b>bold</b>"},
        },
    )
    html = _render(lead)
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "javascript:" not in html and "<b>bold</b>" not in html


def test_the_dashboard_lead_page_shows_the_enrichment(client, django_capture_on_commit_callbacks):
    from accounts.tests.factories import UserFactory

    lead = LeadFactory(text="Licensed plumbers serving the Greater Toronto Area since 1990.")
    ContactPointFactory(lead=lead, kind=ContactKind.PHONE, value="416 555 0150", normalized_value="+14165550150")
    with django_capture_on_commit_callbacks(execute=True):
        lead_enrich_enqueue(lead_id=lead.pk, auto=False)
    client.force_login(UserFactory(role="marketing"))
    html = client.get(f"/leads/{lead.pk}/").content.decode()
    assert 'class="card lead-enrichment"' in html and "Lead quality" in html and "Landline or mobile number" in html
