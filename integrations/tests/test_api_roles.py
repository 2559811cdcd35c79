"""Every integrations endpoint × every role (and anonymous): allowed answers succeed, the rest are 401/403."""

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.tests.factories import UserFactory
from integrations.models import ExportJob, WebhookEndpoint
from leads.tests.api_roles import ROLES, client_as
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db
EVERYONE = ROLES
MANAGERS = ("admin", "manager")
ADMINS = ("admin",)


def _job(user) -> ExportJob:
    path = django_settings.EXPORT_ROOT
    path.mkdir(parents=True, exist_ok=True)
    job = ExportJob.objects.create(requested_by=user, format="csv", status="completed", file_path=f"role-{user.pk}.csv")
    (path / job.file_path).write_text("id,name\n")
    return job


def _endpoint(user=None) -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(
        name="Sales channel", url="https://93.184.215.14/insight", secret="s" * 20, events=["lead.qualified"]
    )


def _csv_file(user=None) -> dict:
    return {
        "file": SimpleUploadedFile("leads.csv", b"name,url\nAspen Movers,https://aspen-movers.example.com/\n"),
        "dry_run": "true",
    }


# (name, method, url(user), allowed roles, success status, body(user), format)
ENDPOINTS = [
    ("leads-export", "get", lambda u: "/api/v1/leads/export", EVERYONE, 200, None, None),
    ("exports-list", "get", lambda u: "/api/v1/exports", EVERYONE, 200, None, None),
    ("exports-detail", "get", lambda u: f"/api/v1/exports/{_job(u).pk}", EVERYONE, 200, None, None),
    ("exports-download", "get", lambda u: f"/api/v1/exports/{_job(u).pk}/download", EVERYONE, 200, None, None),
    ("leads-import", "post", lambda u: "/api/v1/leads/import", MANAGERS, 200, _csv_file, "multipart"),
    ("lead-crm-sync-get", "get", lambda u: f"/api/v1/leads/{LeadFactory().pk}/crm-sync", EVERYONE, 200, None, None),
    (
        "lead-crm-sync-post",
        "post",
        lambda u: f"/api/v1/leads/{LeadFactory().pk}/crm-sync",
        MANAGERS,
        202,
        lambda u: {"provider": "hubspot"},
        "json",
    ),
    (
        "leads-crm-sync-bulk",
        "post",
        lambda u: "/api/v1/leads/crm-sync",
        MANAGERS,
        202,
        lambda u: {"provider": "hubspot", "ids": [LeadFactory().pk, LeadFactory().pk]},
        "json",
    ),
    ("webhooks-list", "get", lambda u: "/api/v1/webhooks", ADMINS, 200, None, None),
    (
        "webhooks-create",
        "post",
        lambda u: "/api/v1/webhooks",
        ADMINS,
        201,
        lambda u: {
            "name": "Deals",
            "url": "https://93.184.215.14/hook",
            "secret": "a-long-signing-secret",
            "events": ["crm.synced"],
        },
        "json",
    ),
    ("webhooks-detail", "get", lambda u: f"/api/v1/webhooks/{_endpoint().pk}", ADMINS, 200, None, None),
    (
        "webhooks-patch",
        "patch",
        lambda u: f"/api/v1/webhooks/{_endpoint().pk}",
        ADMINS,
        200,
        lambda u: {"is_active": False},
        "json",
    ),
    ("webhooks-delete", "delete", lambda u: f"/api/v1/webhooks/{_endpoint().pk}", ADMINS, 204, None, None),
    ("webhooks-deliveries", "get", lambda u: f"/api/v1/webhooks/{_endpoint().pk}/deliveries", ADMINS, 200, None, None),
    ("webhooks-ping", "post", lambda u: f"/api/v1/webhooks/{_endpoint().pk}/ping", ADMINS, 202, None, "json"),
]

CASES = [(endpoint, role, endpoint[4] if role in endpoint[3] else 403) for endpoint in ENDPOINTS for role in ROLES] + [
    (endpoint, None, 401) for endpoint in ENDPOINTS
]


@pytest.mark.parametrize(
    ("endpoint", "role", "expected"), CASES, ids=[f"{c[0][0]}-{c[1] or 'anonymous'}" for c in CASES]
)
def test_role_matrix(endpoint, role, expected, settings):
    settings.HUBSPOT_TOKEN = "configured"  # pushes are only queued here: nothing runs before commit
    name, method, url, _allowed, _success, body, fmt = endpoint
    client, user = client_as(role)
    owner = user or UserFactory()
    kwargs = {"format": fmt} if fmt else {}
    data = body(owner) if body else None
    response = getattr(client, method)(url(owner), data, **kwargs)
    assert response.status_code == expected, (name, role, getattr(response, "content", b"")[:300])
