"""Writes of the scraping app: scrape-task lifecycle and event log, platform recipes, monitors."""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_q.tasks import async_task

from accounts.models import User
from insight.api_errors import ApplicationError
from insight.broadcast import broadcast
from insight.validation import refuse_unknown_fields
from leads.models import KeywordSet
from scraping.extraction import Findings, extract_page
from scraping.live.messages import event_message, task_group
from scraping.models import EventKind, Monitor, PlatformRecipe, ScrapeTask, TaskEvent, TaskStatus
from scraping.monitor_sources import monitor_filter_errors, monitor_source_errors
from scraping.recipes import recipe_definition_errors
from scraping.runner.grid import DEFAULT_CELL_KM, MAX_CELLS, area_errors
from scraping.selectors import extraction_config

# action → (statuses it starts from, status it leads to)
TASK_TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "pause": ((TaskStatus.PENDING, TaskStatus.RUNNING), TaskStatus.PAUSED),
    "resume": ((TaskStatus.PAUSED,), TaskStatus.PENDING),
    "stop": ((TaskStatus.PENDING, TaskStatus.RUNNING, TaskStatus.PAUSED), TaskStatus.CANCELLED),
    "retry": ((TaskStatus.FAILED, TaskStatus.CANCELLED, TaskStatus.BLOCKED), TaskStatus.PENDING),
}


@transaction.atomic
def task_event_append(
    *, task_id: int, kind: str, message: str = "", payload: dict | None = None, level: str = "info"
) -> TaskEvent:
    """Append to a task's log with the next sequence number.

    The UPDATE of ``last_event_seq`` locks the task row until commit, so concurrent writers get distinct,
    gap-free numbers in the order they commit. Once committed, the event is published to the task's viewers
    (``docs/live.md``); a viewer that misses it replays it from this table.
    """
    if not ScrapeTask.objects.filter(pk=task_id).update(last_event_seq=F("last_event_seq") + 1):
        raise ScrapeTask.DoesNotExist(f"No scrape task {task_id}.")
    seq = ScrapeTask.objects.filter(pk=task_id).values_list("last_event_seq", flat=True).get()
    event = TaskEvent(task_id=task_id, seq=seq, kind=kind, message=message, payload=payload or {}, level=level)
    event.full_clean(exclude=["task"])
    event.save()
    message = event_message(event)
    transaction.on_commit(lambda: broadcast(task_group(task_id), event.kind, message))
    return event


@transaction.atomic
def task_create(
    *,
    owner: User,
    queries: list[str],
    platforms: list[PlatformRecipe],
    max_results: int = 50,
    filters: dict[str, Any] | None = None,
    enqueue: bool = True,
) -> ScrapeTask:
    """Record a pending scrape task and queue it for a worker (``scraping.tasks.run_scrape_task``); ``enqueue=False``
    for a caller that runs it in the foreground (``manage.py scrape``)."""
    inactive = [recipe.slug for recipe in platforms if not recipe.is_active]
    if inactive:
        raise ValidationError({"platforms": f"Not active: {', '.join(inactive)}."})
    if filters and "area" in filters:
        _task_area_validate(filters["area"], platforms)
    task = ScrapeTask(owner=owner, queries=queries, max_results=max_results, filters=filters or {})
    task.full_clean()
    task.save()
    task.platforms.set(platforms)
    task_event_append(
        task_id=task.pk,
        kind=EventKind.STATUS,
        message="Task created; waiting for a worker.",
        payload={"status": task.status},
    )
    if enqueue:
        _task_enqueue_on_commit(task.pk)
    return task


def _task_area_validate(area: Any, platforms: list[PlatformRecipe]) -> None:
    """The area filter, checked against each recipe's own cell size and cell cap: lat/lng in range, a bounded
    radius, and no more cells than the recipe allows. Errors are keyed ``filters.area.<key>``."""
    errors: dict[str, list[str]] = {}
    grids = [((r.definition.get("search") or {}).get("grid"), r.slug) for r in platforms]
    grids = [(grid, slug) for grid, slug in grids if isinstance(grid, dict)] or [({}, "")]
    for grid, slug in grids:
        cell_km = grid.get("cell_km", DEFAULT_CELL_KM)
        lines = area_errors(area, cell_km=cell_km, max_cells=grid.get("max_cells", MAX_CELLS), path="filters.area")
        for line in lines:
            path, _, message = line.partition(": ")
            message = f"{slug}: {message}" if slug and path == "filters.area" else message
            if message not in errors.get(path, []):
                errors.setdefault(path, []).append(message)
    if errors:
        raise ValidationError(errors)


def task_admin_created(*, task: ScrapeTask, actor: User) -> None:
    """A task the admin's add form saved: log its creation and queue it, as ``task_create`` does."""
    task_event_append(
        task_id=task.pk,
        kind=EventKind.STATUS,
        message=f"Task created by {actor.email} in the admin; waiting for a worker.",
        payload={"status": task.status},
    )
    _task_enqueue_on_commit(task.pk)


def _task_enqueue_on_commit(task_id: int) -> None:
    """Queue the task for a worker once the pending row is committed (scraping runtime, issue 5)."""
    from scraping.runner.heartbeat import enqueue_task

    transaction.on_commit(lambda: enqueue_task(task_id))


@transaction.atomic
def _task_transition(
    *, task: ScrapeTask, action: str, actor: User, changes: dict[str, Any] | None = None
) -> ScrapeTask:
    sources, target = TASK_TRANSITIONS[action]
    # Conditional UPDATE: a worker changing the status at the same moment cannot be overwritten.
    fields = {"status": target, "updated_at": timezone.now(), **(changes or {})}
    if not ScrapeTask.objects.filter(pk=task.pk, status__in=sources).update(**fields):
        current = ScrapeTask.objects.filter(pk=task.pk).values_list("status", flat=True).first()
        raise ApplicationError(
            f"A {current} task cannot be {'stopped' if action == 'stop' else action + 'd'}; "
            f"only a {' or '.join(sources)} task can.",
            code="invalid_transition",
            status_code=409,
        )
    task_event_append(
        task_id=task.pk,
        kind=EventKind.STATUS,
        message=f"{action.title()} by {actor.email}.",
        payload={"status": target, "action": action, "by": actor.pk},
    )
    task.refresh_from_db()
    return task


def task_pause(*, task: ScrapeTask, actor: User) -> ScrapeTask:
    return _task_transition(task=task, action="pause", actor=actor)


def task_resume(*, task: ScrapeTask, actor: User) -> ScrapeTask:
    task = _task_transition(task=task, action="resume", actor=actor)
    _task_enqueue_on_commit(task.pk)
    return task


def task_stop(*, task: ScrapeTask, actor: User) -> ScrapeTask:
    return _task_transition(task=task, action="stop", actor=actor, changes={"finished_at": timezone.now()})


def task_retry(*, task: ScrapeTask, actor: User) -> ScrapeTask:
    task = _task_transition(task=task, action="retry", actor=actor, changes={"error": "", "finished_at": None})
    _task_enqueue_on_commit(task.pk)
    return task


def _recipe_validate(recipe: PlatformRecipe) -> None:
    """Model validation, with definition problems keyed by their path (``definition.search.url_template``)."""
    errors: dict[str, list[str]] = {}
    for line in recipe_definition_errors(recipe.runner, recipe.definition):
        path, _, message = line.partition(": ")
        key = "runner" if path == "runner" else f"definition.{path}" if message else "definition"
        errors.setdefault(key, []).append(message or line)
    try:
        # ``runner`` is checked above: the model's Runner choices hold the titles, not the values.
        recipe.full_clean(exclude=["definition", "runner"])
    except ValidationError as exc:
        for key, messages in exc.message_dict.items():
            errors.setdefault(key, []).extend(messages)
    if errors:
        raise ValidationError(errors)


_RECIPE_FIELDS = {
    *("slug", "name", "description", "runner", "definition"),
    *("respect_robots", "allow_internal", "is_active"),
}


def recipe_create(**fields: Any) -> PlatformRecipe:
    refuse_unknown_fields(fields, _RECIPE_FIELDS, "recipe_create")
    recipe = PlatformRecipe(**fields)
    _recipe_validate(recipe)
    recipe.save()
    return recipe


def recipe_update(*, recipe: PlatformRecipe, **fields: Any) -> PlatformRecipe:
    refuse_unknown_fields(fields, _RECIPE_FIELDS, "recipe_update")
    for name, value in fields.items():
        setattr(recipe, name, value)
    _recipe_validate(recipe)
    recipe.save()
    return recipe


_MONITOR_FIELDS = {"name", "keyword_set", "sources", "filters", "min_score", "poll_interval", "is_active"}


def _monitor_validate(monitor: Monitor) -> None:
    errors: dict[str, list[str]] = {}
    lines = monitor_source_errors(monitor.sources, allow_private=settings.ALLOW_PRIVATE_URLS)
    for line in lines + monitor_filter_errors(monitor.filters):
        path, _, message = line.partition(": ")
        errors.setdefault(path, []).append(message)
    try:
        monitor.full_clean(exclude=["sources"] if errors else None)
    except ValidationError as exc:
        for key, messages in exc.message_dict.items():
            errors.setdefault(key, []).extend(messages)
    if errors:
        raise ValidationError(errors)


def monitor_create(*, owner: User, name: str, keyword_set: KeywordSet, sources: list, **fields: Any) -> Monitor:
    """A monitor owned by its creator; first poll as soon as the poller runs."""
    refuse_unknown_fields(fields, _MONITOR_FIELDS, "monitor_create")
    monitor = Monitor(owner=owner, name=name, keyword_set=keyword_set, sources=sources, **fields)
    _monitor_validate(monitor)
    monitor.save()
    return monitor


def monitor_update(*, monitor: Monitor, **fields: Any) -> Monitor:
    refuse_unknown_fields(fields, _MONITOR_FIELDS, "monitor_update")
    for name, value in fields.items():
        setattr(monitor, name, value)
    _monitor_validate(monitor)
    monitor.save()
    return monitor


def monitor_delete(*, monitor: Monitor) -> None:
    monitor.delete()


def monitor_poll_now(*, monitor: Monitor) -> None:
    """Queue a poll of this monitor now, whatever its schedule; the poll's claim keeps it from running twice."""
    if not monitor.is_active:
        raise ApplicationError("This monitor is paused: activate it before polling.", code="monitor_inactive")
    transaction.on_commit(lambda: async_task("scraping.monitor_tasks.poll_monitor", monitor.pk, True))


EXTRACT_SLOT_SECONDS = 60  # a request that crashed frees its slot after this; a page within budget takes ~1 s


@contextmanager
def extract_slot(*, user_id: int) -> Iterator[None]:
    """Hold one of the user's ``EXTRACT_CONCURRENT_PER_USER`` extraction slots for the block, or raise a 429.

    Slots are cache keys taken with ``add`` and an expiry, so a crashed request cannot hold one for good. When
    every ``add`` fails but a slot is missing, the cache is unreachable (it degrades to a miss): the extraction
    runs uncounted rather than refusing everyone.
    """
    token = uuid.uuid4().hex
    keys = [f"extract-slot:{user_id}:{index}" for index in range(settings.EXTRACT_CONCURRENT_PER_USER)]
    held = next((key for key in keys if cache.add(key, token, EXTRACT_SLOT_SECONDS)), None)
    if held is None and all(cache.get(key) is not None for key in keys):
        limit = settings.EXTRACT_CONCURRENT_PER_USER
        raise ApplicationError(
            f"You already have {limit} extraction(s) running, the most one user may run at once; "
            "send the next page when one has finished.",
            code="throttled",
            status_code=429,
        )
    try:
        yield
    finally:
        if held is not None and cache.get(held) == token:
            cache.delete(held)


def page_extract(*, user_id: int, html: str, page_url: str, region: str | None) -> Findings:
    """Contact details in HTML a user sent, holding one of their extraction slots; the engine's page budget
    bounds the CPU it costs. Raises ``NotHtmlError`` for content that is not HTML."""
    with extract_slot(user_id=user_id):
        return extract_page(html, page_url, region=region, config=extraction_config())
