"""One export path: CSV/JSON/Excel with the list's filters, formula neutralisation, suppression, streaming, jobs."""

import csv
import io
import json

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from compliance.models import AuditEntry
from compliance.services import suppression_add
from integrations.exports import EXPORT_COLUMNS, _neutralised
from integrations.models import ExportJob
from leads.models import ContactPoint, Lead
from leads.tests.api_roles import client_as
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db
EVIL = '=HYPERLINK("http://evil.example.com","Click")'


def _body(response) -> bytes:
    assert response.status_code == 200, getattr(response, "content", b"")
    return b"".join(response.streaming_content)


def _csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(_body(response).decode())))


@pytest.fixture
def leads():
    plumber = LeadFactory(name="Maple Plumbing", platform="google_maps", score=80, domain="maple.example.com")
    ContactPointFactory(lead=plumber, normalized_value="+14165550123")
    ContactPointFactory(
        lead=plumber, kind="email", value="info@maple.example.com", normalized_value="info@maple.example.com"
    )
    LeadFactory(name=EVIL, platform="google_maps", score=50, category="-2+3", location="@SUM(A1)")
    LeadFactory(name="Yelp Roofing", platform="yelp", score=30)
    return plumber


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_every_formula_prefix_is_neutralised(value):
    """``_neutralised`` is what the CSV and Excel writers run on each row: scraped text cells get the apostrophe."""
    out = dict(zip(EXPORT_COLUMNS, _neutralised([value] * len(EXPORT_COLUMNS)), strict=True))
    for name in ("name", "status", "url", "location", "category", "emails", "domain", "author", "platform_id"):
        assert out[name] == "'" + value, name
    assert out["id"] == out["score"] == value  # not text columns: the writers never see scraped text there
    plain = _neutralised(["Plain text"] * len(EXPORT_COLUMNS))
    assert plain == ["Plain text"] * len(EXPORT_COLUMNS)


def test_our_own_phones_keep_their_plus_but_anything_else_in_the_phones_column_is_neutralised():
    phones = EXPORT_COLUMNS.index("phones")
    row = [None] * len(EXPORT_COLUMNS)
    row[phones] = "+14165550123 +14165550124"
    assert _neutralised(list(row))[phones] == "+14165550123 +14165550124"
    for value in ("=1+1", "+1 =HYPERLINK(1)", "@x"):
        row[phones] = value
        assert _neutralised(list(row))[phones] == "'" + value


def test_csv_honours_filters_and_neutralises_cells_but_not_our_phones(leads):
    client, _ = client_as("marketing")
    rows = _csv(client.get("/api/v1/leads/export?platform=google_maps&ordering=-score"))
    header = rows[0]
    assert [row[2] for row in rows[1:]] == ["Maple Plumbing", "'" + EVIL]
    evil = dict(zip(header, rows[2], strict=True))
    assert (evil["category"], evil["location"]) == ("'-2+3", "'@SUM(A1)")
    plumber = dict(zip(header, rows[1], strict=True))
    assert plumber["phones"] == "+14165550123" and plumber["emails"] == "info@maple.example.com"


def test_json_is_data_with_native_types(leads):
    client, _ = client_as("sales")
    response = client.get("/api/v1/leads/export?format=json&platform=google_maps&ordering=-score")
    assert response["Content-Type"] == "application/json"
    rows = json.loads(_body(response))
    assert rows[0]["name"] == "Maple Plumbing" and rows[0]["score"] == 80 and rows[0]["id"] == leads.pk
    assert rows[1]["name"] == EVIL  # JSON values are not spreadsheet cells: kept as they are


def test_excel_has_typed_cells_and_no_live_formula(leads):
    client, _ = client_as("manager")
    response = client.get("/api/v1/leads/export?format=xlsx&ordering=-score")
    assert response.status_code == 200 and response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][:3] == ("id", "kind", "name")
    names = [row[2] for row in rows[1:]]
    assert names == ["Maple Plumbing", "'" + EVIL, "Yelp Roofing"]
    assert rows[1][4] == 80  # a number, not text
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_suppressed_contacts_are_left_out(leads):
    suppression_add(kind="email", value="info@maple.example.com", purge=False)
    client, _ = client_as("admin")
    names = [row[2] for row in _csv(client.get("/api/v1/leads/export"))[1:]]
    assert "Maple Plumbing" not in names and "Yelp Roofing" in names


def test_bad_filters_and_formats_are_refused():
    client, _ = client_as("sales")
    response = client.get("/api/v1/leads/export?score_min=high&format=xlsx")
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    assert response.json()["error"]["fields"]["score_min"]
    unknown = client.get("/api/v1/leads/export?format=pdf")
    assert unknown.status_code == 400 and "format" in unknown.json()["error"]["fields"]


def test_many_rows_stream_in_chunks_with_a_fixed_number_of_queries(settings):
    settings.EXPORT_STREAM_MAX_ROWS = 100_000
    leads = Lead.objects.bulk_create(
        Lead(kind="business", name=f"Birch Shop {n}", platform="google_maps", dedupe_key=f"bulk:{n}")
        for n in range(3000)
    )
    ContactPoint.objects.bulk_create(
        ContactPoint(lead=lead, kind="phone", value="x", normalized_value=f"+1416555{n % 10000:04d}")
        for n, lead in enumerate(leads)
    )
    client, _ = client_as("sales")
    response = client.get("/api/v1/leads/export")
    assert isinstance(response, StreamingHttpResponse)
    with CaptureQueriesContext(connection) as queries:
        rows = _csv(response)
    assert len(rows) == 3001 and all(row[9] for row in rows[1:])
    # 3 chunks of 1,000 × (leads, phones, emails) + a suppression check per 500: never one query per row.
    assert len(queries) <= 20


def test_a_large_export_becomes_a_job_that_only_its_requester_downloads(
    leads, settings, django_capture_on_commit_callbacks
):
    settings.EXPORT_STREAM_MAX_ROWS = 2
    client, user = client_as("sales")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get("/api/v1/leads/export?format=csv&ordering=-score")
    assert response.status_code == 202 and response["Content-Type"] == "application/json"
    job = ExportJob.objects.get(pk=response.json()["id"])
    assert (job.status, job.total_rows, job.row_count, job.requested_by) == ("completed", 3, 3, user)
    detail = client.get(f"/api/v1/exports/{job.pk}").json()
    assert detail["progress"] == 1.0 and detail["download_url"] == f"/api/v1/exports/{job.pk}/download"
    download = client.get(detail["download_url"])
    rows = list(csv.reader(io.StringIO(b"".join(download.streaming_content).decode())))
    assert [row[2] for row in rows[1:]] == ["Maple Plumbing", "'" + EVIL, "Yelp Roofing"]
    other, _ = client_as("sales")
    assert other.get(f"/api/v1/exports/{job.pk}").status_code == 404
    assert other.get(f"/api/v1/exports/{job.pk}/download").status_code == 404
    manager, _ = client_as("manager")
    seen_by_manager = manager.get(f"/api/v1/exports/{job.pk}")
    assert seen_by_manager.status_code == 200  # managers see jobs to help
    assert seen_by_manager.json()["download_url"] is None  # no link they could not follow
    assert manager.get(f"/api/v1/exports/{job.pk}/download").status_code == 404  # but the file is the requester's
    actions = list(AuditEntry.objects.filter(action="export").values_list("target_type", flat=True))
    assert actions == ["export_job", "export_job"]  # requested, downloaded


def test_a_background_job_can_be_asked_for_and_excel_jobs_work(leads, django_capture_on_commit_callbacks):
    client, _ = client_as("admin")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get("/api/v1/leads/export?format=xlsx&background=true&platform=yelp")
    assert response.status_code == 202
    download = client.get(f"/api/v1/exports/{response.json()['id']}/download")
    sheet = load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    assert [row[2] for row in list(sheet.values)[1:]] == ["Yelp Roofing"]
    assert client.get("/api/v1/exports").json()["results"][0]["status"] == "completed"


def test_a_streamed_export_is_audited(leads):
    client, user = client_as("sales")
    _body(client.get("/api/v1/leads/export?platform=yelp"))
    entry = AuditEntry.objects.get(action="export")
    assert entry.actor == user and entry.details["rows"] == 1 and entry.details["format"] == "csv"


def test_old_export_files_are_deleted_by_the_hourly_schedule(leads, settings, django_capture_on_commit_callbacks):
    import datetime

    from django.utils import timezone
    from django_q.models import Schedule

    from integrations.services import export_files_expire

    assert Schedule.objects.filter(func="integrations.tasks.export_files_expire_task", schedule_type="H").exists()
    client, _ = client_as("sales")
    with django_capture_on_commit_callbacks(execute=True):
        job_id = client.get("/api/v1/leads/export?background=true").json()["id"]
    path = settings.EXPORT_ROOT / ExportJob.objects.get(pk=job_id).file_path
    assert path.is_file()
    assert export_files_expire() == 0  # fresh
    later = timezone.now() + datetime.timedelta(hours=settings.EXPORT_FILE_TTL_HOURS + 1)
    assert export_files_expire(now=later) == 1
    assert not path.exists() and ExportJob.objects.get(pk=job_id).status == "expired"
    response = client.get(f"/api/v1/exports/{job_id}/download")
    assert response.status_code == 410 and response.json()["error"]["code"] == "gone"
