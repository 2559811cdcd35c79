"""Fault injection: the PostgreSQL server itself restarts while a worker scrapes. The worker runs on a private
server (so the restart disturbs nothing else); the task must finish truthfully with every lead saved once."""

import json
import subprocess
import sys
import time

import psycopg
import pytest

from insight.testing.postgres import PrivatePostgres, server_binaries
from insight.testing.processes import BASE_DIR, child_env, start_worker, wait_until
from scraping.tests.runner.test_worker_tasks import stop_worker

pytestmark = [
    pytest.mark.worker,
    pytest.mark.browser,
    pytest.mark.skipif(server_binaries() is None, reason="needs the PostgreSQL server binaries"),
]

CREATE_TASK = """
import json
from accounts.models import User
from scraping.models import PlatformRecipe
from scraping.runner.shipped import recipes
from scraping.services import task_create
spec = next(r for r in recipes({base!r}) if r["slug"] == "sandbox_maps")
recipe, _ = PlatformRecipe.objects.update_or_create(slug="sandbox_maps", defaults=spec)
owner = User.objects.create_user("restart.owner@example.com", "unused-Passw0rd!")
task = task_create(owner=owner, queries=["coffee"], platforms=[recipe], max_results=10)
print(json.dumps({{"task": task.pk}}))
"""


def _manage(env: dict, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _query(url: str, sql: str, *params):
    try:
        with psycopg.connect(url, connect_timeout=3) as conn:
            return conn.execute(sql, params).fetchall()
    except psycopg.OperationalError:
        return None  # the server is down or starting: ask again


@pytest.fixture
def private_postgres():
    with PrivatePostgres() as server:
        yield server


def test_a_postgresql_restart_mid_task_loses_and_duplicates_nothing(sandbox, private_postgres, tmp_path):
    url = private_postgres.url
    env = child_env(DATABASE_URL=url, INSIGHT_DATA_DIR=str(tmp_path), ALLOW_PRIVATE_URLS="true")
    _manage(env, "migrate", "--no-input")
    printed = _manage(env, "shell", "-c", CREATE_TASK.format(base=sandbox.base_url))
    task_id = json.loads(printed.splitlines()[-1])["task"]
    leads_of_task = "SELECT id, platform_id FROM leads_lead WHERE scrape_task_id = %s"

    worker = start_worker(
        DATABASE_URL=url, INSIGHT_DATA_DIR=str(tmp_path), ALLOW_PRIVATE_URLS="true", SCRAPE_HEARTBEAT_STALE_SECONDS="5"
    )
    try:
        wait_until(lambda: len(_query(url, leads_of_task, task_id) or []) >= 3, timeout=120, interval=0.5)
        saved = {row[0] for row in _query(url, leads_of_task, task_id)}
        private_postgres.restart(down_for=2)

        def ended():
            rows = _query(url, "SELECT status FROM scraping_scrapetask WHERE id = %s", task_id)
            return rows and rows[0][0] in ("completed", "failed")

        wait_until(ended, timeout=240, interval=1)
        time.sleep(1)  # the final event is written right after the status
        (status, error, counters), *_ = _query(
            url, "SELECT status, error, counters FROM scraping_scrapetask WHERE id = %s", task_id
        )
        leads = _query(url, leads_of_task, task_id)
        events = [row[0] for row in _query(url, "SELECT message FROM scraping_taskevent WHERE task_id = %s", task_id)]
    finally:
        stop_worker(worker)

    assert saved <= {row[0] for row in leads}  # nothing saved before the restart was lost
    assert len(leads) == len({row[1] for row in leads})  # nor saved twice
    assert status == "completed", (error, events)
    assert len(leads) == 10 == counters["leads"]
    assert any("database connection was lost" in message for message in events), "\n".join(events)
