"""A listing page must not steer the task's Chromium to an internal address: not by moving itself there (a script or
a meta refresh, after the landing check), and not with images, frames or fetch calls.

Two servers on 127.0.0.1 stand in for the two sides. The shop is the recipe's own host: its "Allow internal"
(ALLOW_PRIVATE_URLS off) lets the runner open it, as a public site would be opened. The intranet is another internal
host, which nothing may reach; it records every request it gets.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from accounts.tests.factories import UserFactory
from leads.models import Lead
from scraping.models import PlatformRecipe, ScrapeTask, TaskStatus
from scraping.runner.engine import run_task
from scraping.services import task_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CARDS = "".join(
    f'<div class="card"><a class="link" href="/company/{n}"><span class="name">{name}</span></a></div>'
    for n, name in enumerate(("Acme Payroll Ltd", "Northwind Intranet Wiki", "Initech HR Records"), 1)
)


class Site:
    """A tiny web server on 127.0.0.1 answering ``pages`` (path → HTML); ``requests`` lists every path asked for."""

    def __init__(self, pages: dict[str, str] | None = None) -> None:
        self.pages = pages or {}
        self.requests: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site.requests.append(self.path)
                body = site.pages.get(self.path.split("?")[0], "<html><body>nothing here</body></html>").encode()
                self.send_response(200)
                self.send_header("Content-Type", "image/gif" if self.path.endswith(".gif") else "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def intranet():
    site = Site({"/people": f"<html><body>{CARDS}</body></html>"})
    yield site
    site.close()


@pytest.fixture
def shop():
    site = Site()
    yield site
    site.close()


def _task(shop: Site) -> ScrapeTask:
    recipe = PlatformRecipe.objects.create(
        slug="shop_listing",
        name="Shop listing",
        runner="browser",
        respect_robots=False,
        allow_internal=True,  # the shop only: the runner opens it; what its pages ask for is another matter
        definition={
            "search": {"url_template": f"{shop.url}/search?q={{query}}"},
            "wait_for": {"selectors": [".card"]},
            "items": {"selectors": [".card"]},
            "fields": {"name": {"selectors": [".name"]}, "url": {"selectors": ["a.link"], "attribute": "href"}},
        },
    )
    return task_create(owner=UserFactory(), queries=["payroll"], platforms=[recipe], max_results=5, enqueue=False)


def _requests_for(intranet: Site) -> str:
    image = f'<img src="{intranet.url}/pixel.gif">'
    frame = f'<iframe src="{intranet.url}/frame"></iframe>'
    fetch = f'<script>fetch("{intranet.url}/api/users").catch(() => null);</script>'
    return image + frame + fetch


@pytest.mark.parametrize(
    "move",
    [
        '<script>setTimeout(() => { location = "{to}"; }, 300);</script>',
        '<meta http-equiv="refresh" content="1;url={to}">',
    ],
    ids=["script", "meta-refresh"],
)
def test_a_listing_that_moves_itself_to_an_internal_address_gives_nothing_from_there(shop, intranet, move, settings):
    settings.ALLOW_PRIVATE_URLS = False
    moving = move.replace("{to}", f"{intranet.url}/people")
    shop.pages["/search"] = f"<html><head>{moving}</head><body>Loading…{_requests_for(intranet)}</body></html>"
    task = _task(shop)

    assert run_task(task.pk) == TaskStatus.FAILED

    task.refresh_from_db()
    assert not Lead.objects.filter(scrape_task=task).exists()  # none of the intranet's three cards
    assert intranet.requests == []  # Chromium never reached it: not the move, the image, the frame or the fetch
    # refused when the landing is checked or, when the move comes later, when the page is read
    assert f"to {intranet.url}/people, refused: 127.0.0.1 points to an internal address" in task.error


def test_a_listing_loads_from_its_own_host_but_not_from_another_internal_one(shop, intranet, settings):
    settings.ALLOW_PRIVATE_URLS = False
    own = '<img src="/logo.gif">'
    shop.pages["/search"] = f"<html><body>{CARDS}{own}{_requests_for(intranet)}</body></html>"
    task = _task(shop)

    assert run_task(task.pk) == TaskStatus.COMPLETED

    assert Lead.objects.filter(scrape_task=task).count() == 3
    assert "/logo.gif" in shop.requests  # the recipe's own (internal) host still serves everything
    assert intranet.requests == []
    refused = task.events.filter(message__startswith=f"The browser did not fetch {intranet.url}/pixel.gif")
    assert refused.exists()
