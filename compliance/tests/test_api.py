"""What the compliance endpoints answer, beyond who may call them."""

import datetime as dt

import pytest
from django.utils import timezone

from compliance.models import AuditEntry, ErasureReceipt, RetentionRun, Suppression
from compliance.services import audit_record
from leads.models import ContactKind, Lead
from leads.tests.api_roles import client_as
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _archive(settings, tmp_path):
    settings.ARCHIVE_PATH = tmp_path


def test_suppressions_add_list_filter_and_remove():
    client, _ = client_as("manager")
    lead = ContactPointFactory(kind=ContactKind.EMAIL, value="x@example.org", normalized_value="x@example.org").lead
    first = client.post("/api/v1/suppressions", {"kind": "email", "value": "X@Example.org"}, format="json")
    again = client.post("/api/v1/suppressions", {"kind": "email", "value": "x@example.org"}, format="json")
    client.post("/api/v1/suppressions", {"kind": "domain", "value": "https://www.example.net/"}, format="json")
    assert first.status_code == 201 and again.status_code == 200
    assert first.json()["value"] == "x@example.org" and again.json()["id"] == first.json()["id"]
    assert not Lead.objects.filter(pk=lead.pk).exists()

    listed = client.get("/api/v1/suppressions?kind=domain").json()
    assert [row["value"] for row in listed["results"]] == ["example.net"]
    assert client.get("/api/v1/suppressions?search=x@").json()["results"][0]["kind"] == "email"

    bad = client.post("/api/v1/suppressions", {"kind": "phone", "value": "call me"}, format="json")
    assert bad.status_code == 400 and "value" in bad.json()["error"]["fields"]

    admin, _ = client_as("admin")
    assert admin.delete(f"/api/v1/suppressions/{first.json()['id']}").status_code == 204
    assert Suppression.objects.count() == 1


def test_an_erasure_returns_its_receipt_and_its_entries_cannot_be_lifted():
    client, admin = client_as("admin")
    ContactPointFactory(kind=ContactKind.PHONE, normalized_value="+14165550170")
    response = client.post("/api/v1/erasures", {"phone": "+1 416 555 0170", "reference": "DSR-9"}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert body["counts"]["leads"] == 1 and body["requested_by_email"] == admin.email
    assert body["identifier_kinds"] == ["phone"] and len(body["identifiers_hash"]) == 64
    assert "5550170" not in response.content.decode()
    assert client.get(f"/api/v1/erasures/{body['id']}").json() == body
    entry = body["suppression_ids"][0]
    refused = client.delete(f"/api/v1/suppressions/{entry}")
    assert refused.status_code == 409 and refused.json()["error"]["code"] == "erasure_entry"
    empty = client.post("/api/v1/erasures", {}, format="json")
    assert empty.status_code == 400 and ErasureReceipt.objects.count() == 1


def test_the_audit_log_is_paginated_and_filterable(django_assert_max_num_queries):
    client, admin = client_as("admin")
    for n in range(5):
        audit_record(actor=admin, action="export", target_type="lead_export", target_id=n)
    audit_record(actor=None, action="retention_run")
    AuditEntry.objects.filter(action="retention_run").update(created_at=timezone.now() - dt.timedelta(days=3))

    with django_assert_max_num_queries(6):
        page = client.get("/api/v1/audit?page_size=2").json()
    assert len(page["results"]) == 2 and page["next"]
    assert len(client.get("/api/v1/audit?action=export").json()["results"]) == 5
    assert client.get(f"/api/v1/audit?actor={admin.pk}&target_id=3").json()["results"][0]["target_id"] == "3"
    since = (timezone.now() - dt.timedelta(days=1)).isoformat()
    recent = client.get("/api/v1/audit", {"since": since}).json()["results"]
    assert {row["action"] for row in recent} == {"export"}
    bad = client.get("/api/v1/audit?action=nonsense")
    assert bad.status_code == 400


def test_policies_runs_archives_and_restore_over_the_api(django_capture_on_commit_callbacks, settings):
    client, _ = client_as("admin")
    policies = client.get("/api/v1/retention-policies").json()
    business = next(p for p in policies if p["lead_kind"] == "business")
    changed = client.patch(
        f"/api/v1/retention-policies/{business['id']}", {"days": 30, "keep_statuses": ["won"]}, format="json"
    )
    assert changed.status_code == 200 and changed.json()["days"] == 30
    bad = client.patch(f"/api/v1/retention-policies/{business['id']}", {"keep_statuses": ["maybe"]}, format="json")
    assert bad.status_code == 400

    lead = LeadFactory()
    Lead.objects.filter(pk=lead.pk).update(
        updated_at=timezone.now() - dt.timedelta(days=31), discovered_at=dt.datetime(2026, 1, 15, tzinfo=dt.UTC)
    )
    with django_capture_on_commit_callbacks(execute=True):
        started = client.post("/api/v1/retention/runs")
    assert started.status_code == 202
    run = RetentionRun.objects.get(pk=started.json()["id"])
    assert run.status == "completed" and run.counts["business"]["deleted"] == 1
    assert client.get("/api/v1/retention/runs").json()["results"][0]["status"] == "completed"
    assert client.get("/api/v1/archives").json() == [
        {
            "name": "leads-2026-01.jsonl.gz",
            "month": "2026-01",
            "size": (settings.ARCHIVE_PATH / "leads-2026-01.jsonl.gz").stat().st_size,
        }
    ]
    restored = client.post("/api/v1/archives/restore", {"since": "2026-01-01", "until": "2026-02-01"}, format="json")
    assert restored.status_code == 200 and restored.json()["leads"] == 1
    assert Lead.objects.filter(pk=lead.pk).exists()
    backwards = client.post("/api/v1/archives/restore", {"since": "2026-02-01", "until": "2026-01-01"}, format="json")
    assert backwards.status_code == 400


def test_a_second_run_while_one_is_running_is_a_conflict():
    client, _ = client_as("admin")
    RetentionRun.objects.create()
    response = client.post("/api/v1/retention/runs")
    assert response.status_code == 409 and response.json()["error"]["code"] == "run_in_progress"
