"""Websocket of a scrape task, ``ws/tasks/<id>/``: state, replay from the event log, then live messages.

The protocol (auth, messages, close codes, resume) is documented in ``docs/live.md``.
"""

import asyncio
import base64
import contextlib
import time
from typing import Any
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings

from insight import json_input
from insight.validation import whole_number
from scraping.live import presence
from scraping.live.access import CLOSE_BAD_REQUEST, Refusal, user_from_access_token, viewer_refusal
from scraping.live.messages import EVENT_TYPES, task_group
from scraping.live.selectors import events_after, replay_start, task_state

SUBPROTOCOL = "insight.live.v1"
TOKEN_SUBPROTOCOL_PREFIX = "bearer."  # noqa: S105 (a prefix, not a secret)
FRAME_ACK_TIMEOUT = 3.0  # a viewer that never acknowledges still gets a frame this often


def _query(scope: dict) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(scope.get("query_string", b"").decode("latin-1")).items()}


def _token(params: dict[str, str], subprotocols: list[str]) -> str:
    for offered in subprotocols:
        if offered.startswith(TOKEN_SUBPROTOCOL_PREFIX):
            return offered.removeprefix(TOKEN_SUBPROTOCOL_PREFIX)
    return params.get("token", "")


class TaskConsumer(AsyncJsonWebsocketConsumer):
    """One viewer of one task. Events are sent in ``seq`` order without gaps or repeats; frames are latest-wins:
    a frame waits until the viewer acknowledged the previous one, and a newer frame replaces a waiting one."""

    async def connect(self) -> None:
        self.task_id = int(self.scope["url_route"]["kwargs"]["task_id"])
        self.joined = False
        self.last_seq = 0
        self.wants_frames = False
        self.waiting_frame: dict[str, Any] | None = None
        self.frame_sent_at: float | None = None  # None: the viewer acknowledged the last frame
        self.presence_task: asyncio.Task | None = None
        params = _query(self.scope)
        offered = list(self.scope.get("subprotocols") or [])
        # Accept first, so a refusal reaches the client as a close code (a refused handshake has none).
        await self.accept(subprotocol=SUBPROTOCOL if SUBPROTOCOL in offered else None)
        token = _token(params, offered)
        user = await database_sync_to_async(user_from_access_token)(token) if token else self.scope.get("user")
        refusal = await database_sync_to_async(viewer_refusal)(user, self.task_id)
        if refusal is None and whole_number(params.get("after", "0")) is None:
            refusal = Refusal("bad_request", CLOSE_BAD_REQUEST, 400, "after must be a whole number (a seq).")
        if refusal is not None:
            await self.send_json({"type": "error", "code": refusal.code, "message": refusal.message})
            await self.close(code=refusal.close_code)
            return
        self.wants_frames = params.get("frames", "1").lower() not in ("0", "false", "no")
        await self.channel_layer.group_add(task_group(self.task_id), self.channel_name)
        self.joined = True
        state = await database_sync_to_async(task_state)(self.task_id)
        await self.send_json(state)
        after = int(params["after"]) if "after" in params else None
        self.last_seq = replay_start(last_seq=state["task"]["last_seq"], after=after)
        await self._send_events_upto(None)
        await self.send_json({"type": "replay_done", "last_seq": self.last_seq})
        if self.wants_frames:
            await presence.viewer_mark(self.task_id)
            self.presence_task = asyncio.create_task(self._keep_presence())

    async def disconnect(self, code: int) -> None:
        if self.presence_task is not None:
            self.presence_task.cancel()
        if self.joined:
            await self.channel_layer.group_discard(task_group(self.task_id), self.channel_name)

    async def _keep_presence(self) -> None:
        while True:
            await asyncio.sleep(presence.refresh_interval())
            with contextlib.suppress(Exception):  # a cache hiccup must not end the viewer's connection
                await presence.viewer_mark(self.task_id)

    async def _send_events_upto(self, upto: int | None) -> None:
        """Send the logged events after ``last_seq`` (up to ``upto``) from the database, in batches."""
        while upto is None or self.last_seq < upto:
            batch = await database_sync_to_async(events_after)(self.task_id, after=self.last_seq, upto=upto)
            for message in batch:
                await self.send_json(message)
                self.last_seq = message["seq"]
            if not batch:
                return

    # Messages published with insight.broadcast.broadcast(group, event, payload).
    async def broadcast_message(self, message: dict[str, Any]) -> None:
        event, payload = message["event"], message["payload"]
        if event == "frame":
            await self._offer_frame(payload)
        elif event in EVENT_TYPES:
            seq = payload["seq"]
            if seq <= self.last_seq:
                return  # already sent by the replay
            if seq > self.last_seq + 1:
                await self._send_events_upto(seq - 1)  # a message the layer dropped: fill the gap from the log
            if seq == self.last_seq + 1:
                await self.send_json(payload)
                self.last_seq = seq

    async def _offer_frame(self, frame: dict[str, Any]) -> None:
        if not self.wants_frames:
            return
        self.waiting_frame = frame
        if self.frame_sent_at is None or time.monotonic() - self.frame_sent_at > FRAME_ACK_TIMEOUT:
            await self._send_waiting_frame()

    async def _send_waiting_frame(self) -> None:
        frame, self.waiting_frame = self.waiting_frame, None
        if frame is None:
            return
        jpeg = frame.get("jpeg") or b""
        await self.send_json({**frame, "type": "frame", "jpeg": base64.b64encode(jpeg).decode("ascii")})
        self.frame_sent_at = time.monotonic()

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        kind = content.get("type") if isinstance(content, dict) else None
        if kind == "frame_ack":
            self.frame_sent_at = None
            await self._send_waiting_frame()
        elif kind == "ping":
            await self.send_json({"type": "pong"})
        else:
            await self.send_json({"type": "error", "code": "unknown_message", "message": "Send frame_ack or ping."})

    @classmethod
    async def decode_json(cls, text_data: str) -> Any:
        try:  # the API's limits: a message nested 1,000 deep is answered, not a crash of the consumer
            return json_input.loads(text_data, max_depth=settings.API_JSON_MAX_DEPTH)
        except ValueError:
            return None
