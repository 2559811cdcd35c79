"""The web process (as runplatform starts it) closes a connection whose request headers are not all in within
WEB_HEADER_TIMEOUT, however slowly they trickle in; answered requests, keep-alive and websockets go on as before."""

import json
import socket

import pytest
import websocket
from rest_framework_simplejwt.tokens import RefreshToken

from accounts.models import Role
from accounts.tests.factories import UserFactory
from insight.testing.processes import free_port, start_web, stop_process, wait_until
from scraping.tests.factories import ScrapeTaskFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True), pytest.mark.timeout(240)]

HEADER_TIMEOUT = 1  # seconds, small so the test is short; production's default is 20
GENEROUS_WAIT = 30  # far beyond the deadline, far below Twisted's own 60 s idle timeout


@pytest.fixture(scope="module")
def web_port(django_db_setup, django_db_blocker):
    port = free_port()  # the web process shares the test database, which must exist before it starts
    web = start_web(port, WEB_HEADER_TIMEOUT=str(HEADER_TIMEOUT))
    try:
        wait_until(lambda: _connects(port), timeout=60)
        yield port
    finally:
        stop_process(web)


def _connects(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def _closed_by_server(sock: socket.socket) -> bool:
    """True once the server has closed the connection; False if it is still open after GENEROUS_WAIT."""
    sock.settimeout(GENEROUS_WAIT)
    try:
        return sock.recv(1024) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def test_a_partial_request_line_and_then_silence_is_disconnected(web_port):
    with socket.create_connection(("127.0.0.1", web_port)) as sock:
        sock.sendall(b"GET /api/hea")
        assert _closed_by_server(sock)


def test_headers_trickled_a_byte_at_a_time_are_disconnected(web_port):
    with socket.create_connection(("127.0.0.1", web_port)) as sock:
        sock.sendall(b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        sock.settimeout(0.2)
        closed = False
        for _ in range(GENEROUS_WAIT * 5):  # one byte every 0.2 s: the idle timeout never fires
            try:
                sock.sendall(b"a")
                closed = sock.recv(1024) == b""
            except TimeoutError:
                continue
            except (ConnectionResetError, BrokenPipeError):
                closed = True
            if closed:
                break
        assert closed, "a client trickling its headers kept the connection"


def test_a_kept_alive_connection_serves_requests_sent_in_time(web_port):
    with socket.create_connection(("127.0.0.1", web_port)) as sock:
        sock.settimeout(GENEROUS_WAIT)
        for _ in range(2):
            sock.sendall(b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            head = sock.recv(4096)
            assert head.startswith(b"HTTP/1.1 30"), head[:100]
        assert _closed_by_server(sock)  # and an idle one is let go once it sends nothing more


def test_a_websocket_outlives_the_header_deadline(web_port):
    user = UserFactory(role=Role.MANAGER)
    task = ScrapeTaskFactory(owner=user)
    token = str(RefreshToken.for_user(user).access_token)
    ws = websocket.create_connection(
        f"ws://127.0.0.1:{web_port}/ws/tasks/{task.pk}/",
        subprotocols=["insight.live.v1", f"bearer.{token}"],
        timeout=GENEROUS_WAIT,
    )
    try:
        assert [json.loads(ws.recv())["type"] for _ in range(2)] == ["state", "replay_done"]
        with pytest.raises(websocket.WebSocketTimeoutException):
            ws.settimeout(HEADER_TIMEOUT * 3)
            ws.recv()  # nothing to say for three deadlines' time: the server does not close it meanwhile
        ws.settimeout(GENEROUS_WAIT)
        ws.send(json.dumps({"type": "ping"}))
        assert json.loads(ws.recv()) == {"type": "pong"}
    finally:
        ws.close()
