"""Every leads-app endpoint × every role (and anonymous): allowed answers succeed, the rest are 401/403."""

import pytest

from leads.models import KeywordSet, ScoringRule
from leads.tests.api_roles import ROLES, Endpoint, case_id, matrix
from leads.tests.factories import KeywordSetFactory, LeadFactory

pytestmark = pytest.mark.django_db

EVERYONE = ROLES
LEAD_WORKERS = ("admin", "manager", "sales")
CAMPAIGNERS = ("admin", "manager", "marketing")
ADMINS = ("admin",)


def _rule() -> ScoringRule:
    return ScoringRule.objects.create(name="Has a phone", condition="has_phone", weight=10)


ENDPOINTS = [
    Endpoint("leads-list", "get", lambda u: "/api/v1/leads", EVERYONE),
    Endpoint("leads-detail", "get", lambda u: f"/api/v1/leads/{LeadFactory().pk}", EVERYONE),
    Endpoint(
        "leads-patch",
        "patch",
        lambda u: f"/api/v1/leads/{LeadFactory().pk}",
        LEAD_WORKERS,
        body=lambda u: {"notes": "Called, call back Monday."},
    ),
    Endpoint(
        "leads-bulk",
        "post",
        lambda u: "/api/v1/leads/bulk",
        LEAD_WORKERS,
        body=lambda u: {"ids": [LeadFactory().pk, LeadFactory().pk], "changes": {"status": "contacted"}},
    ),
    Endpoint("lead-labels-list", "get", lambda u: f"/api/v1/leads/{LeadFactory().pk}/labels", EVERYONE),
    Endpoint(
        "lead-labels-create",
        "post",
        lambda u: f"/api/v1/leads/{LeadFactory().pk}/labels",
        LEAD_WORKERS,
        success=201,
        body=lambda u: {"kind": "good_lead"},
    ),
    Endpoint("labels-list", "get", lambda u: "/api/v1/labels", EVERYONE),
    Endpoint("keyword-sets-list", "get", lambda u: "/api/v1/keyword-sets", EVERYONE),
    Endpoint("keyword-sets-detail", "get", lambda u: f"/api/v1/keyword-sets/{KeywordSetFactory().pk}", EVERYONE),
    Endpoint(
        "keyword-sets-create",
        "post",
        lambda u: "/api/v1/keyword-sets",
        CAMPAIGNERS,
        success=201,
        body=lambda u: {"name": "Accountants wanted", "expression": '"need an accountant" OR bookkeeper*'},
    ),
    Endpoint(
        "keyword-sets-patch",
        "patch",
        lambda u: f"/api/v1/keyword-sets/{KeywordSetFactory().pk}",
        CAMPAIGNERS,
        body=lambda u: {"description": "Small firms asking for help"},
    ),
    Endpoint(
        "keyword-sets-delete",
        "delete",
        lambda u: f"/api/v1/keyword-sets/{KeywordSetFactory().pk}",
        CAMPAIGNERS,
        success=204,
    ),
    Endpoint("scoring-rules-list", "get", lambda u: "/api/v1/scoring-rules", EVERYONE),
    Endpoint("scoring-rules-detail", "get", lambda u: f"/api/v1/scoring-rules/{_rule().pk}", EVERYONE),
    Endpoint(
        "scoring-rules-create",
        "post",
        lambda u: "/api/v1/scoring-rules",
        ADMINS,
        success=201,
        body=lambda u: {"name": "Mentions urgent", "condition": "keyword", "value": "urgent", "weight": 15},
    ),
    Endpoint(
        "scoring-rules-patch",
        "patch",
        lambda u: f"/api/v1/scoring-rules/{_rule().pk}",
        ADMINS,
        body=lambda u: {"weight": 5},
    ),
    Endpoint("scoring-rules-delete", "delete", lambda u: f"/api/v1/scoring-rules/{_rule().pk}", ADMINS, success=204),
]


@pytest.mark.parametrize(("endpoint", "role", "expected"), matrix(ENDPOINTS), ids=case_id)
def test_role_matrix(endpoint, role, expected):
    response = endpoint.call(role)
    assert response.status_code == expected, response.content
    if expected >= 400:
        assert response.json()["error"]["code"] in ("not_authenticated", "permission_denied")


def test_forbidden_writes_change_nothing():
    Endpoint(
        "x", "post", lambda u: "/api/v1/keyword-sets", CAMPAIGNERS, body=lambda u: {"name": "N", "expression": "crm"}
    ).call("sales")
    Endpoint(
        "x",
        "post",
        lambda u: "/api/v1/scoring-rules",
        ADMINS,
        body=lambda u: {"name": "R", "condition": "kind", "value": "business", "weight": 1},
    ).call("manager")
    assert not KeywordSet.objects.exists()
    assert not ScoringRule.objects.filter(name="R").exists()  # the starter rules aside
