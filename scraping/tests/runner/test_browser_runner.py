"""Browser-runner tests in-process (no worker): the sandbox maps recipe on a real Chromium."""

import os
import signal
import threading

import pytest
from django.db import connection

from accounts.tests.factories import UserFactory
from leads.models import ContactKind, Lead
from scraping.browser import get_pool
from scraping.models import ScrapeTask, TaskStatus
from scraping.runner.engine import run_task
from scraping.services import task_create
from scraping.tests.runner.conftest import shipped_recipe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _task(recipe, query: str, max_results: int) -> ScrapeTask:
    return task_create(owner=UserFactory(), queries=[query], platforms=[recipe], max_results=max_results, enqueue=False)


def test_maps_recipe_passes_the_consent_wall_scrolls_and_reads_place_pages(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    task = _task(shipped_recipe("sandbox_maps", sandbox.base_url), "coffee toronto", 12)

    assert run_task(task.pk) == TaskStatus.COMPLETED

    leads = Lead.objects.filter(scrape_task=task)
    assert leads.count() == 12  # the feed shows 10 at first: the runner scrolled for more
    assert len({lead.platform_id for lead in leads}) == 12
    for lead in leads:
        phone = lead.contact_points.filter(kind=ContactKind.PHONE).first()
        assert phone is not None and phone.normalized_value.startswith("+1416555"), lead.name
    assert any(e.message.startswith("Dismissed a consent wall") for e in task.events.all())
    report = task.events.get(message__contains="field report").payload["fields"]
    assert report["detail.phone"]["empty_rate"] == 0.0
    assert report["detail.phone"]["selectors"] == {"button[data-item-id^='phone:tel:']": 12}
    assert report["name"]["selectors"] == {".place-name": 12}  # the real Maps class is absent: fallback used


def test_a_captcha_page_blocks_the_task_instead_of_reporting_no_results(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    definition = shipped_recipe("sandbox_maps", sandbox.base_url).definition
    definition["search"]["url_template"] += "&blocked=1"
    task = _task(shipped_recipe("sandbox_maps", sandbox.base_url, definition=definition), "coffee", 3)

    assert run_task(task.pk) == TaskStatus.BLOCKED

    task.refresh_from_db()
    assert "block page" in task.error and task.events.last().payload["status"] == TaskStatus.BLOCKED
    assert not Lead.objects.exists()


def test_chrome_killed_mid_task_is_replaced_and_the_task_completes_without_duplicates(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    task = _task(shipped_recipe("sandbox_maps", sandbox.base_url), "bakery", 8)
    outcome = {}

    def run() -> None:
        try:
            outcome["status"] = run_task(task.pk)
        finally:
            connection.close()

    runner = threading.Thread(target=run)
    runner.start()
    try:
        from insight.testing.processes import wait_until

        wait_until(lambda: Lead.objects.filter(scrape_task=task).count() >= 2, timeout=60, interval=0.05)
        pool = get_pool()
        for browser in list(pool._browsers):
            for pid in browser.chrome_pids():
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
    finally:
        runner.join(120)
    assert outcome["status"] == TaskStatus.COMPLETED
    assert Lead.objects.filter(scrape_task=task).count() == 8
    assert task.events.filter(message__startswith="The browser died").exists()


def test_the_browser_runner_refuses_private_addresses_and_robots_disallowed_pages(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = False
    task = _task(shipped_recipe("sandbox_maps", sandbox.base_url), "coffee", 3)
    before = dict(sandbox.app.hits)
    assert run_task(task.pk) == TaskStatus.FAILED
    task.refresh_from_db()
    assert "search.url_template: refused" in task.error and "ALLOW_PRIVATE_URLS" in task.error
    assert dict(sandbox.app.hits) == before  # Chromium never asked for it

    settings.ALLOW_PRIVATE_URLS = True
    definition = shipped_recipe("sandbox_maps", sandbox.base_url).definition
    definition["search"]["url_template"] = f"{sandbox.base_url}/blocked/maps?q={{query}}"
    task = _task(shipped_recipe("sandbox_maps", sandbox.base_url, definition=definition), "coffee", 3)
    assert run_task(task.pk) == TaskStatus.FAILED
    task.refresh_from_db()
    assert "robots.txt" in task.error and "not fetched" in task.error
    assert not any(path.startswith("/blocked") for path in sandbox.app.hits)
