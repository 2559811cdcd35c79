"""GET /api/v1/leads/{id}/enrichment and POST /api/v1/leads/{id}/enrich for every role."""

import pytest

from accounts.tests.factories import UserFactory
from enrichment.models import EnrichmentStatus, LeadEnrichment
from leads.models import ContactKind
from leads.tests.api_roles import ANONYMOUS, ROLES, Endpoint, client_as, matrix
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    Endpoint(
        "enrichment",
        "get",
        lambda user: f"/api/v1/leads/{LeadFactory().pk}/enrichment",
        allowed=ROLES,
    ),
    Endpoint(
        "enrich",
        "post",
        lambda user: f"/api/v1/leads/{LeadFactory(owner=user).pk}/enrich",
        allowed=("admin", "manager", "sales"),
        success=202,
    ),
]


@pytest.mark.parametrize(("endpoint", "role", "expected"), matrix(ENDPOINTS), ids=lambda v: getattr(v, "name", v))
def test_every_role_against_the_enrichment_endpoints(endpoint, role, expected, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = endpoint.call(role)
    assert response.status_code == expected, response.content
    if expected >= 400:
        assert response.json()["error"]["code"] in ("permission_denied", "not_authenticated")


def test_sales_may_not_rerun_a_lead_assigned_to_someone_else():
    api, _ = client_as("sales")
    lead = LeadFactory(owner=UserFactory(role="sales"))
    response = api.post(f"/api/v1/leads/{lead.pk}/enrich")
    assert response.status_code == 403 and "assigned to someone else" in response.json()["error"]["message"]
    assert not LeadEnrichment.objects.filter(lead=lead).exists()
    unassigned = LeadFactory()
    assert api.post(f"/api/v1/leads/{unassigned.pk}/enrich").status_code == 202


def test_rerun_runs_the_pipeline_and_get_shows_the_result(django_capture_on_commit_callbacks):
    lead = LeadFactory(text="Family plumbers since 1987. Emergency call-outs across Toronto, day and night.")
    ContactPointFactory(lead=lead, kind=ContactKind.PHONE, value="416 555 0131", normalized_value="+14165550131")
    api, _ = client_as("manager")
    assert api.get(f"/api/v1/leads/{lead.pk}/enrichment").json()["status"] == "not_started"
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(f"/api/v1/leads/{lead.pk}/enrich")
    assert response.status_code == 202
    body = api.get(f"/api/v1/leads/{lead.pk}/enrichment").json()
    assert body["status"] == EnrichmentStatus.DONE
    assert body["phone"]["e164"] == "+14165550131" and body["phone"]["geo"] == "Ontario"
    assert body["phone"]["callable_now"] in (True, False) and body["phone"]["call_window"]
    assert body["business"]["description"].startswith("Family plumbers since 1987.")
    assert 0 <= body["quality_score"] <= 100 and body["quality_explanation"]["components"]
    assert [s["step"] for s in body["steps"]] == ["phone", "twilio", "website", "places", "summary", "quality"]


def test_a_rerun_while_queued_is_not_queued_twice(django_capture_on_commit_callbacks):
    lead = LeadFactory()
    api, _ = client_as("admin")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        api.post(f"/api/v1/leads/{lead.pk}/enrich")
        api.post(f"/api/v1/leads/{lead.pk}/enrich")
    assert len(callbacks) == 1
    assert LeadEnrichment.objects.get(lead=lead).status == EnrichmentStatus.QUEUED


@pytest.mark.parametrize("path", ["enrichment", "enrich"])
def test_an_unknown_lead_is_404(path):
    api, _ = client_as("admin")
    method = api.get if path == "enrichment" else api.post
    response = method(f"/api/v1/leads/999999/{path}")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_anonymous_is_refused():
    api, _ = client_as(ANONYMOUS)
    assert api.get(f"/api/v1/leads/{LeadFactory().pk}/enrichment").status_code == 401
