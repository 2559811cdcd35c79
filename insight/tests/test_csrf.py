"""CSRF: a logged-in person's browser must not be made to post anything by another site.

Every page route (read from the URL resolver, so a new form is covered without being listed) refuses a post
without the CSRF token with 403 and changes nothing, and does not refuse the same post with the token. API writes
made with the session cookie need the token as well; JWT requests carry no cookie and need none. Websockets check
the Origin instead.
"""

from types import SimpleNamespace

import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from django.apps import apps
from django.conf import settings
from django.test import Client
from django.urls import NoReverseMatch, reverse
from rest_framework_simplejwt.tokens import AccessToken

from accounts.models import Role
from accounts.tests.factories import UserFactory
from companies.tests.factories import CompanyFactory
from compliance.services import suppression_add
from dashboard.models import SavedView
from insight.asgi import application
from insight.testing.routes import ANONYMOUS_AUTH_API, UNSAFE_METHODS, api_operations, page_routes
from leads.models import Lead
from leads.tests.factories import LeadFactory
from scraping.tests.factories import MonitorFactory, ScrapeTaskFactory
from scraping.tests.live.helpers import session_cookie

pytestmark = pytest.mark.django_db

CSRF_SECRET = "c" * 32
CSRF_FAILURE = b"CSRF verification failed"

# Routes with URL arguments: what to fill in, built from the rows of the `world` fixture.
URL_KWARGS = {
    "accounts:verify": lambda w: {"token": "not-a-real-token"},
    "accounts:password_reset_confirm": lambda w: {"uidb64": "MQ", "token": "set-password"},
    "live:feed": lambda w: {"task_id": w.task.pk},
    "live:task": lambda w: {"task_id": w.task.pk},
    "integrations:lead_crm_push": lambda w: {"pk": w.lead.pk},
    "dashboard_admin:suppression_remove": lambda w: {"pk": w.suppression.pk},
    "companies:detail": lambda w: {"pk": w.company.pk},
    "dashboard:saved_view_delete": lambda w: {"pk": w.saved_view.pk},
    "dashboard:lead_detail": lambda w: {"pk": w.lead.pk},
    "dashboard:lead_label": lambda w: {"pk": w.lead.pk},
    "dashboard:lead_update": lambda w: {"pk": w.lead.pk},
    "dashboard:task_detail": lambda w: {"pk": w.task.pk},
    "dashboard:task_events": lambda w: {"pk": w.task.pk},
    "dashboard:task_control": lambda w: {"pk": w.task.pk, "action": "stop"},
    "dashboard:monitor_edit": lambda w: {"pk": w.monitor.pk},
    "dashboard:monitor_poll": lambda w: {"pk": w.monitor.pk},
}
# Form posts that change data when the token is there: proof that the refused post above would have mattered.
FORMS = {
    "dashboard:lead_update": lambda w: {"status": "contacted"},
    "dashboard:lead_label": lambda w: {"kind": "good_lead"},
    "dashboard:lead_bulk": lambda w: {"ids": [w.lead.pk], "action": "status", "status": "contacted"},
    "dashboard:saved_view_save": lambda w: {"name": "Hot plumbers", "query": "q=plumber"},
    "dashboard:saved_view_delete": lambda w: {},
    "dashboard:task_control": lambda w: {"confirm": "1"},  # Stop asks first; confirm=1 is the second step
    "accounts:logout": lambda w: {},
}
# API writes that read a form (multipart) body, as an upload form sends; the rest read JSON.
FORM_ONLY_API = {"integrations_api:lead-import"}


def snapshot() -> dict[str, list[dict]]:
    """Every row of every table: a refused post must leave all of it as it was."""
    return {model._meta.label: list(model.objects.order_by("pk").values()) for model in apps.get_models()}


@pytest.fixture
def world():
    admin = UserFactory(role=Role.ADMIN)
    return SimpleNamespace(
        admin=admin,
        lead=LeadFactory(),
        company=CompanyFactory(),
        task=ScrapeTaskFactory(owner=admin, status="running"),
        monitor=MonitorFactory(owner=admin),
        saved_view=SavedView.objects.create(owner=admin, name="Mine", query="status=new"),
        suppression=suppression_add(kind="email", value="opted-out@example.com", purge=False)[0],
    )


def _browser(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.cookies[settings.CSRF_COOKIE_NAME] = CSRF_SECRET  # as a page the person opened before would have set
    return client


def _url(route, world) -> str:
    if "<" not in route.pattern and "(?P" not in route.pattern:
        return reverse(route.name)
    if route.name not in URL_KWARGS:
        pytest.fail(f"{route.name} ({route.pattern}) takes URL arguments: add it to URL_KWARGS in {__name__}")
    return reverse(route.name, kwargs=URL_KWARGS[route.name](world))


def _csrf_refused(response) -> bool:
    return response.status_code == 403 and CSRF_FAILURE in response.content


@pytest.mark.parametrize("route", page_routes(), ids=lambda route: route.name)
def test_a_post_without_the_token_is_refused_and_changes_nothing(route, world):
    browser = _browser(world.admin)
    url = _url(route, world)
    body = FORMS.get(route.name, lambda w: {"name": "forged"})(world)
    before = snapshot()

    forged = browser.post(url, body)

    assert _csrf_refused(forged), (route.name, forged.status_code)
    assert snapshot() == before

    genuine = browser.post(url, {**body, "csrfmiddlewaretoken": CSRF_SECRET})

    assert not _csrf_refused(genuine), route.name
    if route.name in FORMS:
        assert snapshot() != before, f"{route.name}: the post with the token changed nothing, so proves nothing"


def test_every_form_with_a_body_is_a_real_page_route():
    assert set(FORMS) | set(URL_KWARGS) <= {route.name for route in page_routes()}


def test_a_lead_updated_with_the_token_is_really_updated(world):
    browser = _browser(world.admin)
    url = reverse("dashboard:lead_update", args=[world.lead.pk])
    browser.post(url, {"status": "contacted"})
    assert Lead.objects.get(pk=world.lead.pk).status == "new"
    browser.post(url, {"status": "contacted", "csrfmiddlewaretoken": CSRF_SECRET})
    assert Lead.objects.get(pk=world.lead.pk).status == "contacted"


def _api_url(name: str) -> str:
    try:
        return reverse(name)
    except NoReverseMatch:
        return reverse(name, kwargs={"pk": 999_999})  # the CSRF check runs before the row is looked up


API_WRITES = [(name, method) for name, method in api_operations() if method in UNSAFE_METHODS]


@pytest.mark.parametrize(("name", "method"), API_WRITES, ids=lambda value: value)
def test_an_api_write_with_the_session_cookie_needs_the_token(name, method, world):
    browser = _browser(world.admin)
    before = snapshot()

    if name in FORM_ONLY_API:
        response = browser.post(_api_url(name), {"dry_run": "false"})
    else:
        response = browser.generic(method, _api_url(name), "{}", content_type="application/json")

    if name in ANONYMOUS_AUTH_API:  # they ignore the session cookie: nothing to forge
        assert response.status_code != 403, (name, response.content[:200])
        return
    assert response.status_code == 403, (name, method, response.status_code)
    assert "CSRF" in response.json()["error"]["message"]
    assert snapshot() == before


@pytest.mark.parametrize(("name", "method"), API_WRITES, ids=lambda value: value)
def test_an_api_write_with_a_jwt_needs_no_token(name, method, world):
    client = Client(enforce_csrf_checks=True)
    token = AccessToken.for_user(world.admin)

    response = client.generic(
        method, _api_url(name), "{}", content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
    )

    assert not (response.status_code == 403 and b"CSRF" in response.content), (name, method)


@pytest.mark.django_db(transaction=True)
def test_a_websocket_opened_from_another_site_is_refused_despite_the_session(world):
    cookie = session_cookie(world.admin)

    async def connect(origin: bytes) -> bool:
        headers = [(b"origin", origin), (b"cookie", cookie)]
        ws = WebsocketCommunicator(application, f"/ws/tasks/{world.task.pk}/", headers=headers)
        connected, _ = await ws.connect(5)
        await ws.disconnect()
        return connected

    assert not async_to_sync(connect)(b"https://evil.example")
    assert async_to_sync(connect)(b"http://localhost")
