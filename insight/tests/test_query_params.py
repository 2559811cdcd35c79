"""API reads take only the query parameters their OpenAPI operation documents: a misspelt name or an empty value
is a 400 naming it, never a list that silently ignores it."""

import re
from html import unescape

import pytest
from django.test import Client
from drf_spectacular.generators import SchemaGenerator

from accounts.tests.factories import UserFactory
from insight.query_params import EMPTY, UNKNOWN
from insight.testing.routes import http_routes
from leads.tests.api_roles import client_as
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

# Apps whose reads are checked; accounts and enrichment have not opted in yet.
CHECKED_APPS = ("leads", "companies", "integrations", "scraping", "analytics", "compliance")
REQUIRED = {"/api/v1/analytics/breakdown": "by=platform"}


def _list_reads() -> list[str]:
    """Every GET API route without a path parameter (lists and the export) of the checked apps."""
    paths = []
    for route in http_routes():
        namespace = route.name.split(":")[0]
        if route.is_api and "GET" in route.methods and "<" not in route.pattern and "(?P" not in route.pattern:
            if namespace.removesuffix("_api") in CHECKED_APPS:
                paths.append("/" + route.pattern.replace("^", "").replace("$", "").replace("\\", ""))
    return sorted(paths)


LIST_READS = _list_reads()


@pytest.fixture(scope="module")
def schema_params() -> dict[str, set[str]]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return {
        path: {p["name"] for p in operations["get"].get("parameters", []) if p["in"] == "query"}
        for path, operations in schema["paths"].items()
        if "get" in operations
    }


def _get(client, path: str, query: str):
    base = REQUIRED.get(path)
    return client.get(f"{path}?{'&'.join(q for q in (base, query) if q)}", HTTP_ACCEPT="application/json")


def test_the_walk_finds_the_list_endpoints():
    assert {"/api/v1/leads", "/api/v1/tasks", "/api/v1/audit", "/api/v1/analytics/summary"} <= set(LIST_READS)
    assert len(LIST_READS) >= 20, LIST_READS


@pytest.mark.parametrize("path", LIST_READS)
def test_an_unknown_parameter_is_refused_with_its_name(path):
    client, _ = client_as("admin")
    assert _get(client, path, "").status_code == 200, path
    response = _get(client, path, "staus=new")
    assert response.status_code == 400, (path, response.content[:300])
    error = response.json()["error"]
    assert error["code"] == "invalid" and error["fields"] == {"staus": [UNKNOWN]}
    assert "staus" in error["message"]


@pytest.mark.parametrize("path", LIST_READS)
def test_every_documented_parameter_given_empty_is_refused_with_its_name(path, schema_params):
    client, _ = client_as("admin")
    for name in sorted(schema_params[path] | {"format"}):
        if name in (REQUIRED.get(path) or "").split("="):
            continue
        response = _get(client, path, f"{name}=")
        assert response.status_code == 400, (path, name, response.content[:300])
        assert response.json()["error"]["fields"] == {name: [EMPTY]}, (path, name)


def test_documented_parameters_still_work_and_the_next_link_carries_them():
    for _ in range(3):
        LeadFactory(status="new")
    LeadFactory(status="won")
    client, _ = client_as("sales")
    first = client.get("/api/v1/leads?status=new&page_size=2&ordering=-score&format=json").json()
    assert len(first["results"]) == 2
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 1


def test_the_attacker_examples():
    client, _ = client_as("manager")
    for query, field, reason in [
        ("owner=", "owner", EMPTY),
        ("status=", "status", EMPTY),
        ("staus=new", "staus", UNKNOWN),
        ("status=new&status=", "status", EMPTY),
    ]:
        response = client.get(f"/api/v1/leads?{query}")
        assert response.status_code == 400 and response.json()["error"]["fields"] == {field: [reason]}, query
    detail = client.get(f"/api/v1/leads/{LeadFactory().pk}?expand=labels")
    assert detail.status_code == 400 and detail.json()["error"]["fields"] == {"expand": [UNKNOWN]}


def test_an_anonymous_caller_learns_nothing_about_parameters():
    response = Client().get("/api/v1/leads?staus=new")
    assert response.status_code == 401


def test_writes_are_not_judged_by_their_query_string():
    client, _ = client_as("sales")
    lead = LeadFactory()
    response = client.post(f"/api/v1/leads/{lead.pk}/labels?via=triage", {"kind": "good_lead"}, format="json")
    assert response.status_code == 201, response.content


def test_the_dashboard_export_links_send_only_what_the_export_takes():
    LeadFactory(status="new", name="Hot Toronto")
    browser = Client()
    browser.force_login(UserFactory(role="sales"))
    page = browser.get("/leads/?status=new&page_size=3&q=&ordering=-score").content.decode()
    links = [unescape(href) for href in re.findall(r'href="(/api/v1/leads/export\?[^"]+)"', page)]
    assert len(links) == 3, links
    for link in links:
        assert "page_size" not in link and "q=" not in link
        response = browser.get(link)
        assert response.status_code == 200, (link, response.content[:300])


def test_the_schema_documents_the_400_of_reads_that_list_no_parameters():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    for path in ("/api/v1/archives", "/api/v1/retention-policies", "/api/v1/leads/{id}"):
        assert "400" in schema["paths"][path]["get"]["responses"], path
