"""Every scraping endpoint × every role (and anonymous): allowed answers succeed, the rest are 401/403."""

import pytest

from leads.tests.api_roles import ROLES, Endpoint, case_id, client_as, matrix
from leads.tests.factories import KeywordSetFactory
from scraping.models import Monitor, PlatformRecipe
from scraping.tests.factories import SANDBOX_RECIPE, MonitorFactory, PlatformRecipeFactory, ScrapeTaskFactory

pytestmark = pytest.mark.django_db

EVERYONE = ROLES
CAMPAIGNERS = ("admin", "manager", "marketing")
ADMINS = ("admin",)


def _task_body(user) -> dict:
    return {"queries": ["plumbers in Toronto"], "platforms": [PlatformRecipeFactory().slug], "max_results": 10}


ENDPOINTS = [
    Endpoint("tasks-list", "get", lambda u: "/api/v1/tasks", EVERYONE),
    Endpoint("tasks-create", "post", lambda u: "/api/v1/tasks", EVERYONE, success=201, body=_task_body),
    Endpoint("tasks-detail-own", "get", lambda u: f"/api/v1/tasks/{ScrapeTaskFactory(owner=u).pk}", EVERYONE),
    Endpoint("tasks-pause-own", "post", lambda u: f"/api/v1/tasks/{ScrapeTaskFactory(owner=u).pk}/pause", EVERYONE),
    Endpoint(
        "tasks-resume-own",
        "post",
        lambda u: f"/api/v1/tasks/{ScrapeTaskFactory(owner=u, status='paused').pk}/resume",
        EVERYONE,
    ),
    Endpoint("tasks-stop-own", "post", lambda u: f"/api/v1/tasks/{ScrapeTaskFactory(owner=u).pk}/stop", EVERYONE),
    Endpoint(
        "tasks-retry-own",
        "post",
        lambda u: f"/api/v1/tasks/{ScrapeTaskFactory(owner=u, status='failed').pk}/retry",
        EVERYONE,
    ),
    Endpoint("recipes-list", "get", lambda u: "/api/v1/recipes", EVERYONE),
    Endpoint("recipes-detail", "get", lambda u: f"/api/v1/recipes/{PlatformRecipeFactory().pk}", EVERYONE),
    Endpoint(
        "recipes-create",
        "post",
        lambda u: "/api/v1/recipes",
        ADMINS,
        success=201,
        body=lambda u: {"slug": "sandbox-directory", "name": "Sandbox directory", "definition": SANDBOX_RECIPE},
    ),
    Endpoint(
        "recipes-patch",
        "patch",
        lambda u: f"/api/v1/recipes/{PlatformRecipeFactory().pk}",
        ADMINS,
        body=lambda u: {"is_active": False},
    ),
    Endpoint("monitors-list", "get", lambda u: "/api/v1/monitors", EVERYONE),
    Endpoint("monitors-detail", "get", lambda u: f"/api/v1/monitors/{MonitorFactory().pk}", EVERYONE),
    Endpoint(
        "monitors-create",
        "post",
        lambda u: "/api/v1/monitors",
        CAMPAIGNERS,
        success=201,
        body=lambda u: {
            "name": "Bakery CRM",
            "keyword_set": KeywordSetFactory().pk,
            "sources": [{"source": "reddit", "subreddits": ["smallbusiness"]}],
        },
    ),
    Endpoint(
        "monitors-patch-own",
        "patch",
        lambda u: f"/api/v1/monitors/{MonitorFactory(owner=u).pk}",
        CAMPAIGNERS,
        body=lambda u: {"min_score": 70},
    ),
    Endpoint(
        "monitors-delete-own",
        "delete",
        lambda u: f"/api/v1/monitors/{MonitorFactory(owner=u).pk}",
        CAMPAIGNERS,
        success=204,
    ),
]


@pytest.mark.parametrize(("endpoint", "role", "expected"), matrix(ENDPOINTS), ids=case_id)
def test_role_matrix(endpoint, role, expected):
    response = endpoint.call(role)
    assert response.status_code == expected, response.content
    if expected >= 400:
        assert response.json()["error"]["code"] in ("not_authenticated", "permission_denied")


@pytest.mark.parametrize("role", ["admin", "manager"])
def test_managers_change_any_monitor(role):
    client, _ = client_as(role)
    monitor = MonitorFactory()
    assert client.patch(f"/api/v1/monitors/{monitor.pk}", {"min_score": 80}).status_code == 200
    assert client.delete(f"/api/v1/monitors/{monitor.pk}").status_code == 204
    assert not Monitor.objects.exists()


def test_marketing_changes_only_their_own_monitors():
    client, _ = client_as("marketing")
    theirs = MonitorFactory(min_score=50)
    assert client.get(f"/api/v1/monitors/{theirs.pk}").status_code == 200
    assert client.patch(f"/api/v1/monitors/{theirs.pk}", {"min_score": 80}).status_code == 403
    assert client.delete(f"/api/v1/monitors/{theirs.pk}").status_code == 403
    theirs.refresh_from_db()
    assert theirs.min_score == 50


def test_inactive_recipes_are_listed_for_admins_only():
    PlatformRecipe.objects.all().delete()  # the shipped recipes (migration 0006) are not part of this test
    PlatformRecipeFactory(slug="live")
    PlatformRecipeFactory(slug="retired", is_active=False)
    admin, _ = client_as("admin")
    sales, _ = client_as("sales")
    assert {row["slug"] for row in admin.get("/api/v1/recipes").json()["results"]} == {"live", "retired"}
    assert {row["slug"] for row in sales.get("/api/v1/recipes").json()["results"]} == {"live"}
    assert PlatformRecipe.objects.count() == 2
