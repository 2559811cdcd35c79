"""Run one scrape task: claim it, run each query on each platform recipe, save leads as they arrive, keep
progress, counters and the event log, obey pause/stop within a second, and end in a truthful status."""

import copy
import logging
import os
import socket
import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from leads.models import Lead
from scraping.live.frames import frame_pump, phones_found
from scraping.models import EventKind, ScrapeTask, TaskStatus
from scraping.runner.browser_runner import run_browser_recipe
from scraping.runner.classify import Classification, passes_filters
from scraping.runner.common import RecipeFailed, RunContext, RunInterrupted, SiteBlocked
from scraping.runner.heartbeat import task_resume_or_fail
from scraping.runner.http_runner import run_http_recipe
from scraping.runner.persist import ScrapedItem, SuppressedItem, item_save
from scraping.services import task_event_append

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 2.0
PROGRESS_EVENT_SECONDS = 1.0
PHONE_DETAIL_KEYS = ("e164", "raw", "confidence", "layer", "bbox")  # of each phone in a result event (docs/live.md)


def worker_identity() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Heartbeat:
    """Beats ``heartbeat_at`` from a thread while the task runs, so a long page load is not taken for a death."""

    def __init__(self, task_id: int, worker_id: str, interval: float = HEARTBEAT_SECONDS) -> None:
        self.task_id, self.worker_id, self.interval = task_id, worker_id, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name=f"heartbeat-{task_id}")

    def _run(self) -> None:
        try:
            while not self._stop.wait(self.interval):
                ScrapeTask.objects.filter(pk=self.task_id, worker_id=self.worker_id).update(heartbeat_at=timezone.now())
        finally:
            connection.close()

    def __enter__(self) -> "Heartbeat":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)


class TaskRun:
    """The state of one run of a task by this worker."""

    def __init__(self, task: ScrapeTask, worker_id: str, on_progress: Callable[[dict], None] | None = None) -> None:
        self.task = task
        self.worker_id = worker_id
        self.counters: dict = {
            "pages": 0,
            "items": 0,
            "leads": 0,
            "leads_created": 0,
            "leads_updated": 0,
            "filtered": 0,
            "suppressed": 0,
            "done": [],  # "recipe|query" pairs finished
            "cells": {},  # "recipe|query" → indexes of the area-search cells finished
            **(task.counters or {}),
        }
        self.filters = task.filters or {}
        self.on_progress = on_progress
        # What this task already saved (an earlier run before a pause or a dead worker): not fetched or counted again.
        self.counters["leads"] = max(self.counters["leads"], Lead.objects.filter(scrape_task=task).count())
        self.saved = {
            (platform, key)
            for platform, platform_id, url in Lead.objects.filter(scrape_task=task).values_list(
                "platform", "platform_id", "url"
            )
            for key in (platform_id, url)
            if key
        }
        self._last_progress = 0.0
        self._pairs_total = 1

    # --- events and counters ----------------------------------------------------------------------------------
    def event(self, kind: str, message: str, level: str = "info", **payload) -> None:
        task_event_append(task_id=self.task.pk, kind=kind, message=message, payload=payload, level=level)

    def log(self, message: str, level: str = "info", **payload) -> None:
        self.event(EventKind.LOG, message, level=level, **payload)

    def progress(self, force: bool = False) -> None:
        done = len(self.counters["done"])
        fraction = max(
            min(1.0, self.counters["leads"] / max(1, self.task.max_results)), min(1.0, done / self._pairs_total)
        )
        ScrapeTask.objects.filter(pk=self.task.pk, worker_id=self.worker_id).update(
            progress=round(fraction, 4), counters=self.counters, heartbeat_at=timezone.now()
        )
        if self.on_progress:
            self.on_progress({"progress": fraction, **self.counters})
        now = time.monotonic()
        if force or now - self._last_progress >= PROGRESS_EVENT_SECONDS:
            self._last_progress = now
            counts = {k: v for k, v in self.counters.items() if k not in ScrapeTask.RUN_STATE_COUNTERS}
            self.event(EventKind.PROGRESS, f"{self.counters['leads']} lead(s) so far.", progress=fraction, **counts)

    def checkpoint(self) -> None:
        """Between items: a pause or stop from the API/admin ends the run here."""
        status = ScrapeTask.objects.filter(pk=self.task.pk).values_list("status", "worker_id").first()
        if status is None or status[0] != TaskStatus.RUNNING or status[1] != self.worker_id:
            raise RunInterrupted(status[0] if status else "deleted")

    def already_saved(self, item: ScrapedItem) -> bool:
        return (item.platform, item.platform_id() or item.url()) in self.saved

    def accept(self, item: ScrapedItem) -> bool:
        self.counters["items"] += 1
        phones = [p["e164"] for p in item.phones()]
        reason = passes_filters(
            self.filters,
            classification=Classification(item.lead_class, item.category, ()),
            phones=phones,
            location_text=item.fields.get("address", ""),
        )
        if reason:
            self.counters["filtered"] += 1
            self.log(f"Skipped {item.fields.get('name', '?')!r}: {reason}.", level="debug")
            self.progress()
            return False
        try:
            self._save_or_roll_back(item, phones)
        except SuppressedItem:
            self.counters["suppressed"] = self.counters.get("suppressed", 0) + 1
            self.log(f"Skipped {item.fields.get('name', '?')!r}: on the suppression list, nothing stored.")
            self.progress()
            return False
        return True

    def _save_or_roll_back(self, item: ScrapedItem, phones: list[str]) -> None:
        """The lead, its result event and the counters commit together. When the transaction rolls back (the
        database went away mid-save, a suppression), so do the counts in memory: else a resumed run would start
        from one lead more than was saved, and stop one short of the task's maximum."""
        counted = copy.deepcopy(self.counters), set(self.saved)
        try:
            with transaction.atomic():
                self._save(item, phones)
        except BaseException:
            self.counters, self.saved = counted
            raise

    def _save(self, item: ScrapedItem, phones: list[str]) -> None:
        lead, created = item_save(item=item, task_id=self.task.pk)
        self.saved.add((item.platform, item.platform_id() or item.url()))
        self.counters["leads"] += 1
        self.counters["leads_created" if created else "leads_updated"] += 1
        self.event(
            EventKind.RESULT,
            f"{'New' if created else 'Updated'} lead: {lead.name}",
            lead_id=lead.pk,
            created=created,
            name=lead.name,
            phones=phones,
            phone_details=[{k: p.get(k) for k in PHONE_DETAIL_KEYS} for p in item.phones()],
            url=lead.url,
            location=lead.location,
            platform=item.platform,
            lead_class=item.lead_class,
            category=item.category,
        )
        self.progress()


def _claim(task_id: int, worker_id: str) -> bool:
    now = timezone.now()
    claimed = ScrapeTask.objects.filter(pk=task_id, status=TaskStatus.PENDING).update(
        status=TaskStatus.RUNNING, worker_id=worker_id, started_at=now, heartbeat_at=now, updated_at=now, error=""
    )
    return bool(claimed)


def _finish(task: ScrapeTask, worker_id: str, status: str, message: str, error: str = "") -> bool:
    ended = ScrapeTask.objects.filter(pk=task.pk, status=TaskStatus.RUNNING, worker_id=worker_id).update(
        status=status, error=error[:5000], finished_at=timezone.now(), updated_at=timezone.now()
    )
    if ended:
        task_event_append(
            task_id=task.pk,
            kind=EventKind.STATUS,
            message=message,
            payload={"status": status, **({"error": error} if error else {})},
            level="error" if status in (TaskStatus.FAILED, TaskStatus.BLOCKED) else "info",
        )
    return bool(ended)


def run_task(
    task_id: int, *, worker_id: str | None = None, on_progress: Callable[[dict], None] | None = None
) -> str | None:
    """Run a pending task to its end; returns its final status, or None when it was not ours to run."""
    worker_id = worker_id or worker_identity()
    if not _claim(task_id, worker_id):
        log.info("Scrape task %s is not pending any more; nothing to run.", task_id)
        return None
    task = ScrapeTask.objects.get(pk=task_id)
    run = TaskRun(task, worker_id, on_progress)
    recipes = list(task.platforms.order_by("slug"))
    pairs = [(query, recipe) for query in task.queries for recipe in recipes]
    run._pairs_total = max(1, len(pairs))
    resumed = bool(run.counters["done"]) or run.counters["leads"]
    run.event(
        EventKind.STATUS,
        f"{'Resumed' if resumed else 'Started'} on worker {worker_id}.",
        status=TaskStatus.RUNNING,
        worker=worker_id,
    )
    problems: list[tuple[str, str]] = []  # (kind, message)
    with Heartbeat(task_id, worker_id):
        try:
            for query, recipe in pairs:
                key = f"{recipe.slug}|{query}"
                if key in run.counters["done"]:
                    continue
                if run.counters["leads"] >= task.max_results:
                    break
                run.checkpoint()
                kind, message = _run_pair(run, query, recipe)
                if kind:
                    problems.append((kind, message))
                else:  # a failed pair runs again on resume or retry
                    run.counters["done"].append(key)
                run.progress(force=True)
        except RunInterrupted as exc:
            run.progress(force=True)
            run.log(f"Run ended: the task is {exc}. Saved leads are kept.", leads=run.counters["leads"])
            return str(exc)
        except (OperationalError, InterfaceError) as exc:
            # The database went away (restart, failover). Every saved lead is committed; the task goes back to the
            # queue and resumes where it stopped, now if the database answers again, else through the reaper.
            log.warning("Scrape task %s lost its database connection: %s", task_id, exc)
            connection.close()
            return _requeue_after_database_loss(run, exc)
        except Exception as exc:  # anything unforeseen fails the task loudly, never leaves it "running"
            log.exception("Scrape task %s crashed", task_id)
            run.progress(force=True)
            _finish(task, worker_id, TaskStatus.FAILED, "Failed.", f"{type(exc).__name__}: {exc}")
            return TaskStatus.FAILED
    leads = run.counters["leads"]
    if problems and len(problems) == len(pairs) and not leads:
        status = TaskStatus.BLOCKED if any(k == "blocked" for k, _ in problems) else TaskStatus.FAILED
        _finish(
            task,
            worker_id,
            status,
            "Blocked by the site." if status == "blocked" else "Failed.",
            "; ".join(m for _, m in problems),
        )
        return status
    summary = f"Completed: {leads} lead(s) ({run.counters['leads_created']} new)."
    if leads == 0 and not problems:
        summary = "Completed: the search returned no results."
    _finish(task, worker_id, TaskStatus.COMPLETED, summary, "; ".join(m for _, m in problems))
    return TaskStatus.COMPLETED


# A restarting database answers again within seconds: ask it this often before leaving the task to the reaper.
DATABASE_RETRY_DELAYS = (0, 1, 2, 4)


def _requeue_after_database_loss(run: TaskRun, exc: Exception) -> str | None:
    run.task.counters = {**(run.task.counters or {}), **run.counters}
    run.task.worker_id = run.worker_id
    for delay in DATABASE_RETRY_DELAYS:
        time.sleep(delay)
        try:
            return task_resume_or_fail(
                run.task,
                still=Q(),
                why=f"The database connection was lost during the run ({type(exc).__name__})",
                resumed="The database connection was lost; the task goes back to the queue and resumes where it "
                "stopped.",
            )
        except (OperationalError, InterfaceError):
            connection.close()
    return None  # still unreachable: the heartbeat has stopped, so the reaper resumes the task later


def _run_pair(run: TaskRun, query: str, recipe) -> tuple[str, str]:
    """Run one query on one recipe; ('', '') on success, else ('blocked'|'failed', message)."""
    from scraping.browser import BrowserCrashed, BrowserError, get_pool

    ctx = RunContext(
        task_id=run.task.pk,
        platform=recipe.slug,
        query=query,
        max_results=run.task.max_results - run.counters["leads"],
        location=(run.filters.get("location") or "").strip(),
        respect_robots=recipe.respect_robots,
        allow_private=bool(settings.ALLOW_PRIVATE_URLS) or recipe.allow_internal,
        checkpoint=run.checkpoint,
        on_item=run.accept,
        already_saved=run.already_saved,
        log=run.log,
        on_phones=lambda phones: phones_found(run.task.pk, phones),
        area=run.filters.get("area") or None,
        # the same list as the counters': a cell finished is saved with the next progress, and skipped on resume
        cells_done=run.counters["cells"].setdefault(f"{recipe.slug}|{query}", []),
    )
    if not recipe.respect_robots:
        run.log(f"{recipe.slug}: robots.txt is overridden by an admin for this recipe.", level="warning")
    if recipe.allow_internal and not settings.ALLOW_PRIVATE_URLS:
        run.log(f"{recipe.slug}: an admin lets this recipe reach internal addresses.")
    run.log(f"Searching {recipe.name} for {query!r}.", platform=recipe.slug, query=query)
    attempts = {"n": 0}

    def work(lease) -> None:
        attempts["n"] += 1
        if attempts["n"] > 1:
            run.log("The browser died; continuing on a fresh browser (saved leads are kept).", level="warning")
        with frame_pump(lease, run.task.pk):  # frames for the live view while someone watches
            run_browser_recipe(lease, recipe.definition, ctx)

    try:
        if recipe.runner == "http":
            run_http_recipe(recipe.definition, ctx)
        elif recipe.runner == "browser":
            get_pool().run(work, task_id=run.task.pk, retries=2)
        else:
            raise RecipeFailed(f"runner: the {recipe.runner!r} runner is not supported by scrape tasks.")
    except SiteBlocked as exc:
        message = f"{recipe.slug}: blocked: {exc}"
        run.log(message, level="error", platform=recipe.slug)
        return "blocked", message
    except RecipeFailed as exc:
        message = f"{recipe.slug}: {exc}"
        run.log(message, level="error", platform=recipe.slug)
        return "failed", message
    except (BrowserCrashed, BrowserError) as exc:
        message = f"{recipe.slug}: browser: {exc}"
        run.log(message, level="error", platform=recipe.slug)
        return "failed", message
    finally:
        run.counters["pages"] += ctx.pages
        report = ctx.report.to_dict()
        if report:
            broken = ctx.report.always_empty()
            run.log(
                f"{recipe.slug}: field report" + (f"; always empty: {', '.join(broken)}" if broken else ""),
                level="warning" if broken else "info",
                platform=recipe.slug,
                fields=report,
            )
    return "", ""
