"""The one way services and tasks talk to websockets: ``broadcast(group, event, payload)``.

The message goes through the configured channel layer (channels_redis, or ``SQLiteChannelLayer`` in the embedded
default) to every channel in ``group`` as ``{"type": "broadcast.message", "event": ..., "payload": ...}``, so
consumers handle it in ``broadcast_message``. Payloads must be msgpack-able: dicts, lists, str, bytes, numbers.

Publishing is best effort: the durable state (a ``TaskEvent`` row, for instance) is written first and viewers
replay it from the database, so a channel layer that is down is logged, never raised to the caller.
"""

import asyncio
import logging
import os
import threading
from typing import Any

from channels.layers import get_channel_layer

log = logging.getLogger(__name__)

MESSAGE_TYPE = "broadcast.message"
SEND_TIMEOUT = 5.0


class _Publisher:
    """An event loop on a daemon thread, one per process.

    Channel layers keep their connections per event loop; ``async_to_sync`` would start a new loop (and a new
    Redis connection) for every message, so every publish of this process goes through this one loop instead.
    """

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="broadcast-publisher", daemon=True)
        self.thread.start()

    def send(self, group: str, message: dict[str, Any], timeout: float) -> None:
        layer = get_channel_layer()
        if layer is None:
            return
        asyncio.run_coroutine_threadsafe(layer.group_send(group, message), self.loop).result(timeout)


_publisher: _Publisher | None = None
_publisher_lock = threading.Lock()


def _get_publisher() -> _Publisher:
    global _publisher
    with _publisher_lock:
        if _publisher is None or _publisher.pid != os.getpid():  # a forked worker starts its own loop thread
            _publisher = _Publisher()
        return _publisher


def broadcast(group: str, event: str, payload: dict[str, Any], *, timeout: float = SEND_TIMEOUT) -> bool:
    """Publish ``event`` with ``payload`` to every websocket (or stream) listening on ``group``.

    Returns False when the channel layer did not take the message (logged); callers do not need to care.
    Safe from any thread, sync or async code; it waits for the layer to accept the message, so successive calls
    from one thread arrive in order.
    """
    message = {"type": MESSAGE_TYPE, "event": event, "payload": payload}
    try:
        _get_publisher().send(group, message, timeout)
    except Exception:  # the durable log is in the database; a missed live message is replayed from there
        log.warning("Could not broadcast %s to %s", event, group, exc_info=True)
        return False
    return True
