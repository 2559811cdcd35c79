"""A person watches a real worker: qcluster → Chromium → sandbox → leads, while a websocket client in this process
receives the log, results and frames through the channel layer (Redis, or the embedded SQLite layer)."""

import asyncio

import pytest
from asgiref.sync import async_to_sync
from django_q.conf import Conf

from accounts.tests.factories import UserFactory
from insight.testing.processes import start_worker
from scraping.live.messages import FINAL_STATUSES
from scraping.models import TaskEvent
from scraping.services import task_create
from scraping.tests.live.helpers import access_token, communicator, receive
from scraping.tests.runner.conftest import shipped_recipe
from scraping.tests.runner.test_worker_tasks import stop_worker

pytestmark = [pytest.mark.worker, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def queue(monkeypatch):
    monkeypatch.setattr(Conf, "SYNC", False)


@pytest.fixture
def worker():
    process = start_worker(ALLOW_PRIVATE_URLS="true")
    yield process
    stop_worker(process)


async def _watch(task_id: int, token: str) -> list[dict]:
    ws = communicator(task_id, f"after=0&token={token}")
    connected, _ = await ws.connect(10)
    assert connected
    messages = []
    async with asyncio.timeout(150):
        while True:
            message = await receive(ws, 150)
            messages.append(message)
            if message["type"] == "frame":
                await ws.send_json_to({"type": "frame_ack", "frame": message["frame"]})
            if message["type"] == "status" and message["payload"]["status"] in FINAL_STATUSES:
                break
    await ws.disconnect()
    return messages


def test_a_viewer_sees_logs_results_and_frames_with_phone_boxes_of_a_running_task(sandbox, queue, worker):
    user = UserFactory()
    recipe = shipped_recipe("sandbox_maps", sandbox.base_url)
    task = task_create(owner=user, queries=["coffee toronto"], platforms=[recipe], max_results=6)

    messages = async_to_sync(_watch)(task.pk, access_token(user))

    assert messages[0]["type"] == "state"
    events = [m for m in messages if "seq" in m]
    logged = list(TaskEvent.objects.filter(task=task).order_by("seq").values_list("seq", "kind"))
    assert [(m["seq"], m["type"]) for m in events] == logged  # every event once, in order, replay + live
    assert events[-1]["payload"]["status"] == "completed"
    results = [m["payload"] for m in events if m["type"] == "result"]
    assert len(results) == 6
    found = {phone["e164"] for result in results for phone in result["phone_details"]}
    assert all(phone["confidence"] > 0 for result in results for phone in result["phone_details"])

    frames = [m for m in messages if m["type"] == "frame"]
    assert len(frames) >= 3
    assert [f["frame"] for f in frames] == sorted({f["frame"] for f in frames})
    boxed = [box for f in frames for box in f["boxes"]]
    assert boxed, "no frame showed a found phone"
    assert {box["e164"] for box in boxed} <= found
    assert all(0 <= box["x"] <= 1 and 0 <= box["y"] <= 1 for box in boxed)
