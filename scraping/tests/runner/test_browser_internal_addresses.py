"""A listing page must not steer the task's Chromium to an internal address: not by moving itself there (a script or
a meta refresh, after the landing check), and not with images, frames or fetch calls.

Two servers on 127.0.0.1 stand in for the two sides. The shop is the recipe's own host: its "Allow internal"
(ALLOW_PRIVATE_URLS off) lets the runner open it, as a public site would be opened. The intranet is another internal
host, which nothing may reach; it records every request it gets.
"""

import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from accounts.tests.factories import UserFactory
from leads.models import Lead
from scraping.browser import BrowserPool
from scraping.models import PlatformRecipe, ScrapeTask, TaskStatus
from scraping.runner.browser_runner import run_browser_recipe
from scraping.runner.common import RecipeFailed, RunContext
from scraping.runner.engine import run_task
from scraping.sandbox.server import free_port
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


def _definition(shop: Site) -> dict:
    return {
        "search": {"url_template": f"{shop.url}/search?q={{query}}"},
        "wait_for": {"selectors": [".card"]},
        "items": {"selectors": [".card"]},
        "fields": {"name": {"selectors": [".name"]}, "url": {"selectors": ["a.link"], "attribute": "href"}},
    }


def _task(shop: Site) -> ScrapeTask:
    recipe = PlatformRecipe.objects.create(
        slug="shop_listing",
        name="Shop listing",
        runner="browser",
        respect_robots=False,
        allow_internal=True,  # the shop only: the runner opens it; what its pages ask for is another matter
        definition=_definition(shop),
    )
    return task_create(owner=UserFactory(), queries=["payroll"], platforms=[recipe], max_results=5, enqueue=False)


def _requests_for(intranet: Site) -> str:
    image = f'<img src="{intranet.url}/pixel.gif">'
    frame = f'<iframe src="{intranet.url}/frame"></iframe>'
    socket = intranet.url.replace("http:", "ws:")
    fetch = f'<script>fetch("{intranet.url}/api/users").catch(() => null); new WebSocket("{socket}/live");</script>'
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
    assert intranet.requests == []  # Chromium never reached it: not the move, image, frame, fetch or websocket
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


@pytest.fixture
def grid(settings):
    """A local chromedriver standing in for a Selenium Grid (SELENIUM_REMOTE_URL)."""
    port = free_port()
    driver = subprocess.Popen(
        [settings.CHROMEDRIVER_PATH, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(0.5)
    pool = BrowserPool(max_browsers=1, remote_url=f"http://127.0.0.1:{port}")
    yield pool
    pool.close()
    driver.terminate()
    driver.wait(5)


def test_a_remote_browser_still_refuses_to_read_the_internal_page_and_says_what_it_cannot_filter(shop, intranet, grid):
    moving = f'<script>setTimeout(() => {{ location = "{intranet.url}/people"; }}, 300);</script>'
    shop.pages["/search"] = f"<html><head>{moving}</head><body>Loading…</body></html>"
    items, log = [], []
    ctx = RunContext(
        task_id=None,
        platform="shop_listing",
        query="payroll",
        max_results=5,
        respect_robots=False,
        allow_private=True,
        on_item=lambda item: items.append(item) or True,
        log=lambda message, **payload: log.append(message),
    )

    with pytest.raises(RecipeFailed, match="127.0.0.1 points to an internal address"):
        grid.run(lambda lease: run_browser_recipe(lease, _definition(shop), ctx), retries=0)

    assert items == []
    assert any("requests a page makes on its own are not" in message for message in log)
