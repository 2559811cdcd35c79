"""The frame pump: while a browser runner works on a task and someone watches it, JPEG screenshots of the task's tab
(CDP ``Page.captureScreenshot`` on the page's own DevTools socket, so the runner's WebDriver session is not
disturbed) at ``LIVE_FRAME_FPS``, each with the boxes of the task's known phones on screen, published to the task's
group. Frames are never stored; nothing is captured while nobody watches (``presence``)."""

import base64
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import phonenumbers
from django.conf import settings

from insight.broadcast import broadcast
from scraping.browser.cdp import BrowserDevTools, DevToolsError
from scraping.extraction.bbox import BOX_SCRIPT, DIGITS_RE
from scraping.live.messages import task_group
from scraping.live.presence import is_watched

log = logging.getLogger(__name__)

# BOX_SCRIPT is a function body (Selenium's execute_script); CDP evaluates an expression.
FRAME_SCRIPT = (
    "(() => { const boxes = (function () {" + BOX_SCRIPT + "})();"
    " return {boxes, vw: window.innerWidth, vh: window.innerHeight, sx: window.scrollX, sy: window.scrollY,"
    " url: location.href}; })()"
)
PRESENCE_CHECK_SECONDS = 0.5
MIN_FRAME_GAP = 0.2  # a phone found wakes the pump early, but never more often than this
# While someone watches, the runner holds a page on which it found phones until a frame of it (with their boxes)
# went out, so a fast runner never leaves before the viewer saw the numbers light up; bounded, so a stuck pump
# cannot slow a task down by more than this per page.
SHOW_FOUND_TIMEOUT = 1.5
MIN_QUALITY = 20


@dataclass
class FrameSettings:
    fps: float
    quality: int
    max_width: int
    max_bytes: int

    @classmethod
    def from_settings(cls) -> "FrameSettings":
        return cls(
            fps=settings.LIVE_FRAME_FPS,
            quality=settings.LIVE_FRAME_QUALITY,
            max_width=settings.LIVE_FRAME_MAX_WIDTH,
            max_bytes=settings.LIVE_FRAME_MAX_BYTES,
        )


# The phones each running task of this process has found (e164 → details), and its pump, for the boxes.
_known: dict[int, dict[str, dict[str, Any]]] = {}
_pumps: dict[int, "FramePump"] = {}
_lock = threading.Lock()


def phones_found(task_id: int | None, phones: list[dict[str, Any]], wait: float = SHOW_FOUND_TIMEOUT) -> bool:
    """The runner read these phones (dicts with e164, raw, confidence, layer): outline them on a frame taken at
    once, so the viewer sees the number light up as it is found. While someone watches, this returns only after
    that frame was published (or ``wait`` seconds), so the runner is still on the page the frame shows; True when
    such a frame went out."""
    if task_id is None or not phones:
        return False
    with _lock:
        known = _known.setdefault(task_id, {})
        for phone in phones:
            e164 = phone.get("e164")
            if e164 and (e164 not in known or known[e164]["confidence"] < (phone.get("confidence") or 0)):
                known[e164] = _phone_entry(phone)
        pump = _pumps.get(task_id)
    return pump.show_now(wait) if pump is not None else False


def _phone_entry(phone: dict[str, Any]) -> dict[str, Any]:
    try:
        nsn = phonenumbers.national_significant_number(phonenumbers.parse(phone["e164"]))
    except phonenumbers.NumberParseException:
        nsn = DIGITS_RE.sub("", phone["e164"])
    return {
        "e164": phone["e164"],
        "raw": phone.get("raw") or phone["e164"],
        "confidence": round(float(phone.get("confidence") or 0), 3),
        "layer": phone.get("layer") or "",
        "nsn": nsn,
    }


def phone_boxes(boxes: list[dict[str, Any]], known: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The boxes (viewport-relative, from BOX_SCRIPT) that show a known phone, clipped to the viewport, one per
    place on screen; a tel: link and its own text count once."""
    found, seen = [], set()
    for box in sorted(boxes or [], key=lambda b: not b.get("href")):
        try:
            x, y, w, h = (float(box[k]) for k in ("x", "y", "width", "height"))
        except (KeyError, TypeError, ValueError):
            continue
        left, top, right, bottom = max(0.0, x), max(0.0, y), min(1.0, x + w), min(1.0, y + h)
        if right <= left or bottom <= top:
            continue  # off screen
        digits = DIGITS_RE.sub("", f"{box.get('href') or ''} {box.get('text') or ''}")
        for phone in known:
            place = (phone["e164"], round(left, 2), round(top, 2))
            if phone["nsn"] and phone["nsn"] in digits and place not in seen:
                seen.add(place)
                rect = {"x": left, "y": top, "width": right - left, "height": bottom - top}
                details = {k: value for k, value in phone.items() if k != "nsn"}
                found.append({**{k: round(v, 4) for k, v in rect.items()}, **details})
                break
    return found


class FramePump:
    """A thread taking frames of one tab for one task while someone watches; ``wake()`` takes one now."""

    def __init__(
        self,
        *,
        task_id: int,
        debugger_address: str,
        current_target: Callable[[], str | None],
        config: FrameSettings | None = None,
        watched: Callable[[int], bool] = is_watched,
        publish: Callable[[str, str, dict], object] = broadcast,
    ) -> None:
        self.task_id = task_id
        self.debugger_address = debugger_address
        self.current_target = current_target
        self.config = config or FrameSettings.from_settings()
        self.quality = self.config.quality
        self.watched = watched
        self.publish = publish
        self.frames = 0
        self._devtools: BrowserDevTools | None = None
        self._target: str | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._published = threading.Condition()
        self._started = 0  # captures begun so far
        self._shown = 0  # the number of the last begun capture that was published
        self._thread = threading.Thread(target=self._run, name=f"frames-{task_id}", daemon=True)

    def start(self) -> None:
        with _lock:
            _pumps[self.task_id] = self
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(5)
        with _lock:
            if _pumps.get(self.task_id) is self:
                del _pumps[self.task_id]
        self._disconnect()

    def wake(self) -> None:
        self._wake.set()

    def show_now(self, wait: float) -> bool:
        """Take a frame at once; while someone watches, block up to ``wait`` seconds until a frame taken after
        this call was published. True when one was; False at once when nobody watches."""
        if not self.watched(self.task_id) or self._stop.is_set():
            self.wake()
            return False
        with self._published:
            wanted = self._started + 1  # a capture already under way may predate the page: the next one
            self._wake.set()
            return self._published.wait_for(lambda: self._shown >= wanted, timeout=wait)

    def _run(self) -> None:
        interval = 1.0 / self.config.fps
        last = 0.0
        next_tick = time.monotonic()
        while not self._stop.is_set():
            if not self.watched(self.task_id):
                self._wake.wait(PRESENCE_CHECK_SECONDS)
                self._wake.clear()
                next_tick = time.monotonic()
                continue
            now = time.monotonic()
            # On a fixed schedule (a late wake-up does not slow the rate), or at once when a phone was found.
            if now >= next_tick or (self._wake.is_set() and now - last >= MIN_FRAME_GAP):
                self._wake.clear()
                last = now
                self._take_and_publish()
                next_tick = max(next_tick + interval, time.monotonic() - interval / 2)
            until = next_tick
            if self._wake.is_set():  # woken too soon after the last frame: sleep out the gap, not spin
                until = min(next_tick, last + MIN_FRAME_GAP)
                time.sleep(max(0.0, until - time.monotonic()))
                continue
            self._wake.wait(max(0.0, until - time.monotonic()))

    def _take_and_publish(self) -> None:
        with self._published:
            self._started += 1
            number = self._started
        try:
            frame = self.capture()
        except DevToolsError as exc:  # a page mid-navigation or a tab being replaced: try the next tick
            log.debug("No frame for task %s: %s", self.task_id, exc)
            self._disconnect()
            return
        if frame is not None and not self._stop.is_set():
            self.publish(task_group(self.task_id), "frame", frame)
            with self._published:
                self._shown = number
                self._published.notify_all()

    def _connect(self) -> BrowserDevTools | None:
        target = self.current_target()
        if target is None:
            return None
        if self._devtools is None or target != self._target:
            self._disconnect()
            try:
                self._devtools = BrowserDevTools(self.debugger_address, target_id=target, timeout=5.0)
            except Exception as exc:  # noqa: BLE001 - the tab may be gone already; no frame this tick
                raise DevToolsError(f"cannot attach to tab {target}: {exc!r}") from exc
            self._target = target
        return self._devtools

    def _disconnect(self) -> None:
        if self._devtools is not None:
            self._devtools.close()
        self._devtools, self._target = None, None

    def capture(self) -> dict[str, Any] | None:
        """One frame of the current tab: JPEG bytes, size, URL and the boxes of known phones on it."""
        devtools = self._connect()
        if devtools is None:
            return None
        evaluated = devtools.call("Runtime.evaluate", expression=FRAME_SCRIPT, returnByValue=True)
        page = (evaluated.get("result") or {}).get("value")
        if not isinstance(page, dict) or not page.get("vw") or not page.get("vh"):
            return None
        vw, vh = float(page["vw"]), float(page["vh"])
        scale = min(1.0, self.config.max_width / vw)
        clip = {"x": float(page["sx"]), "y": float(page["sy"]), "width": vw, "height": vh, "scale": scale}
        shot = devtools.call("Page.captureScreenshot", format="jpeg", quality=self.quality, clip=clip)
        jpeg = base64.b64decode(shot["data"])
        if len(jpeg) > self.config.max_bytes:
            self.quality = max(MIN_QUALITY, self.quality - 10)
        with _lock:
            known = list(_known.get(self.task_id, {}).values())
        self.frames += 1
        return {
            "frame": self.frames,
            "at": datetime.now(UTC).isoformat(),
            "url": str(page.get("url") or ""),
            "width": round(vw * scale),
            "height": round(vh * scale),
            "bytes": len(jpeg),
            "jpeg": jpeg,
            "boxes": phone_boxes(page.get("boxes") or [], known),
        }


@contextlib.contextmanager
def frame_pump(lease, task_id: int | None) -> Iterator[FramePump | None]:
    """Frames of ``lease``'s current tab for ``task_id`` while the block runs; nothing for a remote (Grid) browser,
    whose DevTools endpoint is not reachable from here."""
    if task_id is None or lease.browser.devtools is None:
        yield None
        return
    address = lease.driver.capabilities["goog:chromeOptions"]["debuggerAddress"]
    pump = FramePump(
        task_id=task_id, debugger_address=address, current_target=lambda: lease.tabs[-1] if lease.tabs else None
    )
    pump.start()
    try:
        yield pump
    finally:
        pump.stop()
        with _lock:
            if task_id not in _pumps:
                _known.pop(task_id, None)
