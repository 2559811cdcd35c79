"""A task on an HTTP recipe with many detail pages: fetched ahead and read in the page pool (or inline), delivered in
listing order; a hostile or unreachable detail page, or a killed pool worker, costs one item's details at most."""

import multiprocessing
import os
import re
import signal

import httpx
import pytest

from accounts.tests.factories import UserFactory
from leads.models import Lead
from scraping.models import EventKind, TaskStatus
from scraping.runner.engine import run_task
from scraping.sandbox import SandboxServer
from scraping.sandbox.app import SandboxApp
from scraping.sandbox.layout import page
from scraping.sandbox.server import Request, Response
from scraping.services import task_create
from scraping.tests.runner.conftest import shipped_recipe

pytestmark = pytest.mark.django_db(transaction=True)

DEEP_JSON_LD = b'<html><head><script type="application/ld+json">' + b"[" * 100_000 + b"</script></head></html>"


class HostileWeb(SandboxApp):
    """The sandbox plus a listing whose detail links lead to good and hostile pages, and a page whose serving
    kills the page pool's workers (what the OOM killer does to a worker that reads a monster page)."""

    links: list[tuple[str, str]] = []

    async def handle(self, request):
        if request.path == "/hostile/list":
            items = "".join(
                f'<li class="listing" data-listing-id="h{n}"><a class="listing-name" href="{href}">{name}</a></li>'
                for n, (name, href) in enumerate(self.links)
            )
            return Response(200, page("Hostile listing", f'<ul class="listings">{items}</ul>'))
        if request.path == "/hostile/deep-json-ld":
            return Response(200, DEEP_JSON_LD)
        if request.path.startswith("/hostile/kill-pool/"):
            self.hits[request.path] += 1
            for worker in multiprocessing.active_children():
                os.kill(worker.pid, signal.SIGKILL)
            target = request.target.removeprefix("/hostile/kill-pool")
            return await super().handle(Request(request.method, target, request.headers, request.body))
        return await super().handle(request)


@pytest.fixture(scope="module")
def hostile():
    server = SandboxServer()
    server.app = HostileWeb()
    with server:
        yield server


@pytest.fixture(params=[0, 2], ids=["inline", "pool"])
def workers(request, settings):
    settings.ALLOW_PRIVATE_URLS = True
    settings.CRAWLER_EXTRACTION_WORKERS = request.param
    return request.param


def _task(recipe, query: str, max_results: int):
    return task_create(owner=UserFactory(), queries=[query], platforms=[recipe], max_results=max_results, enqueue=False)


def _listing_ids(base_url: str, path: str) -> list[str]:
    """The listing ids in the order the directory shows them, page after page, read straight from the sandbox."""
    ids, url = [], f"{base_url}{path}"
    while url:
        html = httpx.get(url).text
        ids += re.findall(r'data-listing-id="(\w+)"', html)
        following = re.search(r'<a rel="next" class="next" href="([^"]+)"', html)
        url = f"{base_url}{path}{following.group(1)}" if following else ""
    return ids


def _results(task) -> list:
    return list(task.events.filter(kind=EventKind.RESULT).order_by("seq"))


def _hostile_recipe(base_url: str, links: list[tuple[str, str]]):
    HostileWeb.links = links
    definition = shipped_recipe("sandbox_directory", base_url).definition
    definition["search"]["url_template"] = f"{base_url}/hostile/list?q={{query}}"
    definition["pagination"] = {"mode": "none"}
    return shipped_recipe("sandbox_directory", base_url, definition=definition)


def test_a_task_on_an_http_recipe_saves_every_lead_in_listing_order_with_phones_from_detail_pages(sandbox, workers):
    task = _task(shipped_recipe("sandbox_directory", sandbox.base_url), "toronto/plumber", max_results=50)

    assert run_task(task.pk) == TaskStatus.COMPLETED

    task.refresh_from_db()
    expected = _listing_ids(sandbox.base_url, "/directory/toronto/plumber")
    results = _results(task)
    assert len(expected) == 12 and task.counters["pages"] == 3
    assert [Lead.objects.get(pk=e.payload["lead_id"]).platform_id for e in results] == expected
    for event in results:  # the detail page was read: its tel: link, its category
        assert "tel_link" in {p["layer"] for p in event.payload["phone_details"]}, event.payload
        assert event.payload["category"] == "Plumber"
    messages = list(task.events.order_by("seq").values_list("kind", "message"))
    first_page_end = messages.index((EventKind.LOG, "Page 1: 5 item(s)."))
    assert [kind for kind, _ in messages[:first_page_end]].count(EventKind.RESULT) == 5


def test_hostile_and_unreachable_detail_pages_are_errors_of_their_items_and_the_rest_arrive(hostile, workers):
    good = [f"/directory/listing/{i}" for i in _listing_ids(hostile.base_url, "/directory/toronto/dentist")[:3]]
    links = [
        ("Good one", good[0]),
        ("Too large", "/huge?mb=6"),  # above CRAWLER_MAX_BYTES
        ("Breaks extraction", "/hostile/deep-json-ld"),
        ("Good two", good[1]),
        ("Gone", "/status/404"),
        ("Binary junk", "/broken/2"),
        ("Good three", good[2]),
    ]
    task = _task(_hostile_recipe(hostile.base_url, links), "anything", max_results=20)

    assert run_task(task.pk) == TaskStatus.COMPLETED

    assert [e.payload["name"] for e in _results(task)] == [name for name, _ in links]
    errors = {e.payload["url"]: e.message for e in task.events.filter(kind=EventKind.LOG, level="error")}
    assert set(errors) == {
        f"{hostile.base_url}{path}" for path in ("/huge?mb=6", "/hostile/deep-json-ld", "/status/404")
    }
    assert "RecursionError" in errors[f"{hostile.base_url}/hostile/deep-json-ld"]
    assert "answered HTTP 404" in errors[f"{hostile.base_url}/status/404"]
    for event in _results(task):
        has_phone = bool(event.payload["phones"])
        assert has_phone == event.payload["name"].startswith("Good"), event.payload


def test_a_killed_pool_worker_loses_no_item(hostile, settings):
    settings.ALLOW_PRIVATE_URLS = True
    settings.CRAWLER_EXTRACTION_WORKERS = 2
    ids = _listing_ids(hostile.base_url, "/directory/berlin/bakery")[:8]
    links = [(f"Bakery {n}", f"/directory/listing/{i}") for n, i in enumerate(ids)]
    links[3] = (links[3][0], f"/hostile/kill-pool/directory/listing/{ids[3]}")
    task = _task(_hostile_recipe(hostile.base_url, links), "anything", max_results=20)

    assert run_task(task.pk) == TaskStatus.COMPLETED

    assert hostile.app.hits[f"/hostile/kill-pool/directory/listing/{ids[3]}"] == 1
    results = _results(task)
    assert [e.payload["name"] for e in results] == [name for name, _ in links]
    assert all("tel_link" in {p["layer"] for p in e.payload["phone_details"]} for e in results)
    assert not task.events.filter(level="error").exists()
