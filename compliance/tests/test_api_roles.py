"""Every compliance endpoint × every role (and anonymous): allowed answers succeed, the rest are 401/403."""

import pytest

from compliance.models import RetentionPolicy, Suppression, SuppressionKind
from compliance.services import suppression_add
from leads.tests.api_roles import Endpoint, case_id, matrix

pytestmark = pytest.mark.django_db

ADMINS = ("admin",)
READERS = ("admin", "manager")
WRITERS = ("admin", "manager", "sales")


@pytest.fixture(autouse=True)
def _archive(settings, tmp_path):
    settings.ARCHIVE_PATH = tmp_path


def _entry() -> Suppression:
    return suppression_add(kind=SuppressionKind.DOMAIN, value=f"opt-out-{Suppression.objects.count()}.example.com")[0]


ENDPOINTS = [
    Endpoint("suppressions-list", "get", lambda u: "/api/v1/suppressions", READERS),
    Endpoint(
        "suppressions-create",
        "post",
        lambda u: "/api/v1/suppressions",
        WRITERS,
        success=201,
        body=lambda u: {"kind": "phone", "value": "+1 416 555 0110"},
    ),
    Endpoint("suppressions-delete", "delete", lambda u: f"/api/v1/suppressions/{_entry().pk}", ADMINS, success=204),
    Endpoint("erasures-list", "get", lambda u: "/api/v1/erasures", ADMINS),
    Endpoint(
        "erasures-create",
        "post",
        lambda u: "/api/v1/erasures",
        ADMINS,
        success=201,
        body=lambda u: {"email": "gone@example.org"},
    ),
    Endpoint("audit-list", "get", lambda u: "/api/v1/audit", ADMINS),
    Endpoint("retention-policies-list", "get", lambda u: "/api/v1/retention-policies", READERS),
    Endpoint(
        "retention-policies-patch",
        "patch",
        lambda u: f"/api/v1/retention-policies/{RetentionPolicy.objects.get(lead_kind='business').pk}",
        ADMINS,
        body=lambda u: {"days": 400},
    ),
    Endpoint("retention-runs-list", "get", lambda u: "/api/v1/retention/runs", ADMINS),
    Endpoint("retention-runs-create", "post", lambda u: "/api/v1/retention/runs", ADMINS, success=202),
    Endpoint("archives-list", "get", lambda u: "/api/v1/archives", ADMINS),
    Endpoint(
        "archives-restore",
        "post",
        lambda u: "/api/v1/archives/restore",
        ADMINS,
        body=lambda u: {"since": "2026-01-01", "until": "2026-02-01"},
    ),
]


@pytest.mark.parametrize(("endpoint", "role", "expected"), matrix(ENDPOINTS), ids=case_id)
def test_role_matrix(endpoint, role, expected):
    response = endpoint.call(role)
    assert response.status_code == expected, response.content
    if expected >= 400:
        assert response.json()["error"]["code"] in ("not_authenticated", "permission_denied")


def test_forbidden_writes_change_nothing():
    Endpoint(
        "x",
        "post",
        lambda u: "/api/v1/suppressions",
        WRITERS,
        body=lambda u: {"kind": "email", "value": "a@example.com"},
    ).call("marketing")
    Endpoint("x", "post", lambda u: "/api/v1/erasures", ADMINS, body=lambda u: {"email": "a@example.com"}).call(
        "manager"
    )
    assert not Suppression.objects.exists()
