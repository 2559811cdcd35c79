"""Websocket clients for the live-view tests: Channels' communicator on the real ASGI application."""

import asyncio
import json
from typing import Any

from channels.testing import WebsocketCommunicator
from django.test import Client
from rest_framework_simplejwt.tokens import AccessToken

from insight.asgi import application

ORIGIN = (b"origin", b"http://localhost")


def access_token(user) -> str:
    return str(AccessToken.for_user(user))


def session_cookie(user) -> bytes:
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}".encode()


def communicator(
    task_id: int,
    query: str = "",
    *,
    headers: list | None = None,
    subprotocols: list[str] | None = None,
    origin: tuple | None = ORIGIN,
) -> WebsocketCommunicator:
    """A client of the task's live view; ``origin=None`` sends no Origin header (not a browser)."""
    path = f"/ws/tasks/{task_id}/" + (f"?{query}" if query else "")
    sent = [*([origin] if origin else []), *(headers or [])]
    return WebsocketCommunicator(application, path, headers=sent, subprotocols=subprotocols)


async def receive(ws: WebsocketCommunicator, timeout: float = 5) -> dict[str, Any]:
    return json.loads(await ws.receive_from(timeout))


async def receive_until(ws: WebsocketCommunicator, kind: str, timeout: float = 10) -> list[dict[str, Any]]:
    """Every message up to and including the first of type ``kind``."""
    messages = []
    async with asyncio.timeout(timeout):
        while True:
            message = await receive(ws, timeout)
            messages.append(message)
            if message["type"] == kind:
                return messages


async def refused_with(ws: WebsocketCommunicator) -> tuple[dict[str, Any], int]:
    """The error message and close code of a refused connection (it is accepted, then closed)."""
    connected, _ = await ws.connect(5)
    assert connected
    error = await receive(ws)
    closed = await ws.receive_output(5)
    assert closed["type"] == "websocket.close"
    # As a browser or daphne would: the closed socket is reported to the consumer, so it ends by itself instead of
    # being cancelled at the end of the test's event loop (which can hang in the channel layer's receive).
    await ws.disconnect()
    return error, closed["code"]
