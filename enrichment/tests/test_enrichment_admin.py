import pytest

from enrichment.models import EnrichmentStatus, LeadEnrichment
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def test_the_lead_admin_action_enriches_the_selected_leads(admin_client, django_capture_on_commit_callbacks):
    leads = [LeadFactory(), LeadFactory()]
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/admin/leads/lead/",
            {"action": "enrich_selected_leads", "_selected_action": [lead.pk for lead in leads]},
            follow=True,
        )
    assert "Enrichment of 2 lead(s) queued." in response.content.decode()
    assert LeadEnrichment.objects.filter(status=EnrichmentStatus.DONE).count() == 2


def test_the_enrichment_admin_reruns_and_shows_steps(admin_client, django_capture_on_commit_callbacks):
    lead = LeadFactory()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post("/admin/leads/lead/", {"action": "enrich_selected_leads", "_selected_action": [lead.pk]})
    row = LeadEnrichment.objects.get(lead=lead)
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post("/admin/enrichment/leadenrichment/", {"action": "rerun", "_selected_action": [row.pk]})
    assert row.steps.get(step="quality").attempts == 2
    page = admin_client.get(f"/admin/enrichment/leadenrichment/{row.pk}/change/").content.decode()
    assert "Quality score" in page and "The lead has no phone number." in page
    assert admin_client.get("/admin/enrichment/lookupcache/").status_code == 200
    assert admin_client.get("/admin/enrichment/providerusage/").status_code == 200
