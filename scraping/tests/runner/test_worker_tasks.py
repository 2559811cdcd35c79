"""The full path with a real qcluster: API-level services → Django-Q → worker → Chromium → recipe → leads → events."""

import os
import signal
import time

import pytest
from django_q.conf import Conf

from accounts.tests.factories import UserFactory
from insight.testing.processes import start_worker, stop_process, wait_until
from leads.models import ContactKind, Lead
from scraping.browser import processes
from scraping.models import EventKind, ScrapeTask, TaskStatus
from scraping.runner.heartbeat import reap_stale_tasks
from scraping.services import task_create, task_pause, task_resume, task_stop
from scraping.tests.runner.conftest import shipped_recipe

pytestmark = [pytest.mark.worker, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def queue(monkeypatch):
    monkeypatch.setattr(Conf, "SYNC", False)  # tests run Django-Q inline; these go through the real broker


def stop_worker(process) -> None:
    """Stop the qcluster and whatever it left behind: its worker's Chromium does not outlive a terminated worker."""
    family = [process.pid, *processes.descendants(process.pid)] if process.poll() is None else []
    stop_process(process)
    processes.kill_tree([pid for pid in family if processes.is_alive(pid)])


@pytest.fixture
def worker():
    process = start_worker(ALLOW_PRIVATE_URLS="true")
    yield process
    stop_worker(process)


def _status(task) -> str:
    return ScrapeTask.objects.values_list("status", flat=True).get(pk=task.pk)


def _leads(task) -> int:
    return Lead.objects.filter(scrape_task=task).count()


def test_a_created_task_runs_on_the_worker_into_leads_and_ordered_events(sandbox, queue, worker):
    user = UserFactory()
    task = task_create(
        owner=user,
        queries=["coffee toronto"],
        platforms=[shipped_recipe("sandbox_maps", sandbox.base_url)],
        max_results=4,
    )

    wait_until(lambda: _status(task) == TaskStatus.COMPLETED, timeout=120)

    leads = Lead.objects.filter(scrape_task=task)
    assert leads.count() == 4
    for lead in leads:
        assert lead.contact_points.get(kind=ContactKind.PHONE).normalized_value.startswith("+1416555")
    events = list(task.events.order_by("seq"))
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert events[0].message.startswith("Task created")
    assert events[1].message.startswith("Started on worker")
    assert [e.kind for e in events].count(EventKind.RESULT) == 4
    assert events[-1].payload["status"] == TaskStatus.COMPLETED


def test_pause_resume_and_stop_take_effect_and_nothing_is_saved_while_paused(sandbox, queue, worker):
    user = UserFactory()
    task = task_create(
        owner=user, queries=["coffee"], platforms=[shipped_recipe("sandbox_maps", sandbox.base_url)], max_results=40
    )
    wait_until(lambda: _leads(task) >= 2, timeout=120)

    task_pause(task=task, actor=user)
    # How fast a pause lands is a benchmark figure (bench/tasks.py), not a test deadline: CI machines are loaded.
    wait_until(lambda: task.events.filter(message__startswith="Run ended: the task is paused").exists(), timeout=30)
    paused_at = _leads(task)
    time.sleep(1)  # a paused task saves nothing more
    assert _leads(task) == paused_at and _status(task) == TaskStatus.PAUSED

    task_resume(task=ScrapeTask.objects.get(pk=task.pk), actor=user)
    wait_until(lambda: _leads(task) >= paused_at + 2, timeout=60)
    assert task.events.filter(message__startswith="Resumed on worker").exists()

    task_stop(task=ScrapeTask.objects.get(pk=task.pk), actor=user)
    wait_until(lambda: task.events.filter(message__startswith="Run ended: the task is cancelled").exists(), timeout=30)
    stopped_at = _leads(task)
    assert _status(task) == TaskStatus.CANCELLED
    assert Lead.objects.filter(scrape_task=task).values("platform_id").distinct().count() == stopped_at


def test_a_killed_worker_is_detected_and_its_task_resumed_without_losing_or_duplicating_leads(sandbox, queue):
    user = UserFactory()
    first = start_worker(ALLOW_PRIVATE_URLS="true")
    task = task_create(
        owner=user, queries=["coffee"], platforms=[shipped_recipe("sandbox_maps", sandbox.base_url)], max_results=14
    )
    try:
        wait_until(lambda: _leads(task) >= 3, timeout=120)
        for pid in [first.pid, *processes.descendants(first.pid)]:
            try:
                os.kill(pid, signal.SIGKILL)  # the whole worker dies, Chromium included
            except ProcessLookupError:
                pass
        first.wait(10)
        saved = set(Lead.objects.filter(scrape_task=task).values_list("pk", flat=True))
        assert _status(task) == TaskStatus.RUNNING  # nobody told the database

        wait_until(lambda: reap_stale_tasks(stale_after=3)["resumed"] == [task.pk], timeout=30, interval=1)
        second = start_worker(ALLOW_PRIVATE_URLS="true")
        try:
            wait_until(lambda: _status(task) == TaskStatus.COMPLETED, timeout=120)
        finally:
            stop_worker(second)
    finally:
        stop_worker(first)
    leads = Lead.objects.filter(scrape_task=task)
    assert saved <= set(leads.values_list("pk", flat=True))
    assert leads.count() == 14 == leads.values("platform_id").distinct().count()
    assert task.events.filter(message__contains="stopped responding").exists()
