"""Parameters the API used to read loosely (a bad page size served the default page, a "maybe" meant no, a text of
spaces was scored, an unknown country fell back to the US) now say what is wrong, like every other parameter."""

import pytest

from leads.tests.api_roles import client_as
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("size", ["0", "-1", "abc", "²"])
def test_a_page_size_that_is_no_positive_number_is_refused(size):
    api, _ = client_as("sales")
    response = api.get("/api/v1/leads", {"page_size": size})
    assert response.status_code == 400 and "page_size" in response.json()["error"]["fields"]


def test_a_page_size_is_honoured_and_capped():
    LeadFactory.create_batch(3)
    api, _ = client_as("sales")
    assert len(api.get("/api/v1/leads", {"page_size": "2"}).json()["results"]) == 2
    assert len(api.get("/api/v1/leads", {"page_size": "100000"}).json()["results"]) == 3


def test_export_background_must_be_a_yes_or_no():
    api, _ = client_as("sales")
    response = api.get("/api/v1/leads/export", {"format": "csv", "background": "maybe"})
    assert response.status_code == 400 and response.json()["error"]["fields"]["background"] == ["Use true or false."]


@pytest.mark.parametrize(("body", "field"), [({"text": "   "}, "text"), ({"texts": ["need a crm", " \n "]}, "texts")])
def test_analyze_refuses_a_text_of_spaces(body, field):
    api, _ = client_as("sales")
    response = api.post("/api/v1/analyze", body, format="json")
    assert response.status_code == 400 and "only spaces" in str(response.json()["error"]["fields"][field])


@pytest.mark.parametrize("region", ["ZZ", "toolongregion"])
def test_extract_refuses_a_region_that_is_no_country_code(region):
    api, _ = client_as("sales")
    body = {"html": "<p>Call (416) 555-0142</p>", "region": region}
    response = api.post("/api/v1/extract", body, format="json")
    assert response.status_code == 400 and "region" in response.json()["error"]["fields"]
