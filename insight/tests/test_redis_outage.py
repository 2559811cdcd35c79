"""Fault injection: Redis goes away under a running web process, then comes back.

The web process (daphne, as in production) runs on a Redis of its own that the test stops and restarts. While
Redis is down the leads API and dashboard pages keep answering and health says which part is down; when Redis
returns, health is green again and the live websocket accepts reconnecting viewers, without restarting the web
process.
"""

import json
import shutil
import socket
import subprocess

import httpx
import pytest
import websocket
from rest_framework_simplejwt.tokens import RefreshToken

from accounts.models import Role
from accounts.tests.factories import UserFactory
from insight.testing.processes import free_port, start_web, stop_process, wait_until
from leads.models import Lead
from scraping.tests.factories import ScrapeTaskFactory

pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server"),
]


def _start_redis(port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_until(lambda: _answers(port), timeout=10)
    return process


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _live_state(web_port: int, task_id: int, token: str) -> dict:
    ws = websocket.create_connection(
        f"ws://127.0.0.1:{web_port}/ws/tasks/{task_id}/",
        subprotocols=["insight.live.v1", f"bearer.{token}"],
        timeout=10,
    )
    try:
        raw = ws.recv()
        return json.loads(raw) if raw else {"type": "closed"}
    finally:
        ws.close()


@pytest.fixture
def web_on_own_redis():
    redis_port, web_port = free_port(), free_port()
    redis = _start_redis(redis_port)
    web = start_web(web_port, REDIS_URL=f"redis://127.0.0.1:{redis_port}/0")
    base = f"http://127.0.0.1:{web_port}"
    wait_until(lambda: _get(f"{base}/api/health") is not None, timeout=60)
    state = {"redis": redis, "redis_port": redis_port, "web_port": web_port, "base": base}
    yield state
    stop_process(web)
    stop_process(state["redis"])


def _get(url: str, **kwargs) -> httpx.Response | None:
    try:
        return httpx.get(url, timeout=10, **kwargs)
    except httpx.TransportError:
        return None


def test_the_web_keeps_serving_through_a_redis_outage_and_live_view_recovers(web_on_own_redis):
    base, web_port = web_on_own_redis["base"], web_on_own_redis["web_port"]
    user = UserFactory(role=Role.MANAGER)
    Lead.objects.create(kind="business", name="Juniper Bakery", platform="google_maps", dedupe_key="outage:1")
    task = ScrapeTaskFactory(owner=user)
    token = str(RefreshToken.for_user(user).access_token)
    auth = {"Authorization": f"Bearer {token}"}

    assert _get(f"{base}/api/v1/leads", headers=auth).status_code == 200
    assert _live_state(web_port, task.pk, token)["type"] == "state"

    stop_process(web_on_own_redis["redis"])

    leads = _get(f"{base}/api/v1/leads", headers=auth)
    assert leads.status_code == 200 and leads.json()["results"][0]["name"] == "Juniper Bakery"
    health = _get(f"{base}/api/health")
    assert health.status_code == 503
    checks = health.json()["checks"]
    assert checks["database"]["ok"] and not checks["channel_layer"]["ok"] and not checks["queue"]["ok"]

    web_on_own_redis["redis"] = _start_redis(web_on_own_redis["redis_port"])

    wait_until(lambda: _get(f"{base}/api/health").json()["checks"]["channel_layer"]["ok"], timeout=30)
    # A viewer reconnects (as live.js does, with backoff); the first try may meet a connection Redis dropped.
    wait_until(lambda: _live_state(web_port, task.pk, token)["type"] == "state", timeout=30, interval=1)
