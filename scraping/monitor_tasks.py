"""Django-Q entry points of conversation monitoring (thin: ids in, services do the work)."""

from dataclasses import asdict

from django_q.tasks import async_task

from scraping.monitoring import monitor_poll, monitors_due, seen_posts_prune

SCHEDULE_NAME = "scraping: poll due monitors"
SCHEDULE_FUNC = "scraping.monitor_tasks.poll_due_monitors"


def poll_due_monitors() -> int:
    """Every minute: queue a poll of each active monitor whose next_poll_at has come; prune old seen posts."""
    due = monitors_due()
    for monitor_id in due:
        async_task("scraping.monitor_tasks.poll_monitor", monitor_id, task_name=f"monitor-poll-{monitor_id}")
    seen_posts_prune()
    return len(due)


def poll_monitor(monitor_id: int, force: bool = False) -> dict | None:
    report = monitor_poll(monitor_id=monitor_id, force=force)
    return asdict(report) if report else None
