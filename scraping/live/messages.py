"""The JSON messages viewers receive (documented in ``docs/live.md``) and the channel-layer group of a task."""

from typing import Any

from scraping.models import ScrapeTask, TaskEvent

# TaskEvent kinds; each is sent as a message of the same ``type`` with the event's ``seq``.
EVENT_TYPES = ("log", "progress", "result", "status")
FINAL_STATUSES = ("completed", "failed", "cancelled", "blocked")


def task_group(task_id: int) -> str:
    """The channel-layer group every viewer of the task joins and every publisher of the task sends to."""
    return f"task.{task_id}"


def event_message(event: TaskEvent) -> dict[str, Any]:
    return {
        "type": event.kind,
        "seq": event.seq,
        "at": event.created_at.isoformat() if event.created_at else None,
        "level": event.level,
        "message": event.message,
        "payload": event.payload,
    }


def state_message(task: ScrapeTask) -> dict[str, Any]:
    return {
        "type": "state",
        "task": {
            "id": task.pk,
            "status": task.status,
            "progress": task.progress,
            "counters": task.visible_counters(),
            "error": task.error,
            "queries": task.queries,
            "max_results": task.max_results,
            "platforms": sorted(task.platforms.values_list("slug", flat=True)),
            "owner": task.owner_id,
            "created_at": task.created_at.isoformat(),
            "started_at": task.started_at.isoformat() if task.started_at else None,
            "finished_at": task.finished_at.isoformat() if task.finished_at else None,
            "last_seq": task.last_event_seq,
        },
    }
