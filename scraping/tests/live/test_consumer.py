"""ws/tasks/<id>/ on the real ASGI stack and channel layer: who may connect, replay, resume, live messages."""

import asyncio
import base64

import pytest
from asgiref.sync import async_to_sync, sync_to_async

from accounts.models import Role
from accounts.tests.factories import UserFactory
from insight.broadcast import broadcast
from scraping.live import presence
from scraping.live.messages import task_group
from scraping.models import TaskEvent
from scraping.services import task_event_append
from scraping.tests.factories import ScrapeTaskFactory
from scraping.tests.live.helpers import (
    access_token,
    communicator,
    receive,
    receive_until,
    refused_with,
    session_cookie,
)

# The consumer's database thread must see the test's rows: no wrapping transaction.
pytestmark = pytest.mark.django_db(transaction=True)


def run(scenario, *args):
    return async_to_sync(scenario)(*args)


def _task_with_events(count: int = 3):
    task = ScrapeTaskFactory()
    for n in range(count):
        task_event_append(task_id=task.pk, kind="log", message=f"line {n + 1}")
    return task


def test_the_owner_connects_with_a_jwt_and_gets_state_then_the_replay():
    task = _task_with_events(3)

    async def scenario():
        ws = communicator(task.pk, f"token={access_token(task.owner)}")
        connected, _ = await ws.connect(5)
        assert connected
        messages = await receive_until(ws, "replay_done")
        await ws.disconnect()
        return messages

    messages = run(scenario)
    assert messages[0]["type"] == "state"
    assert messages[0]["task"]["id"] == task.pk and messages[0]["task"]["last_seq"] == 3
    assert [(m["type"], m["seq"], m["message"]) for m in messages[1:4]] == [
        ("log", 1, "line 1"),
        ("log", 2, "line 2"),
        ("log", 3, "line 3"),
    ]
    assert messages[4] == {"type": "replay_done", "last_seq": 3}


def test_a_jwt_in_the_subprotocol_is_accepted_and_the_protocol_echoed():
    task = _task_with_events(1)

    async def scenario():
        ws = communicator(task.pk, subprotocols=["insight.live.v1", f"bearer.{access_token(task.owner)}"])
        connected, subprotocol = await ws.connect(5)
        messages = await receive_until(ws, "replay_done")
        await ws.disconnect()
        return connected, subprotocol, messages

    connected, subprotocol, messages = run(scenario)
    assert connected and subprotocol == "insight.live.v1"
    assert messages[-1]["last_seq"] == 1


def test_an_api_client_without_an_origin_header_connects_with_its_token():
    task = _task_with_events(1)

    async def scenario():
        ws = communicator(task.pk, subprotocols=["insight.live.v1", f"bearer.{access_token(task.owner)}"], origin=None)
        connected, _ = await ws.connect(5)
        messages = await receive_until(ws, "replay_done")
        await ws.disconnect()
        return connected, messages

    connected, messages = run(scenario)
    assert connected and messages[-1]["last_seq"] == 1
    assert run(refused_with, communicator(task.pk, origin=None))[1] == 4401  # still has to say who it is


def test_a_page_on_another_site_cannot_use_the_dashboard_session():
    task = _task_with_events(1)
    cookie = session_cookie(task.owner)

    async def scenario():
        ws = communicator(task.pk, headers=[(b"cookie", cookie)], origin=(b"origin", b"https://evil.example.org"))
        connected, _ = await ws.connect(5)
        return connected

    assert run(scenario) is False


def test_a_dashboard_session_is_enough():
    task = _task_with_events(1)
    cookie = session_cookie(task.owner)

    async def scenario():
        ws = communicator(task.pk, headers=[(b"cookie", cookie)])
        await ws.connect(5)
        messages = await receive_until(ws, "replay_done")
        await ws.disconnect()
        return messages

    assert run(scenario)[0]["type"] == "state"


def test_anonymous_and_bad_tokens_are_closed_with_4401():
    task = _task_with_events(1)
    assert run(refused_with, communicator(task.pk))[1] == 4401
    error, code = run(refused_with, communicator(task.pk, "token=not-a-jwt"))
    assert code == 4401 and error == {
        "type": "error",
        "code": "not_authenticated",
        "message": "Log in (session or JWT access token).",
    }


def test_another_sales_user_is_refused_as_if_the_task_did_not_exist():
    task = _task_with_events(1)
    other = UserFactory(role=Role.SALES)
    error, code = run(refused_with, communicator(task.pk, f"token={access_token(other)}"))
    assert code == 4404 and error["code"] == "not_found"
    _, missing = run(refused_with, communicator(task.pk + 1000, f"token={access_token(task.owner)}"))
    assert missing == 4404


@pytest.mark.parametrize("role", [Role.MANAGER, Role.ADMIN])
def test_managers_and_admins_watch_anyone_s_task(role):
    task = _task_with_events(2)
    watcher = UserFactory(role=role)

    async def scenario():
        ws = communicator(task.pk, f"token={access_token(watcher)}")
        await ws.connect(5)
        messages = await receive_until(ws, "replay_done")
        await ws.disconnect()
        return messages

    assert run(scenario)[-1]["last_seq"] == 2


def test_unverified_or_unconsented_accounts_are_closed_with_4403():
    task = ScrapeTaskFactory(owner=UserFactory(email_verified_at=None))
    error, code = run(refused_with, communicator(task.pk, f"token={access_token(task.owner)}"))
    assert (error["code"], code) == ("email_unverified", 4403)
    task = ScrapeTaskFactory(owner=UserFactory(consent_version=""))
    error, code = run(refused_with, communicator(task.pk, f"token={access_token(task.owner)}"))
    assert (error["code"], code) == ("consent_required", 4403)


def test_a_bad_after_is_closed_with_4400():
    task = _task_with_events(1)
    error, code = run(refused_with, communicator(task.pk, f"after=x&token={access_token(task.owner)}"))
    assert (error["code"], code) == ("bad_request", 4400)


def test_resume_after_the_last_seq_seen_then_live_events_without_gaps_or_repeats():
    task = _task_with_events(5)
    append = sync_to_async(task_event_append)

    async def scenario():
        ws = communicator(task.pk, f"after=3&token={access_token(task.owner)}")
        await ws.connect(5)
        replay = await receive_until(ws, "replay_done")
        await append(task_id=task.pk, kind="progress", message="1 lead", payload={"progress": 0.5})
        # seq 7 is logged but its live message is lost (as when a layer drops it): 8 must bring 7 along.
        await sync_to_async(TaskEvent.objects.create)(task=task, seq=7, kind="log", message="missed live")
        await sync_to_async(type(task).objects.filter(pk=task.pk).update)(last_event_seq=7)
        await append(task_id=task.pk, kind="result", message="New lead", payload={"lead_id": 1, "phones": []})
        await sync_to_async(broadcast)(task_group(task.pk), "log", {"type": "log", "seq": 4, "message": "dup"})
        await append(task_id=task.pk, kind="status", message="Done", payload={"status": "completed"})
        live = [await receive(ws) for _ in range(4)]
        assert await ws.receive_nothing(0.5)
        await ws.disconnect()
        return replay, live

    replay, live = run(scenario)
    assert [m.get("seq") for m in replay[1:]] == [4, 5, None]
    assert [(m["type"], m["seq"]) for m in live] == [("progress", 6), ("log", 7), ("result", 8), ("status", 9)]
    assert live[0]["payload"] == {"progress": 0.5}


def test_without_after_only_the_recent_events_replay(settings):
    settings.LIVE_REPLAY_LIMIT = 2
    task = _task_with_events(5)

    async def scenario():
        ws = communicator(task.pk, f"token={access_token(task.owner)}")
        await ws.connect(5)
        messages = await receive_until(ws, "replay_done")
        await ws.disconnect()
        return messages

    assert [m.get("seq") for m in run(scenario)[1:]] == [4, 5, None]


def test_frames_are_latest_wins_until_the_viewer_acknowledges():
    task = _task_with_events(0)
    send = sync_to_async(broadcast)

    def frame(n: int) -> dict:
        return {"frame": n, "jpeg": b"\xff\xd8jpeg" + bytes([n]), "boxes": [], "width": 960, "height": 632}

    async def scenario():
        ws = communicator(task.pk, f"token={access_token(task.owner)}")
        await ws.connect(5)
        await receive_until(ws, "replay_done")
        watched = await sync_to_async(presence.is_watched)(task.pk)
        await send(task_group(task.pk), "frame", frame(1))
        first = await receive(ws)
        for n in (2, 3, 4):  # the viewer has not acknowledged frame 1: these wait, newest replacing older
            await send(task_group(task.pk), "frame", frame(n))
        await asyncio.sleep(0.3)
        assert await ws.receive_nothing(0.3)
        await ws.send_json_to({"type": "frame_ack", "frame": 1})
        latest = await receive(ws)
        await ws.send_json_to({"type": "ping"})
        pong = await receive(ws)
        await ws.disconnect()
        return watched, first, latest, pong

    watched, first, latest, pong = run(scenario)
    assert watched
    assert first["type"] == "frame" and first["frame"] == 1
    assert base64.b64decode(first["jpeg"]) == b"\xff\xd8jpeg\x01"
    assert latest["frame"] == 4
    assert pong == {"type": "pong"}


def test_a_viewer_without_frames_gets_none_and_does_not_count_as_watching():
    task = _task_with_events(0)

    async def scenario():
        ws = communicator(task.pk, f"frames=0&token={access_token(task.owner)}")
        await ws.connect(5)
        await receive_until(ws, "replay_done")
        await sync_to_async(broadcast)(task_group(task.pk), "frame", {"frame": 1, "jpeg": b"x", "boxes": []})
        nothing = await ws.receive_nothing(0.5)
        watched = await sync_to_async(presence.is_watched)(task.pk)
        await ws.disconnect()
        return nothing, watched

    assert run(scenario) == (True, False)


def test_an_idle_viewer_stays_connected_and_still_gets_events():
    # redis-py's default 5 s read timeout once killed consumers idle as long as channels_redis' blocking pop.
    task = _task_with_events(1)

    async def scenario():
        ws = communicator(task.pk, f"token={access_token(task.owner)}")
        await ws.connect(5)
        await receive_until(ws, "replay_done")
        await asyncio.sleep(7)
        await sync_to_async(task_event_append)(task_id=task.pk, kind="log", message="after a quiet spell")
        message = await receive(ws, 10)
        await ws.disconnect()
        return message

    assert run(scenario)["message"] == "after a quiet spell"
