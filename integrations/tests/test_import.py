"""Lead import: dry-run preview, per-row errors, all-or-nothing save through lead_upsert, Excel, round trip."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from compliance.models import AuditEntry
from compliance.services import suppression_add
from leads.models import ContactPoint, Lead
from leads.tests.api_roles import client_as
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

GOOD = (
    "name,url,platform,phones,emails,category,status\n"
    "Aspen Movers,https://aspen-movers.example.com/,directory,+1 416 555 0142,hello@aspen-movers.example.com,Movers,"
    "won\n"
    "Birch Bakery,,import,(416) 555-0177,,Bakery,\n"
)


def _post(client, content: bytes, name: str = "leads.csv", dry_run: bool = True):
    upload = SimpleUploadedFile(name, content)
    return client.post("/api/v1/leads/import", {"file": upload, "dry_run": str(dry_run).lower()}, format="multipart")


def test_a_dry_run_previews_created_and_updated_rows_and_saves_nothing():
    existing = LeadFactory(
        name="Aspen Movers (old name)", url="https://aspen-movers.example.com/", platform="directory", platform_id=""
    )
    Lead.objects.filter(pk=existing.pk).update(dedupe_key="url:https://aspen-movers.example.com")
    client, _ = client_as("manager")
    report = _post(client, GOOD.encode()).json()
    assert (report["dry_run"], report["imported"], report["total"], report["created"], report["updated"]) == (
        True,
        False,
        2,
        1,
        1,
    )
    assert [row["action"] for row in report["rows"]] == ["updated", "created"]
    assert report["rows"][0]["lead_id"] == existing.pk and report["rows"][1]["lead_id"] is None
    assert report["ignored_columns"] == []  # status is an export column, skipped quietly
    assert Lead.objects.count() == 1 and Lead.objects.get().name == "Aspen Movers (old name)"
    assert not AuditEntry.objects.filter(action="import").exists()


def test_a_real_import_upserts_leads_with_their_contact_points_and_is_audited():
    client, user = client_as("admin")
    report = _post(client, GOOD.encode(), dry_run=False).json()
    assert report["imported"] and report["created"] == 2
    bakery = Lead.objects.get(name="Birch Bakery")
    assert bakery.platform == "import" and bakery.status == "new"  # status is never imported
    assert set(ContactPoint.objects.values_list("normalized_value", flat=True)) == {
        "+14165550142",
        "hello@aspen-movers.example.com",
        "+14165550177",
    }
    assert AuditEntry.objects.get(action="import").actor == user
    again = _post(client, GOOD.encode(), dry_run=False).json()
    assert again["updated"] == 2 and Lead.objects.count() == 2  # the same file twice: no duplicates


def test_bad_rows_are_reported_per_row_and_reject_the_whole_file():
    content = (
        "name,url,phones,emails,kind,published_at,mystery\n"
        "Cedar Electric,https://cedar.example.com/,+1 416 555 0101,,business,,x\n"
        ",https://nameless.example.com/,,,,,\n"
        "Dogwood Dental,not a url,12,bad-email,robot,yesterday,\n"
        "Elm Florist,,,,,,\n"
    )
    client, _ = client_as("manager")
    preview = _post(client, content.encode()).json()
    assert preview["errors"] == 3 and preview["ignored_columns"] == ["mystery"]
    rows = {row["row"]: row for row in preview["rows"]}
    assert rows[2]["action"] == "created"
    assert set(rows[3]["errors"]) == {"name"}
    assert set(rows[4]["errors"]) == {"url", "phones", "emails", "kind", "published_at"}
    assert "recognised" in rows[5]["errors"]["url"][0]  # no url, platform id or phone: could never be matched again
    response = _post(client, content.encode(), dry_run=False)
    assert response.status_code == 400 and response.json()["error"]["code"] == "import_rejected"
    assert set(response.json()["error"]["fields"]) == {"row 3", "row 4", "row 5"}
    assert not Lead.objects.exists()


def test_excel_files_import_and_suppressed_contacts_are_refused():
    suppression_add(kind="domain", value="blocked.example.com", purge=False)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Name", "URL", "Domain"])
    sheet.append(["Fir Fitness", "https://fir-fitness.example.com/", ""])
    sheet.append(["Blocked Gym", "https://blocked.example.com/", "blocked.example.com"])
    out = io.BytesIO()
    workbook.save(out)
    client, _ = client_as("manager")
    report = _post(client, out.getvalue(), name="gyms.xlsx").json()
    assert [row["action"] for row in report["rows"]] == ["created", "error"]
    assert "suppression" in report["rows"][1]["errors"]["suppressed"][0]


def test_an_export_imports_back_as_updates():
    LeadFactory(name="=cmd|' /C calc'!A0", url="https://gum-tree.example.com/")
    client, _ = client_as("admin")
    exported = b"".join(client.get("/api/v1/leads/export").streaming_content)
    report = _post(client, exported).json()
    assert report["errors"] == 0 and report["updated"] == 1 and report["created"] == 0
    report = _post(client, exported, dry_run=False).json()
    assert Lead.objects.get().name == "=cmd|' /C calc'!A0"  # the export's apostrophe guard is taken off again


def test_unreadable_files_are_refused_clearly(settings):
    client, _ = client_as("manager")
    assert _post(client, b"%PDF-1.7", name="leads.pdf").json()["error"]["fields"]["file"]
    assert "name" in _post(client, b"title,url\nx,y\n").json()["error"]["message"]
    settings.IMPORT_MAX_ROWS = 1
    assert "At most 1 rows" in _post(client, GOOD.encode()).json()["error"]["message"]


def test_a_corrupt_excel_file_is_refused_clearly_and_creates_nothing():
    client, _ = client_as("admin")
    response = _post(client, b"not an excel", name="a.xlsx", dry_run=False)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["message"].startswith("The file could not be read as Excel (.xlsx): ")
    assert error["fields"]["file"] == [error["message"]]
    assert not Lead.objects.exists()
