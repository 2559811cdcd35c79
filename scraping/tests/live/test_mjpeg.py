"""GET /live_feed/<id> on the real ASGI application: access rules and JPEG parts of published frames."""

import asyncio

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.testing import ApplicationCommunicator

from accounts.models import Role
from accounts.tests.factories import UserFactory
from insight.asgi import application
from insight.broadcast import broadcast
from scraping.live import presence
from scraping.live.messages import task_group
from scraping.models import ScrapeTask
from scraping.tests.factories import ScrapeTaskFactory
from scraping.tests.live.helpers import session_cookie

pytestmark = pytest.mark.django_db(transaction=True)

JPEG = b"\xff\xd8\xff\xe0" + b"frame" * 20 + b"\xff\xd9"


def _request(task_id: int, cookie: bytes | None = None, method: str = "GET") -> ApplicationCommunicator:
    headers = [(b"host", b"localhost")] + ([(b"cookie", cookie)] if cookie else [])
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": f"/live_feed/{task_id}",
        "raw_path": f"/live_feed/{task_id}".encode(),
        "query_string": b"",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("localhost", 80),
    }
    return ApplicationCommunicator(application, scope)


async def _start(communicator: ApplicationCommunicator) -> dict:
    await communicator.send_input({"type": "http.request", "body": b"", "more_body": False})
    return await communicator.receive_output(10)


async def _status_of(task_id: int, cookie: bytes | None, method: str = "GET") -> int:
    communicator = _request(task_id, cookie, method)
    start = await _start(communicator)
    await communicator.wait(5)
    return start["status"]


def test_the_feed_needs_a_session_and_hides_other_users_tasks():
    task = ScrapeTaskFactory()
    other = UserFactory(role=Role.SALES)
    assert async_to_sync(_status_of)(task.pk, None) == 401
    assert async_to_sync(_status_of)(task.pk, session_cookie(other)) == 404
    unverified = UserFactory(email_verified_at=None)
    assert async_to_sync(_status_of)(task.pk, session_cookie(unverified)) == 403
    owner = session_cookie(task.owner)
    assert async_to_sync(_status_of)(task.pk, owner, "OPTIONS") == 405  # only read (CSRF refuses unsafe ones first)
    assert async_to_sync(_status_of)(task.pk, owner, "DELETE") == 403


def test_without_consent_the_feed_is_refused_with_403_not_redirected_to_the_consent_form():
    owner = UserFactory(consent_version="", consent_accepted_at=None)
    task = ScrapeTaskFactory(owner=owner)

    async def refusal() -> tuple[dict, bytes]:
        communicator = _request(task.pk, await sync_to_async(session_cookie)(owner))
        start = await _start(communicator)
        body = await communicator.receive_output(5)
        await communicator.wait(5)
        return start, body["body"]

    start, body = async_to_sync(refusal)()
    assert start["status"] == 403, dict(start["headers"])
    assert body == b"Accept the current terms first."


def test_the_feed_sends_published_frames_as_jpeg_parts_and_marks_a_viewer():
    task = ScrapeTaskFactory(status="running")
    cookie = session_cookie(UserFactory(role=Role.MANAGER))

    async def scenario():
        communicator = _request(task.pk, cookie)
        start = await _start(communicator)
        watched = False
        for _ in range(50):  # the view joins the group and marks the viewer when the stream starts
            watched = await sync_to_async(presence.is_watched)(task.pk)
            if watched:
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.3)
        body = b""
        for n in (1, 2):
            await sync_to_async(broadcast)(task_group(task.pk), "frame", {"frame": n, "jpeg": JPEG, "boxes": []})
            chunk = await communicator.receive_output(10)
            body += chunk["body"]
        await sync_to_async(ScrapeTask.objects.filter(pk=task.pk).update)(status="completed")
        end = await communicator.receive_output(15)  # the stream ends once the task is over
        await communicator.wait(10)
        return start, watched, body, end

    start, watched, body, end = async_to_sync(scenario)()
    headers = dict(start["headers"])
    assert start["status"] == 200
    assert headers[b"Content-Type"] == b"multipart/x-mixed-replace; boundary=frame"
    assert watched
    parts = body.split(b"--frame\r\n")[1:]
    assert len(parts) == 2
    for part in parts:
        head, _, rest = part.partition(b"\r\n\r\n")
        assert b"Content-Type: image/jpeg" in head and f"Content-Length: {len(JPEG)}".encode() in head
        assert rest == JPEG + b"\r\n"
    assert end["type"] == "http.response.body" and not end.get("more_body")
