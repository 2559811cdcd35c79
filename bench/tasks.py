"""Benchmark of scrape tasks: start latency with a warm pool (create → first event of the run, → first lead), how
soon a pause and a stop take effect on a running task, and N concurrent tasks in one process, each on the sandbox
maps recipe.

Uses the database of DATABASE_URL (migrated; it creates a bench user and tasks there). The sandbox runs in its own
process. Run: DATABASE_URL=... .venv/bin/python bench/tasks.py [--concurrent 10] [--max-results 3] [--browsers 2]
(prints one JSON object)
"""

import argparse
import json
import os
import pathlib
import statistics
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "insight.settings")
os.environ["ALLOW_PRIVATE_URLS"] = "true"

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

from accounts.models import User  # noqa: E402
from scraping.browser import get_pool  # noqa: E402
from scraping.models import EventKind, ScrapeTask, TaskEvent  # noqa: E402
from scraping.runner.engine import run_task  # noqa: E402
from scraping.runner.shipped import recipes  # noqa: E402
from scraping.sandbox import SandboxProcess  # noqa: E402
from scraping.services import task_create  # noqa: E402

TARGET_START_S = 1.0
QUERIES = ["coffee toronto", "bakery toronto", "plumber toronto", "dentist toronto", "coffee london"]


def _recipe(base_url: str):
    from scraping.models import PlatformRecipe

    spec = next(r for r in recipes(base_url) if r["slug"] == "sandbox_maps")
    recipe, _ = PlatformRecipe.objects.update_or_create(
        slug="bench_sandbox_maps", defaults={**spec, "slug": "bench_sandbox_maps"}
    )
    return recipe


def _run(task_id: int, results: dict) -> None:
    started = time.perf_counter()
    try:
        results[task_id] = {"status": run_task(task_id), "seconds": time.perf_counter() - started}
    except Exception as exc:  # reported, not raised: the bench counts failures
        results[task_id] = {"status": f"error: {exc}", "seconds": time.perf_counter() - started}
    finally:
        connection.close()


def _control_latency(owner, recipe) -> dict:
    """Seconds from task_pause / task_stop to the run saying it ended, on a task busy saving leads."""
    from scraping.services import task_pause, task_resume, task_stop

    def ended(task, how: str, after: float, timeout: float = 60) -> float:
        while time.perf_counter() - after < timeout:
            if task.events.filter(message__startswith=f"Run ended: the task is {how}").exists():
                return round(time.perf_counter() - after, 3)
            time.sleep(0.02)
        return float("inf")

    task = task_create(owner=owner, queries=["coffee toronto"], platforms=[recipe], max_results=40, enqueue=False)
    results: dict = {}
    runner = threading.Thread(target=_run, args=(task.pk, results))
    runner.start()
    while not task.events.filter(kind=EventKind.RESULT).exists():
        time.sleep(0.02)
    asked = time.perf_counter()
    task_pause(task=ScrapeTask.objects.get(pk=task.pk), actor=owner)
    pause_s = ended(task, "paused", asked)
    runner.join()
    task_resume(task=ScrapeTask.objects.get(pk=task.pk), actor=owner)
    runner = threading.Thread(target=_run, args=(task.pk, results))
    runner.start()
    seen = task.events.filter(kind=EventKind.RESULT).count()
    while task.events.filter(kind=EventKind.RESULT).count() == seen:
        time.sleep(0.02)
    asked = time.perf_counter()
    task_stop(task=ScrapeTask.objects.get(pk=task.pk), actor=owner)
    stop_s = ended(task, "cancelled", asked)
    runner.join()
    return {"pause_s": pause_s, "stop_s": stop_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--concurrent", type=int, default=10)
    parser.add_argument("--max-results", type=int, default=3)
    parser.add_argument("--browsers", type=int, default=2, help="Pool size (BROWSER_POOL_MAX).")
    parser.add_argument("--latency-ms", type=float, default=20)
    args = parser.parse_args()
    from django.conf import settings

    settings.BROWSER_POOL_MAX = args.browsers
    sandbox = SandboxProcess(latency_ms=args.latency_ms).start()
    try:
        owner = User.objects.filter(email="bench-tasks@example.com").first() or User.objects.create_user(
            "bench-tasks@example.com"
        )
        recipe = _recipe(sandbox.base_url)
        pool = get_pool()
        pool.warm(1)
        # Start latency: one task at a time on a warm pool.
        starts, first_leads = [], []
        for query in QUERIES[:3]:
            task = task_create(owner=owner, queries=[query], platforms=[recipe], max_results=1, enqueue=False)
            created = task.created_at
            run_task(task.pk)
            events = TaskEvent.objects.filter(task=task)
            searching = events.filter(message__startswith="Searching").first()
            result = events.filter(kind=EventKind.RESULT).first()
            starts.append((searching.created_at - created).total_seconds())
            first_leads.append((result.created_at - created).total_seconds() if result else None)
        control = _control_latency(owner, recipe)
        # Concurrency: N tasks at once in this process, sharing the pool.
        tasks = [
            task_create(
                owner=owner,
                queries=[QUERIES[i % len(QUERIES)]],
                platforms=[recipe],
                max_results=args.max_results,
                enqueue=False,
            )
            for i in range(args.concurrent)
        ]
        results: dict = {}
        began = time.perf_counter()
        threads = [threading.Thread(target=_run, args=(t.pk, results)) for t in tasks]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - began
        statuses = dict(ScrapeTask.objects.filter(pk__in=[t.pk for t in tasks]).values_list("pk", "status"))
        failures = [pk for pk, status in statuses.items() if status != "completed"]
        report = {
            "start_latency_s": {"median": round(statistics.median(starts), 3), "max": round(max(starts), 3)},
            "first_lead_s": {"median": round(statistics.median([x for x in first_leads if x is not None]), 3)},
            "target_start_s": TARGET_START_S,
            "control_latency_s": control,
            "start_meets_target": max(starts) <= TARGET_START_S,
            "concurrent_tasks": args.concurrent,
            "browsers": args.browsers,
            "concurrent_wall_s": round(wall, 2),
            "concurrent_failures": len(failures),
            "failed_errors": list(ScrapeTask.objects.filter(pk__in=failures).values_list("error", flat=True))[:3],
            "task_seconds_median": round(statistics.median(r["seconds"] for r in results.values()), 2),
        }
    finally:
        sandbox.stop()
        get_pool().close()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
