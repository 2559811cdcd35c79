"""Who is watching a task's frames: a marker in the cache (Redis, or the file cache shared by the embedded
processes), refreshed by every connected viewer and read by the worker's frame pump, so no frame is captured when
nobody watches."""

from django.conf import settings
from django.core.cache import cache


def _key(task_id: int) -> str:
    return f"live:watching:{task_id}"


def refresh_interval() -> float:
    """How often a viewer renews its mark: well within the mark's lifetime."""
    return max(1.0, settings.LIVE_VIEWER_TTL / 3)


async def viewer_mark(task_id: int) -> None:
    """Someone watches ``task_id`` now; the mark lapses ``LIVE_VIEWER_TTL`` seconds after the last viewer left."""
    await cache.aset(_key(task_id), 1, timeout=settings.LIVE_VIEWER_TTL)


def is_watched(task_id: int) -> bool:
    return cache.get(_key(task_id)) is not None
