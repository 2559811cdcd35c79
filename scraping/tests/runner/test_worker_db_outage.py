"""Fault injection: the database drops every connection of a worker in the middle of a scrape task (what a
PostgreSQL restart or failover does to it). No saved lead may be lost or duplicated and the task must end in a
truthful state; here it goes back to the queue by itself and finishes."""

import pytest
from django.db import connection

from accounts.tests.factories import UserFactory
from insight.testing.processes import wait_until
from leads.models import Lead
from scraping.models import ScrapeTask, TaskStatus
from scraping.runner.heartbeat import reap_stale_tasks
from scraping.services import task_create
from scraping.tests.runner.conftest import shipped_recipe
from scraping.tests.runner.test_worker_tasks import queue, worker  # noqa: F401 (fixtures)

pytestmark = [
    pytest.mark.worker,
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="cuts PostgreSQL connections"),
]
ENDED = (TaskStatus.COMPLETED, TaskStatus.FAILED)


def _cut_every_other_connection() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


def _task(task_id: int) -> ScrapeTask:
    return ScrapeTask.objects.get(pk=task_id)


def test_cut_database_connections_mid_task_lose_and_duplicate_nothing(sandbox, queue, worker):  # noqa: F811
    task = task_create(
        owner=UserFactory(),
        queries=["coffee"],
        platforms=[shipped_recipe("sandbox_maps", sandbox.base_url)],
        max_results=10,
    )
    wait_until(lambda: Lead.objects.filter(scrape_task=task).count() >= 3, timeout=120)
    saved = set(Lead.objects.filter(scrape_task=task).values_list("pk", flat=True))

    assert _cut_every_other_connection() >= 1

    def settled() -> bool:
        # A worker that could not record the outcome leaves a stale heartbeat: the reaper resumes the task.
        reap_stale_tasks(stale_after=5)
        return _task(task.pk).status in ENDED

    wait_until(settled, timeout=180, interval=1)
    task = _task(task.pk)
    leads = Lead.objects.filter(scrape_task=task)
    assert saved <= set(leads.values_list("pk", flat=True))
    assert leads.count() == leads.values("platform_id").distinct().count()
    assert task.status == TaskStatus.COMPLETED, task.error
    assert leads.count() == 10 == task.counters["leads"]
    assert task.events.filter(message__contains="database connection was lost").exists()
