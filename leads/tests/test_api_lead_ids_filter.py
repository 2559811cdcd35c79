"""The ``ids`` filter of the lead list and export: only the given leads, validated like bulk changes, documented."""

import csv
import io

import pytest
from drf_spectacular.generators import SchemaGenerator
from openpyxl import load_workbook

from integrations.models import ExportJob
from leads.services import BULK_UPDATE_MAX_IDS
from leads.tests.api_roles import ROLES, client_as
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def _body(response) -> bytes:
    assert response.status_code == 200, response.content
    return b"".join(response.streaming_content) if response.streaming else response.content


def _csv_names(response) -> list[str]:
    return [row[2] for row in list(csv.reader(io.StringIO(_body(response).decode())))[1:]]


@pytest.fixture
def leads():
    return {
        name: LeadFactory(name=name, score=score, platform=platform)
        for name, score, platform in (
            ("Maple Plumbing", 80, "google_maps"),
            ("Birch Roofing", 40, "yelp"),
            ("Cedar Electric", 60, "google_maps"),
        )
    }


@pytest.mark.parametrize("role", ROLES)
def test_every_role_exports_only_the_given_ids_in_the_asked_order(leads, role):
    client, _ = client_as(role)
    ids = f"{leads['Maple Plumbing'].pk},{leads['Birch Roofing'].pk}"
    response = client.get(f"/api/v1/leads/export?ids={ids}&ordering=score&format=csv")
    assert _csv_names(response) == ["Birch Roofing", "Maple Plumbing"]


def test_ids_combine_with_other_filters_and_may_be_repeated(leads):
    client, _ = client_as("sales")
    maple, birch, cedar = (leads[name].pk for name in ("Maple Plumbing", "Birch Roofing", "Cedar Electric"))
    both = client.get(f"/api/v1/leads/export?ids={maple},{birch}&platform=google_maps")
    assert _csv_names(both) == ["Maple Plumbing"]
    listed = client.get(f"/api/v1/leads?ids={maple}&ids={cedar}&ids={maple}").json()["results"]
    assert sorted(row["name"] for row in listed) == ["Cedar Electric", "Maple Plumbing"]


def test_excel_export_of_the_given_ids(leads):
    client, _ = client_as("marketing")
    response = client.get(f"/api/v1/leads/export?ids={leads['Cedar Electric'].pk}&format=xlsx")
    sheet = load_workbook(io.BytesIO(_body(response))).active
    assert [row[2] for row in list(sheet.values)[1:]] == ["Cedar Electric"]


def test_a_background_export_keeps_the_ids(leads, django_capture_on_commit_callbacks):
    client, _ = client_as("sales")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(f"/api/v1/leads/export?ids={leads['Birch Roofing'].pk}&background=true")
    assert response.status_code == 202
    job = ExportJob.objects.get(pk=response.json()["id"])
    assert (job.status, job.total_rows, job.row_count) == ("completed", 1, 1)
    assert _csv_names(client.get(f"/api/v1/exports/{job.pk}/download")) == ["Birch Roofing"]


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        ("abc", "Lead ids are whole numbers separated by commas; “abc” is not one."),
        ("1.5", "“1.5” is not one."),
        ("1.0", "“1.0” is not one."),
        ("-3", "“-3” is not one."),
        ("0", "“0” is not one."),
        ("2,,x3", "“x3” is not one."),
        ("99999999999999999999", "is not one."),
        ("", "leave the parameter out or give it a value"),  # an empty parameter is refused as such
        (",".join(map(str, range(1, BULK_UPDATE_MAX_IDS + 2))), "At most 500 lead ids at once; 501 were given."),
    ],
)
@pytest.mark.parametrize("endpoint", ["/api/v1/leads/export", "/api/v1/leads"])
def test_bad_ids_are_a_clear_field_error(endpoint, ids, message):
    client, _ = client_as("sales")
    response = client.get(f"{endpoint}?ids={ids}")
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert error["code"] == "invalid" and any(message in reason for reason in error["fields"]["ids"])


def test_the_cap_is_the_bulk_cap(leads):
    client, _ = client_as("sales")
    at_cap = ",".join([str(leads["Maple Plumbing"].pk)] + [str(10**6 + n) for n in range(BULK_UPDATE_MAX_IDS - 1)])
    assert _csv_names(client.get(f"/api/v1/leads/export?ids={at_cap}")) == ["Maple Plumbing"]


def test_anonymous_callers_are_still_refused(leads):
    assert client_as(None)[0].get(f"/api/v1/leads/export?ids={leads['Maple Plumbing'].pk}").status_code == 401


def test_the_schema_documents_ids_on_the_list_and_the_export():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    for path in ("/api/v1/leads", "/api/v1/leads/export"):
        (ids,) = [p for p in schema["paths"][path]["get"]["parameters"] if p["name"] == "ids"]
        assert ids["in"] == "query" and ids["schema"]["type"] == "array"
        assert ids["schema"]["items"]["type"] == "integer" and ids["schema"]["maxItems"] == BULK_UPDATE_MAX_IDS
        assert "comma" in ids["description"]
    assert "ids=" in schema["paths"]["/api/v1/leads/export"]["get"]["description"]
