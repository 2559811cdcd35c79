"""Numbers in query strings and forms that look like numbers to ``str.isdigit`` ("²") or do not fit the database
(past 2**63 - 1), and dates at the ends of the calendar, get the same clear refusal as "abc", on the pages and in
the API, never a server error."""

import pytest

from accounts.models import Role
from leads.models import Lead, LeadStatus
from leads.tests.api_roles import client_as
from leads.tests.factories import LeadFactory
from scraping.tests.factories import ScrapeTaskFactory

SUPERSCRIPT_TWO = "²"
TOO_LARGE = "99999999999999999999999"

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("owner", [SUPERSCRIPT_TWO, TOO_LARGE, "9223372036854775808"])
def test_an_owner_that_is_no_user_id_is_refused_on_the_list_the_api_and_the_export(client_for, owner):
    LeadFactory(name="Birch Bakery")
    page = client_for(Role.SALES).get("/leads/", {"owner": owner})
    assert page.status_code == 200 and "Use a user id" in page.content.decode()
    assert page.context["page"] is None
    api, _ = client_as("sales")
    for url, extra in (("/api/v1/leads", {}), ("/api/v1/leads/export", {"format": "csv"})):
        response = api.get(url, {"owner": owner, **extra})
        assert response.status_code == 400, (url, response.status_code)
        assert "Use a user id" in str(response.json())


def test_a_label_author_that_is_no_user_id_is_refused():
    api, _ = client_as("sales")
    response = api.get("/api/v1/labels", {"author": SUPERSCRIPT_TWO})
    assert response.status_code == 400 and "Use a user id" in str(response.json())


@pytest.mark.parametrize("ids", [SUPERSCRIPT_TWO, TOO_LARGE])
def test_bulk_actions_and_the_selected_export_refuse_ids_that_are_no_lead_ids(client_for, ids):
    lead = LeadFactory(status=LeadStatus.NEW)
    client = client_for(Role.MANAGER)
    bulk = client.post(
        "/leads/bulk/", {"ids": [ids], "action": "status", "status": "contacted"}, HTTP_ACCEPT="application/json"
    )
    assert bulk.status_code == 400 and "not a list of lead ids" in bulk.json()["error"]
    export = client.post("/leads/export/", {"ids": [ids], "format": "csv"}, HTTP_ACCEPT="application/json")
    assert export.status_code == 400 and "not a list of lead ids" in export.json()["error"]
    assert Lead.objects.get(pk=lead.pk).status == LeadStatus.NEW


def test_assigning_to_an_owner_that_is_no_user_id_says_so(client_for):
    client = client_for(Role.MANAGER)
    lead = LeadFactory()
    bulk = client.post(
        "/leads/bulk/", {"ids": [lead.pk], "action": "assign", "owner": SUPERSCRIPT_TWO}, HTTP_ACCEPT="application/json"
    )
    assert bulk.status_code == 400 and "Choose a person" in bulk.json()["error"]
    update = client.post(f"/leads/{lead.pk}/update/", {"owner": SUPERSCRIPT_TWO}, HTTP_ACCEPT="application/json")
    assert update.status_code == 400 and "Choose a person" in update.json()["error"]
    assert Lead.objects.get(pk=lead.pk).owner is None


def test_the_task_replay_reads_an_odd_after_as_from_the_start(client_for):
    client = client_for(Role.SALES)
    task = ScrapeTaskFactory(owner=client.user)
    response = client.get(f"/tasks/{task.pk}/events/", {"after": SUPERSCRIPT_TWO})
    assert response.status_code == 200 and "events" in response.json()


@pytest.mark.parametrize("query", [{"discovered_to": "9999-12-31"}, {"discovered_from": "0001-01-01"}])
def test_a_date_at_the_end_of_the_calendar_is_refused_on_the_list_the_api_and_the_export(client_for, query):
    page = client_for(Role.SALES).get("/leads/", query)
    assert page.status_code == 200 and "Use a date from 1900-01-01 to 2999-12-31" in page.content.decode()
    api, _ = client_as("sales")
    for url, extra in (("/api/v1/leads", {}), ("/api/v1/leads/export", {"format": "csv"})):
        response = api.get(url, {**query, **extra})
        assert response.status_code == 400 and "Use a date from" in str(response.json()), url
