"""Frames of a task as MJPEG parts (``multipart/x-mixed-replace``): the newest frame at most ``LIVE_FRAME_FPS``
times a second, never a backlog; the stream counts as a viewer and ends when the task is over."""

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings

from scraping.live import presence
from scraping.live.messages import FINAL_STATUSES, task_group
from scraping.models import ScrapeTask

BOUNDARY = "frame"


def mjpeg_part(jpeg: bytes) -> bytes:
    head = f"--{BOUNDARY}\r\nContent-Type: image/jpeg\r\nContent-Length: {len(jpeg)}\r\n\r\n".encode()
    return head + jpeg + b"\r\n"


def _task_over(task_id: int) -> bool:
    status = ScrapeTask.objects.filter(pk=task_id).values_list("status", flat=True).first()
    return status is None or status in FINAL_STATUSES


async def mjpeg_stream(task_id: int) -> AsyncIterator[bytes]:
    layer = get_channel_layer()
    channel = await layer.new_channel()
    await layer.group_add(task_group(task_id), channel)
    latest: dict[str, dict] = {}
    arrived = asyncio.Event()

    async def read() -> None:  # drains the channel at once, keeping only the newest frame
        while True:
            message = await layer.receive(channel)
            if message.get("event") == "frame" and message.get("payload", {}).get("jpeg"):
                latest["frame"] = message["payload"]
                arrived.set()

    reader = asyncio.create_task(read())
    interval = 1.0 / settings.LIVE_FRAME_FPS
    try:
        await presence.viewer_mark(task_id)
        marked = time.monotonic()
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(arrived.wait(), timeout=presence.refresh_interval())
            if time.monotonic() - marked >= presence.refresh_interval():
                if await sync_to_async(_task_over)(task_id):
                    return
                await presence.viewer_mark(task_id)
                marked = time.monotonic()
            if arrived.is_set():
                arrived.clear()
                sent = time.monotonic()
                yield mjpeg_part(latest.pop("frame")["jpeg"])
                await asyncio.sleep(max(0.0, interval - (time.monotonic() - sent)))
    finally:
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader
        await layer.group_discard(task_group(task_id), channel)
