"""Dead workers: a task still 'running' whose heartbeat stopped is resumed once on another worker, then failed
with a clear error. Leads it saved stay saved (they are committed one by one); a resumed run upserts, so nothing
is duplicated."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from scraping.models import EventKind, ScrapeTask, TaskStatus
from scraping.services import task_event_append

STALE_AFTER_SECONDS = 20
MAX_RESUMES = 1


def reap_stale_tasks(*, stale_after: float | None = None, enqueue=None) -> dict[str, list[int]]:
    """Resume (once) or fail every running task whose worker stopped beating ``stale_after`` seconds ago
    (default ``settings.SCRAPE_HEARTBEAT_STALE_SECONDS``)."""
    if stale_after is None:
        stale_after = getattr(settings, "SCRAPE_HEARTBEAT_STALE_SECONDS", STALE_AFTER_SECONDS)
    cutoff = timezone.now() - timedelta(seconds=stale_after)
    outcome: dict[str, list[int]] = {"resumed": [], "failed": []}
    stale = ScrapeTask.objects.filter(status=TaskStatus.RUNNING, heartbeat_at__lt=cutoff)
    for task in stale.only("pk", "counters", "worker_id", "heartbeat_at"):
        status = task_resume_or_fail(
            task,
            # Conditional: a worker that beats again in the meantime keeps its task.
            still=Q(heartbeat_at=task.heartbeat_at),
            why=f"The worker {task.worker_id} stopped responding (no heartbeat since {task.heartbeat_at:%H:%M:%S} UTC)",
            resumed=f"Worker {task.worker_id} stopped responding; the task goes back to the queue.",
            enqueue=enqueue,
        )
        if status:
            outcome["resumed" if status == TaskStatus.PENDING else "failed"].append(task.pk)
    return outcome


def task_resume_or_fail(task: ScrapeTask, *, still: Q, why: str, resumed: str, enqueue=None) -> str | None:
    """Put a running task back in the queue (its first time) or fail it with ``why``; only while it is still
    RUNNING on ``task.worker_id`` and matches ``still``. Returns the new status, or None when it had moved on."""
    resumes = int((task.counters or {}).get("resumes", 0))
    with transaction.atomic():
        if resumes < MAX_RESUMES:
            changes = {"status": TaskStatus.PENDING, "counters": {**task.counters, "resumes": resumes + 1}}
            message = resumed
        else:
            message = f"{why} and the task was already resumed {resumes} time(s)."
            changes = {"status": TaskStatus.FAILED, "finished_at": timezone.now(), "error": message}
        running = ScrapeTask.objects.filter(still, pk=task.pk, status=TaskStatus.RUNNING, worker_id=task.worker_id)
        if not running.update(worker_id="", updated_at=timezone.now(), **changes):
            return None
        if changes["status"] == TaskStatus.PENDING:
            transaction.on_commit(lambda pk=task.pk: (enqueue or enqueue_task)(pk))
        task_event_append(
            task_id=task.pk,
            kind=EventKind.STATUS,
            message=message,
            payload={"status": changes["status"], "dead_worker": task.worker_id},
            level="warning" if changes["status"] == TaskStatus.PENDING else "error",
        )
    return changes["status"]


def enqueue_task(task_id: int) -> None:
    from django_q.tasks import async_task

    async_task("scraping.tasks.run_scrape_task", task_id, task_name=f"scrape-task-{task_id}-{timezone.now():%H%M%S%f}")
