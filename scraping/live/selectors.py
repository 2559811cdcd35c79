"""Reads of the live view: a task's state and its events by sequence number, as viewer messages."""

from typing import Any

from django.conf import settings

from scraping.live.messages import event_message, state_message
from scraping.models import ScrapeTask, TaskEvent

REPLAY_BATCH = 500


def task_state(task_id: int) -> dict[str, Any]:
    task = ScrapeTask.objects.prefetch_related("platforms").get(pk=task_id)
    return state_message(task)


def replay_start(*, last_seq: int, after: int | None) -> int:
    """Where the replay starts (exclusive): the viewer's last seen seq, else the last ``LIVE_REPLAY_LIMIT`` events."""
    if after is not None:
        return after
    return max(0, last_seq - settings.LIVE_REPLAY_LIMIT)


def events_after(task_id: int, *, after: int, upto: int | None = None, limit: int = REPLAY_BATCH) -> list[dict]:
    """At most ``limit`` events of the task with ``after < seq <= upto``, in order, as viewer messages."""
    queryset = TaskEvent.objects.filter(task_id=task_id, seq__gt=after)
    if upto is not None:
        queryset = queryset.filter(seq__lte=upto)
    return [event_message(event) for event in queryset.order_by("seq")[:limit]]
