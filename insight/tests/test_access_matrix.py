"""One role × route matrix: every API operation, dashboard page, websocket route and the MJPEG feed.

Routes are read from the URL resolver and the Channels router, so a new one fails
``test_every_route_has_an_expectation`` until it is given one here (or in an app's own ``test_api_roles.py``, whose
tables this file counts rather than repeats). Each route is called by anonymous, by every role, and, where rows
have an owner, by someone who does not own the row.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.urls import resolve, reverse

from accounts.models import Role
from accounts.tests.factories import UserFactory
from companies.models import Notification
from companies.tests.factories import CompanyFactory
from compliance.tests import test_api_roles as compliance_roles
from dashboard.models import SavedView
from insight.testing.routes import ANONYMOUS_AUTH_API, api_operations, page_routes, websocket_routes
from integrations.models import ExportJob
from integrations.tests import test_api_roles as integrations_roles
from leads.tests import test_api_roles as leads_roles
from leads.tests.api_roles import ROLES, Endpoint, case_id, client_as, matrix
from leads.tests.factories import LeadFactory
from scraping.tests import test_api_roles as scraping_roles
from scraping.tests.factories import MonitorFactory, ScrapeTaskFactory
from scraping.tests.live.helpers import access_token, communicator, receive, refused_with

EVERYONE = ROLES
LEAD_WORKERS = ("admin", "manager", "sales")
CAMPAIGNERS = ("admin", "manager", "marketing")
MANAGERS = ("admin", "manager")
ADMINS = ("admin",)
PUBLIC = ("anonymous", *ROLES)


def _export(user) -> ExportJob:
    return ExportJob.objects.create(requested_by=user, format="csv", status="queued")


def _notification(user) -> Notification:
    company = CompanyFactory()
    return Notification.objects.create(user=user, kind="trigger", company=company, score=80, title="Hot company")


# API operations the apps' own role tables do not cover. Allowed roles get ``success`` (a 400 means the
# permission check passed and the empty body was then refused, which is all a matrix needs to know).
API_ENDPOINTS = [
    Endpoint("me", "get", lambda u: "/api/v1/me", EVERYONE),
    Endpoint("me-consent-get", "get", lambda u: "/api/v1/me/consent", EVERYONE),
    Endpoint("me-consent-post", "post", lambda u: "/api/v1/me/consent", EVERYONE, success=400),
    Endpoint("users-list", "get", lambda u: "/api/v1/users", ADMINS),
    Endpoint("users-create", "post", lambda u: "/api/v1/users", ADMINS, success=400),
    Endpoint("users-detail", "get", lambda u: f"/api/v1/users/{UserFactory().pk}", ADMINS),
    Endpoint("users-patch", "patch", lambda u: f"/api/v1/users/{UserFactory().pk}", ADMINS, body=lambda u: {}),
    Endpoint("users-deactivate", "post", lambda u: f"/api/v1/users/{UserFactory().pk}/deactivate", ADMINS),
    Endpoint(
        "monitors-poll-own", "post", lambda u: f"/api/v1/monitors/{MonitorFactory(owner=u).pk}/poll", CAMPAIGNERS, 202
    ),
    Endpoint("extract", "post", lambda u: "/api/v1/extract", EVERYONE, success=400),
    Endpoint("analyze", "post", lambda u: "/api/v1/analyze", EVERYONE, success=400),
    Endpoint("models-list", "get", lambda u: "/api/v1/models", EVERYONE),
    Endpoint("models-retrain", "post", lambda u: "/api/v1/models/retrain", ADMINS, success=202),
    Endpoint("models-retrain-run", "get", lambda u: "/api/v1/models/retrain/999999", ADMINS, success=404),
    Endpoint("lead-enrichment", "get", lambda u: f"/api/v1/leads/{LeadFactory().pk}/enrichment", EVERYONE),
    Endpoint("lead-enrich", "post", lambda u: f"/api/v1/leads/{LeadFactory().pk}/enrich", LEAD_WORKERS, success=202),
    Endpoint("erasures-detail", "get", lambda u: "/api/v1/erasures/999999", ADMINS, success=404),
    Endpoint("analytics-summary", "get", lambda u: "/api/v1/analytics/summary", EVERYONE),
    Endpoint("analytics-timeseries", "get", lambda u: "/api/v1/analytics/timeseries", EVERYONE),
    Endpoint("analytics-breakdown", "get", lambda u: "/api/v1/analytics/breakdown?by=platform", EVERYONE),
    Endpoint("analytics-keywords", "get", lambda u: "/api/v1/analytics/keywords", EVERYONE),
    Endpoint("analytics-refresh", "post", lambda u: "/api/v1/analytics/refresh", MANAGERS, success=202),
    Endpoint("companies-list", "get", lambda u: "/api/v1/companies", EVERYONE),
    Endpoint("companies-detail", "get", lambda u: f"/api/v1/companies/{CompanyFactory().pk}", EVERYONE),
    Endpoint("companies-history", "get", lambda u: f"/api/v1/companies/{CompanyFactory().pk}/history", EVERYONE),
    Endpoint("companies-links", "get", lambda u: f"/api/v1/companies/{CompanyFactory().pk}/links", EVERYONE),
    Endpoint("companies-merge", "post", lambda u: f"/api/v1/companies/{CompanyFactory().pk}/merge", MANAGERS, 400),
    Endpoint("companies-split", "post", lambda u: f"/api/v1/companies/{CompanyFactory().pk}/split", MANAGERS, 400),
    Endpoint("company-links-create", "post", lambda u: "/api/v1/company-links", LEAD_WORKERS, success=400),
    Endpoint("company-links-undo", "post", lambda u: "/api/v1/company-links/999999/undo", LEAD_WORKERS, 404),
    Endpoint("notifications-list", "get", lambda u: "/api/v1/notifications", EVERYONE),
    Endpoint("notifications-read-all", "post", lambda u: "/api/v1/notifications/read-all", EVERYONE),
    Endpoint("notifications-read-own", "post", lambda u: f"/api/v1/notifications/{_notification(u).pk}/read", EVERYONE),
    Endpoint("exports-detail-own", "get", lambda u: f"/api/v1/exports/{_export(u).pk}", EVERYONE),
]
# Open to anyone by design: sign-up, tokens, password reset, health and the schema.
PUBLIC_API = {"health", "api-schema", "api-docs", *ANONYMOUS_AUTH_API}
APP_TABLES = [
    leads_roles.ENDPOINTS,
    scraping_roles.ENDPOINTS,
    compliance_roles.ENDPOINTS,
    [Endpoint(name, method, url, allowed) for name, method, url, allowed, *_ in integrations_roles.ENDPOINTS],
]


def _suppression():
    from compliance.services import suppression_add

    return suppression_add(kind="email", value=f"opt-out-{uuid.uuid4().hex[:8]}@example.com", purge=False)[0]


@dataclass
class Page:
    """A dashboard route: who may use it, and what an anonymous visitor gets (302: the login page)."""

    method: str
    url: Callable[[Any], str]  # builds rows owned by the caller
    allowed: tuple[str, ...]
    anonymous: int = 302
    body: Callable[[Any], dict] = lambda user: {}


PAGES = {
    "accounts:login": Page("get", lambda u: "/accounts/login/", PUBLIC),
    "accounts:logout": Page("post", lambda u: "/accounts/logout/", PUBLIC),
    "accounts:register": Page("get", lambda u: "/accounts/register/", PUBLIC),
    "accounts:verify_resend": Page("get", lambda u: "/accounts/verify/resend/", PUBLIC),
    "accounts:verify": Page("get", lambda u: "/accounts/verify/not-a-token/", PUBLIC),
    "accounts:consent": Page("get", lambda u: "/accounts/consent/", EVERYONE),
    "accounts:password_reset": Page("get", lambda u: "/accounts/password/reset/", PUBLIC),
    "accounts:password_reset_done": Page("get", lambda u: "/accounts/password/reset/sent/", PUBLIC),
    "accounts:password_reset_confirm": Page("get", lambda u: "/accounts/password/reset/MQ/set-password/", PUBLIC),
    "accounts:password_reset_complete": Page("get", lambda u: "/accounts/password/reset/complete/", PUBLIC),
    "live:feed": Page("get", lambda u: f"/live_feed/{ScrapeTaskFactory(owner=u).pk}", EVERYONE, anonymous=401),
    "live:task": Page("get", lambda u: f"/live/tasks/{ScrapeTaskFactory(owner=u).pk}/", EVERYONE),
    "analytics:index": Page("get", lambda u: "/analytics/", EVERYONE),
    "favicon": Page("get", lambda u: "/favicon.ico", PUBLIC),  # a redirect to the static icon
    "metrics": Page("get", lambda u: "/metrics", PUBLIC),  # by address or token, not role (test_metrics.py)
    "integrations:lead_crm_push": Page(
        "post", lambda u: f"/integrations/leads/{LeadFactory().pk}/crm-sync/", MANAGERS, body=lambda u: {}
    ),
    "integrations:status": Page("get", lambda u: "/integrations/", MANAGERS),
    "dashboard_admin:outbox": Page("get", lambda u: "/outbox/", ADMINS),
    "dashboard_admin:data_protection": Page("get", lambda u: "/data-protection/", MANAGERS),
    "dashboard_admin:suppression_add": Page(
        "post", lambda u: "/data-protection/suppressions/", MANAGERS, body=lambda u: {"kind": "domain", "value": "x"}
    ),
    "dashboard_admin:suppression_remove": Page(
        "post", lambda u: f"/data-protection/suppressions/{_suppression().pk}/remove/", ADMINS
    ),
    "dashboard_admin:erasure": Page("post", lambda u: "/data-protection/erasure/", ADMINS),
    "dashboard_admin:archive_restore": Page("post", lambda u: "/data-protection/archives/restore/", ADMINS),
    "companies:list": Page("get", lambda u: "/companies/", EVERYONE),
    "companies:detail": Page("get", lambda u: f"/companies/{CompanyFactory().pk}", EVERYONE),
    "dashboard:home": Page("get", lambda u: "/", EVERYONE),
    "dashboard:lead_list": Page("get", lambda u: "/leads/", EVERYONE),
    "dashboard:lead_bulk": Page("post", lambda u: "/leads/bulk/", LEAD_WORKERS),
    "dashboard:lead_export_selected": Page("post", lambda u: "/leads/export/", EVERYONE),
    "dashboard:saved_view_save": Page("post", lambda u: "/leads/views/", EVERYONE, body=lambda u: {"name": "Mine"}),
    "dashboard:saved_view_delete": Page(
        "post", lambda u: f"/leads/views/{SavedView.objects.create(owner=u, name='Mine').pk}/delete/", EVERYONE
    ),
    "dashboard:lead_detail": Page("get", lambda u: f"/leads/{LeadFactory().pk}/", EVERYONE),
    "dashboard:lead_label": Page("post", lambda u: f"/leads/{LeadFactory().pk}/label/", LEAD_WORKERS),
    "dashboard:lead_update": Page("post", lambda u: f"/leads/{LeadFactory().pk}/update/", LEAD_WORKERS),
    "dashboard:scraper": Page("get", lambda u: "/scraper/", EVERYONE),
    "dashboard:task_list": Page("get", lambda u: "/tasks/", EVERYONE),
    "dashboard:task_detail": Page("get", lambda u: f"/tasks/{ScrapeTaskFactory(owner=u).pk}/", EVERYONE),
    "dashboard:task_events": Page("get", lambda u: f"/tasks/{ScrapeTaskFactory(owner=u).pk}/events/", EVERYONE),
    "dashboard:task_control": Page("post", lambda u: f"/tasks/{ScrapeTaskFactory(owner=u).pk}/stop/", EVERYONE),
    "dashboard:monitor_list": Page("get", lambda u: "/monitors/", EVERYONE),
    "dashboard:monitor_create": Page("get", lambda u: "/monitors/new/", CAMPAIGNERS),
    "dashboard:monitor_edit": Page("get", lambda u: f"/monitors/{MonitorFactory(owner=u).pk}/edit/", CAMPAIGNERS),
    "dashboard:keyword_preview": Page("get", lambda u: "/monitors/keywords/preview/?expression=crm", CAMPAIGNERS),
    "dashboard:monitor_poll": Page("post", lambda u: f"/monitors/{MonitorFactory(owner=u).pk}/poll/", CAMPAIGNERS),
}
WEBSOCKETS = {"ws/tasks/<int:task_id>/": EVERYONE}  # on a task the caller owns; others' tasks: see below

# Rows someone else owns, opened by a sales user (not a manager): refused, and no hint that the row exists.
NOT_YOURS = [
    ("api-task-detail", "get", lambda other: f"/api/v1/tasks/{ScrapeTaskFactory(owner=other).pk}", 404),
    ("api-task-stop", "post", lambda other: f"/api/v1/tasks/{ScrapeTaskFactory(owner=other).pk}/stop", 404),
    ("api-export-detail", "get", lambda other: f"/api/v1/exports/{_export(other).pk}", 404),
    ("api-export-download", "get", lambda other: f"/api/v1/exports/{_export(other).pk}/download", 404),
    ("api-notification-read", "post", lambda other: f"/api/v1/notifications/{_notification(other).pk}/read", 404),
    ("page-task-detail", "get", lambda other: f"/tasks/{ScrapeTaskFactory(owner=other).pk}/", 404),
    ("page-task-events", "get", lambda other: f"/tasks/{ScrapeTaskFactory(owner=other).pk}/events/", 404),
    ("page-task-control", "post", lambda other: f"/tasks/{ScrapeTaskFactory(owner=other).pk}/stop/", 404),
    ("page-live-task", "get", lambda other: f"/live/tasks/{ScrapeTaskFactory(owner=other).pk}/", 404),
    ("live-feed", "get", lambda other: f"/live_feed/{ScrapeTaskFactory(owner=other).pk}", 404),
    (
        "page-saved-view-delete",
        "post",
        lambda other: f"/leads/views/{SavedView.objects.create(owner=other, name='Theirs').pk}/delete/",
        404,
    ),
]


def _covered_by(endpoint: Endpoint, owner) -> tuple[str, str]:
    """(route name, method) an endpoint calls; the rows its URL needs are rolled back, as tables reuse names."""
    with transaction.atomic():
        url = endpoint.url(owner)
        transaction.set_rollback(True)
    return resolve(url.split("?")[0]).view_name, endpoint.method.upper()


@pytest.mark.django_db
def test_every_route_has_an_expectation():
    owner = UserFactory()
    covered = {_covered_by(endpoint, owner) for table in [*APP_TABLES, API_ENDPOINTS] for endpoint in table}
    api_missing = sorted(
        f"{method} {name}"
        for name, method in api_operations()
        if (name, method) not in covered and name not in PUBLIC_API
    )
    pages_missing = sorted(route.name for route in page_routes() if route.name not in PAGES)
    ws_missing = sorted(set(websocket_routes()) - set(WEBSOCKETS))
    assert not api_missing, f"API operations without a role expectation: {api_missing}"
    assert not pages_missing, f"dashboard routes without a role expectation (add them to PAGES): {pages_missing}"
    assert not ws_missing, f"websocket routes without a role expectation (add them to WEBSOCKETS): {ws_missing}"
    stale = set(PAGES) - {route.name for route in page_routes()}
    assert not stale, f"PAGES names routes that no longer exist: {sorted(stale)}"


@pytest.mark.django_db
@pytest.mark.parametrize(("endpoint", "role", "expected"), matrix(API_ENDPOINTS), ids=case_id)
def test_api_role_matrix(endpoint, role, expected, monkeypatch):
    monkeypatch.setattr(settings, "Q_CLUSTER", {**settings.Q_CLUSTER, "sync": False})
    response = endpoint.call(role)
    assert response.status_code == expected, response.content[:300]
    if expected in (401, 403):
        assert response.json()["error"]["code"] in ("not_authenticated", "permission_denied")


def _with_unknown_param(url: Callable[[Any], str]) -> Callable[[Any], str]:
    def build(user) -> str:
        base = url(user)
        return f"{base}{'&' if '?' in base else '?'}staus=new"

    return build


UNKNOWN_PARAM_READS = [
    replace(endpoint, name=f"{endpoint.name}-staus", url=_with_unknown_param(endpoint.url), success=400)
    for table in [*APP_TABLES, API_ENDPOINTS]
    for endpoint in table
    if endpoint.method == "get"
]


@pytest.mark.django_db
@pytest.mark.parametrize(("endpoint", "role", "expected"), matrix(UNKNOWN_PARAM_READS), ids=case_id)
def test_an_unknown_query_parameter_is_a_400_only_for_callers_who_may_read(endpoint, role, expected):
    """The parameter check comes after login and role checks: nobody learns from it what they may not read."""
    response = endpoint.call(role)
    assert response.status_code == expected, response.content[:300]
    if expected == 400:
        assert response.json()["error"]["fields"] == {"staus": ["Unknown parameter."]}
    else:
        assert response.json()["error"]["code"] in ("not_authenticated", "permission_denied")


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(PUBLIC_API))
def test_public_api_needs_no_login(name):
    operations = [method for route_name, method in api_operations() if route_name == name]
    url = reverse(name)
    for method in operations:
        response = Client().generic(method, url, "{}", content_type="application/json")
        assert response.status_code not in (401, 403), (name, method, response.content[:200])


def _page_client(role: str | None) -> tuple[Client, Any]:
    client = Client()
    if role is None:
        return client, UserFactory()
    user = UserFactory(role=role)
    client.force_login(user)
    return client, user


def _refused(response, page: Page | None = None) -> bool:
    to_login = response.status_code == 302 and response.url.startswith("/accounts/login/")
    public = page is not None and "anonymous" in page.allowed  # e.g. logging out ends on the login page
    return response.status_code in (401, 403) or (to_login and not public)


PAGE_CASES = [(name, role) for name in PAGES for role in (None, *ROLES)]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "role"), PAGE_CASES, ids=[f"{n}-{r or 'anonymous'}" for n, r in PAGE_CASES])
def test_page_role_matrix(name, role):
    page = PAGES[name]
    client, user = _page_client(role)
    response = getattr(client, page.method)(page.url(user), page.body(user))
    if role is None and "anonymous" not in page.allowed:
        assert response.status_code == page.anonymous, (name, response.status_code)
        if page.anonymous == 302:
            assert response.url.startswith("/accounts/login/")
    elif role is None or role in page.allowed:
        assert not _refused(response, page), (name, role, response.status_code)
    else:
        assert response.status_code == 403, (name, role, response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "method", "url", "expected"), NOT_YOURS, ids=[case[0] for case in NOT_YOURS])
def test_rows_of_others_are_refused(name, method, url, expected):
    other = UserFactory(role=Role.SALES)
    api, _ = client_as(Role.SALES)
    browser, _ = _page_client(Role.SALES)
    client = api if name.startswith("api-") else browser
    target = url(other)
    assert getattr(client, method)(target).status_code == expected
    manager, _ = _page_client(Role.MANAGER) if not name.startswith("api-") else client_as(Role.MANAGER)
    if "saved-view" not in name and "notification" not in name and "export-download" not in name:
        assert not _refused(getattr(manager, method)(target)), f"{name}: managers see everyone's rows"


WS_CASES = [*((role, "own") for role in WEBSOCKETS["ws/tasks/<int:task_id>/"]), (None, "own"), ("sales", "other")]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("role", "whose"), WS_CASES, ids=[f"{r or 'anonymous'}-{w}" for r, w in WS_CASES])
def test_websocket_role_matrix(role, whose):
    caller = UserFactory(role=role) if role else None
    task = ScrapeTaskFactory(owner=caller if caller and whose == "own" else UserFactory())
    query = f"token={access_token(caller)}" if caller else ""

    async def first_message():
        ws = communicator(task.pk, query)
        if caller and whose == "own":
            connected, _ = await ws.connect(5)
            assert connected
            message = await receive(ws)
            await ws.disconnect()
            return message, None
        return await refused_with(ws)

    message, close_code = async_to_sync(first_message)()
    if caller is None:
        assert close_code == 4401
    elif whose == "other":
        assert close_code == 4404
    else:
        assert message["type"] == "state" and message["task"]["id"] == task.pk
