"""The frame pump on a real Chromium: nothing while nobody watches, ~LIVE_FRAME_FPS JPEG frames with the phone
boxes while someone does, through the real channel layer."""

import asyncio
import time

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import get_channel_layer

from scraping.browser import BrowserPool
from scraping.live import presence
from scraping.live.frames import FramePump, FrameSettings, frame_pump, phone_boxes, phones_found
from scraping.live.messages import task_group

PHONE = {"e164": "+14165550101", "raw": "(416) 555-0101", "confidence": 0.95, "layer": "tel_link"}


def test_boxes_keep_known_phones_on_screen_clipped_to_the_viewport():
    boxes = [
        {"text": "Call", "href": "tel:+14165550101", "x": 0.1, "y": 0.2, "width": 0.1, "height": 0.05},
        {"text": "(416) 555-0101", "href": None, "x": 0.1, "y": 0.2, "width": 0.1, "height": 0.05},  # same place
        {"text": "416 555 0101", "href": None, "x": 0.95, "y": 0.5, "width": 0.1, "height": 0.05},  # half visible
        {"text": "416 555 0101", "href": None, "x": 0.1, "y": 1.2, "width": 0.1, "height": 0.05},  # below the fold
        {"text": "416 555 0199", "href": None, "x": 0.1, "y": 0.6, "width": 0.1, "height": 0.05},  # not known
    ]
    known = [{"e164": "+14165550101", "raw": "x", "confidence": 0.95, "layer": "tel_link", "nsn": "4165550101"}]
    found = phone_boxes(boxes, known)
    assert [(b["x"], b["y"], b["width"]) for b in found] == [(0.1, 0.2, 0.1), (0.95, 0.5, 0.05)]
    assert found[0]["e164"] == "+14165550101" and found[0]["confidence"] == 0.95 and "nsn" not in found[0]


async def _frames(layer, channel: str, seconds: float) -> list[dict]:
    found = []
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            message = await asyncio.wait_for(layer.receive(channel), left)
        except TimeoutError:
            break
        if message["event"] == "frame":
            found.append(message["payload"])
    return found


async def _watch(task_id: int) -> tuple[list[dict], bool, list[dict]]:
    """Listen on the task's group as a viewer's consumer would: first unwatched, then watched."""
    layer = get_channel_layer()
    channel = await layer.new_channel()
    await layer.group_add(task_group(task_id), channel)
    try:
        unwatched = await _frames(layer, channel, 1.5)
        await presence.viewer_mark(task_id)
        shown = await sync_to_async(phones_found)(task_id, [PHONE])  # the runner waits for the frame to go out
        watched = await _frames(layer, channel, 3.2)
    finally:
        await layer.group_discard(task_group(task_id), channel)
    return unwatched, shown, watched


@pytest.mark.browser
def test_frames_flow_only_while_watched_with_the_boxes_of_found_phones(sandbox, settings):
    settings.LIVE_FRAME_FPS = 2.0
    settings.LIVE_FRAME_MAX_WIDTH = 640
    task_id = 990001
    pool = BrowserPool(max_browsers=1)
    try:
        with pool.lease() as lease:
            lease.get(sandbox.url("/maps/consent/save?choice=yes&continue=/maps/search?q=coffee"))
            lease.get(lease.driver.find_elements("css selector", "a.place-link")[0].get_attribute("href"))
            with frame_pump(lease, task_id) as pump:
                assert isinstance(pump, FramePump)
                unwatched, shown, frames = async_to_sync(_watch)(task_id)
    finally:
        pool.close()
    assert unwatched == []  # nobody watched: no screenshots at all
    assert shown  # phones_found returned once a frame showing the phone had been published
    assert 4 <= len(frames) <= 9  # ~2 a second, plus one taken at once when the phone was found
    assert [f["frame"] for f in frames] == sorted(f["frame"] for f in frames)
    first = frames[0]
    assert first["jpeg"][:2] == b"\xff\xd8" and first["bytes"] == len(first["jpeg"]) < 200_000
    assert first["width"] == 640 and 0 < first["height"] < 640
    assert "/maps/place/" in first["url"]
    box = first["boxes"][0]
    assert box["e164"] == "+14165550101" and box["confidence"] == 0.95
    assert 0 <= box["x"] < 1 and 0 <= box["y"] < 1 and 0 < box["width"] <= 1 and 0 < box["height"] <= 1


def test_quality_drops_while_frames_are_too_large():
    pump = FramePump(
        task_id=1,
        debugger_address="127.0.0.1:9",
        current_target=lambda: None,
        config=FrameSettings(fps=2, quality=50, max_width=960, max_bytes=10_000),
    )
    assert pump.capture() is None  # no tab yet: no frame, no error
    assert pump.quality == 50


def test_a_runner_is_not_held_when_nobody_watches():
    pump = FramePump(
        task_id=990002,
        debugger_address="127.0.0.1:9",
        current_target=lambda: None,
        config=FrameSettings(fps=2, quality=50, max_width=960, max_bytes=200_000),
        watched=lambda task_id: False,
    )
    pump.start()
    try:
        started = time.monotonic()
        assert phones_found(990002, [PHONE]) is False
        assert time.monotonic() - started < 0.2
    finally:
        pump.stop()
