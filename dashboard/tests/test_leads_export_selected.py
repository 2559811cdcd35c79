"""Export of the ticked rows of the leads table: handed to the export API (``?ids=``) for every role."""

import csv
import io
import json

import pytest
from django.test import Client
from openpyxl import load_workbook

from accounts.models import Role
from compliance.models import AuditEntry
from leads.services import BULK_UPDATE_MAX_IDS
from leads.tests.factories import LeadFactory


def _body(response) -> bytes:
    assert response.status_code == 200, response.content
    return b"".join(response.streaming_content) if response.streaming else response.content


def _messages(response) -> list[str]:
    return [str(m) for m in response.wsgi_request._messages]


@pytest.fixture
def leads():
    return [LeadFactory(name=name) for name in ("Maple Plumbing", "Birch Roofing", "Cedar Electric")]


@pytest.mark.parametrize("role", [Role.ADMIN, Role.MANAGER, Role.SALES, Role.MARKETING])
def test_every_role_exports_only_the_ticked_leads_as_csv(client_for, leads, role):
    client = client_for(role)
    chosen = [leads[0].pk, leads[2].pk]
    response = client.post("/leads/export/", {"ids": chosen, "format": "csv", "next": "/leads/"})
    assert response.status_code == 302
    assert response.url == f"/api/v1/leads/export?ids={chosen[0]},{chosen[1]}&format=csv"
    rows = list(csv.reader(io.StringIO(_body(client.get(response.url)).decode())))
    assert sorted(row[2] for row in rows[1:]) == ["Cedar Electric", "Maple Plumbing"]
    entry = AuditEntry.objects.get(action="export")
    assert entry.actor == client.user and entry.details["rows"] == 2


def test_csv_is_the_format_when_the_button_did_not_say(client_for, leads):
    response = client_for(Role.SALES).post("/leads/export/", {"ids": [leads[0].pk]})
    assert response.url == f"/api/v1/leads/export?ids={leads[0].pk}&format=csv"


def test_excel_and_json_exports_of_the_selection(client_for, leads):
    client = client_for(Role.SALES)
    excel = client.post("/leads/export/", {"ids": [leads[1].pk], "format": "xlsx"}, follow=True)
    sheet = load_workbook(io.BytesIO(_body(excel))).active
    assert [row[2] for row in list(sheet.values)[1:]] == ["Birch Roofing"]
    as_json = client.post("/leads/export/", {"ids": [leads[1].pk], "format": "json"}, follow=True)
    assert [row["name"] for row in json.loads(_body(as_json))] == ["Birch Roofing"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"format": "csv"}, "Select at least one lead."),
        ({}, "Select at least one lead."),
        ({"ids": ["1", "x"], "format": "csv"}, "The selection is not a list of lead ids."),
        ({"ids": [str(n) for n in range(1, BULK_UPDATE_MAX_IDS + 2)], "format": "csv"}, "Select at most 500 leads."),
        ({"ids": ["1"], "format": "pdf"}, "Select a valid choice."),
    ],
)
def test_a_bad_selection_goes_back_to_the_list_with_a_message(client_for, data, message):
    client = client_for(Role.MARKETING)
    response = client.post("/leads/export/", {**data, "next": "/leads/?status=new"})
    assert response.status_code == 302 and response.url == "/leads/?status=new"
    [text] = _messages(response)
    assert text.startswith(message) and "required" not in text
    assert not AuditEntry.objects.filter(action="export").exists()


def test_export_of_the_selection_is_a_csrf_protected_post(client_for):
    client = client_for(Role.SALES)
    assert client.get("/leads/export/?ids=1&format=csv").status_code == 405
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(client.user)
    assert strict.post("/leads/export/", {"ids": ["1"], "format": "csv"}).status_code == 403


def test_the_table_offers_every_export_format_for_the_selection(client_for, leads):
    html = client_for(Role.SALES).get("/leads/").content.decode()
    for value, label in (("csv", "CSV"), ("xlsx", "Excel"), ("json", "JSON")):
        assert f'formaction="/leads/export/" name="format" value="{value}">{label}</button>' in html
    assert f'name="ids" value="{leads[0].pk}"' in html and 'id="select-all"' in html
