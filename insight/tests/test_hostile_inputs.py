"""Hostile input answers a 4xx with the API's error body, never a 500 (in-process; ``test_hostile_inputs_server``
sends the same corpus to a real web process)."""

import base64

import pytest
from asgiref.sync import async_to_sync
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from accounts.models import Role
from accounts.tests.factories import UserFactory
from insight.testing import hostile
from leads.tests.factories import KeywordSetFactory, LeadFactory
from scraping.tests.factories import ScrapeTaskFactory
from scraping.tests.live.helpers import access_token, communicator, receive, receive_until

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client() -> APIClient:
    client = APIClient()
    admin = UserFactory(role=Role.ADMIN, email="hostile-admin@example.com")
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(admin).access_token}")
    return client


def _error(response) -> dict:
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response.json()["error"]


@pytest.mark.parametrize(("method", "path"), hostile.DEEP_JSON_ENDPOINTS)
def test_json_nested_1000_deep_is_a_400_saying_so(admin_client, method, path):
    path = path.format(lead=LeadFactory().pk)
    response = admin_client.generic(method, path, hostile.deep_json(), content_type="application/json")
    assert response.status_code == 400
    assert "nested deeper than 32 levels" in _error(response)["message"]


def test_json_nested_1000_deep_is_refused_before_login():
    response = APIClient().post("/api/v1/auth/register", hostile.deep_json(), content_type="application/json")
    assert response.status_code == 400
    assert "nested deeper" in _error(response)["message"]


def test_json_nested_as_deep_as_allowed_still_parses(admin_client):
    lead = LeadFactory()
    body = b'{"notes": "[[[[ brackets in text do not count", "x": ' + b"[" * 31 + b"]" * 31 + b"}"
    response = admin_client.patch(f"/api/v1/leads/{lead.pk}", body, content_type="application/json")
    assert response.status_code == 200, response.content
    lead.refresh_from_db()
    assert lead.notes == "[[[[ brackets in text do not count"


def test_a_nul_character_anywhere_in_a_body_is_a_400_naming_the_field(admin_client):
    keyword_set = KeywordSetFactory()
    for path, body, field in hostile.nul_bodies(keyword_set.pk):
        response = admin_client.post(path, hostile.as_json(body), content_type="application/json")
        assert response.status_code == 400, (path, response.content)
        assert field in _error(response)["fields"], (path, response.json())


@pytest.mark.parametrize("path", hostile.FORGED_CURSOR_LISTS)
def test_a_forged_cursor_is_a_400_naming_the_cursor(admin_client, path):
    response = admin_client.get(f"{path}?cursor={hostile.FORGED_CURSOR}")
    assert response.status_code == 400
    assert _error(response)["fields"]["cursor"] == ["cursor is not valid: use the `next` or `previous` link."]


def test_a_cursor_holding_a_nul_character_is_a_400_naming_the_cursor(admin_client):
    nul_position = base64.b64encode(b"p=\x00").decode()  # the monitors list is ordered by name, a text column
    response = admin_client.get(f"/api/v1/monitors?cursor={nul_position}")
    assert response.status_code == 400
    assert "cursor" in _error(response)["fields"]


@pytest.mark.parametrize("ordering", ["-discovered_at", "-score", "name"])
@pytest.mark.parametrize("cursor", [hostile.FORGED_CURSOR, base64.b64encode(b"p=\x00").decode()])
def test_the_leads_page_answers_a_forged_cursor_with_the_first_page_and_a_message(ordering, cursor):
    LeadFactory(name="Maple Plumbing")
    client = Client()
    client.force_login(UserFactory(role=Role.SALES))
    response = client.get(f"/leads/?ordering={ordering}&cursor={cursor}", follow=True)
    assert response.status_code == 200
    assert "Maple Plumbing" in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_websocket_message_nested_1000_deep_is_answered_and_the_connection_lives_on():
    task = ScrapeTaskFactory()

    async def scenario():
        ws = communicator(task.pk, f"token={access_token(task.owner)}")
        await ws.connect(5)
        await receive_until(ws, "replay_done")
        await ws.send_to(text_data=hostile.deep_json().decode())
        refused = await receive(ws)
        await ws.send_json_to({"type": "ping"})
        pong = await receive(ws)
        await ws.disconnect()
        return refused, pong

    refused, pong = async_to_sync(scenario)()
    assert refused["code"] == "unknown_message"
    assert pong == {"type": "pong"}


def test_a_body_claiming_800_mb_is_a_413_with_the_error_body_before_it_is_read():
    response = APIClient().generic(
        "POST", "/api/v1/auth/register", b'{"email"', content_type="application/json", CONTENT_LENGTH="800000000"
    )
    assert response.status_code == 413
    assert _error(response) == {
        "code": "too_large",
        "message": "The request body is larger than 2621440 bytes.",
        "fields": {},
    }


def test_a_page_answers_an_over_size_body_with_a_413_page():
    response = Client().generic("POST", "/accounts/login/", b"email=", CONTENT_LENGTH="800000000")
    assert response.status_code == 413
    assert response["Content-Type"].startswith("text/html")


def test_the_lead_import_takes_a_file_larger_than_other_requests(admin_client, settings):
    settings.REQUEST_BODY_MAX_BYTES = 64 * 1024
    csv = b"name,text\n" + b"".join(b"Maple Plumbing %d,%s\n" % (n, b"x" * 150) for n in range(1000))
    upload = {"file": SimpleUploadedFile("leads.csv", csv, content_type="text/csv")}
    assert admin_client.post("/api/v1/leads/import", upload, format="multipart").status_code == 200
    assert admin_client.post("/api/v1/tasks", {"queries": ["x" * (100 * 1024)]}).status_code == 413


def test_a_form_field_over_djangos_memory_limit_is_a_413_with_the_error_body(admin_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    body = {"file": SimpleUploadedFile("leads.csv", b"name\nMaple\n"), "dry_run": "true" + " " * 4096}
    response = admin_client.post("/api/v1/leads/import", body, format="multipart")
    assert response.status_code == 413
    assert _error(response)["code"] == "too_large"
