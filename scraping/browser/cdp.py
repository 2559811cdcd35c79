"""DevTools connections (websocket): the browser's, for what a page session may not do (browser contexts), and
a page's (``target_id``), for the live view's screenshots."""

import contextlib
import itertools
import json
import threading
import urllib.request

import websocket


class DevToolsError(RuntimeError):
    """The browser refused a DevTools command or the connection broke."""


class BrowserDevTools:
    """Synchronous request/response over the browser target's websocket (``debuggerAddress`` from ChromeDriver)."""

    def __init__(self, debugger_address: str, *, timeout: float = 10.0, target_id: str | None = None) -> None:
        if target_id:  # one page (tab) instead of the browser: the live view's screenshots from another thread
            url = f"ws://{debugger_address}/devtools/page/{target_id}"
        else:
            with urllib.request.urlopen(f"http://{debugger_address}/json/version", timeout=timeout) as answer:  # noqa: S310
                url = json.load(answer)["webSocketDebuggerUrl"]
        self._socket = websocket.create_connection(url, timeout=timeout, suppress_origin=True)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def call(self, method: str, **params) -> dict:
        with self._lock:
            message_id = next(self._ids)
            try:
                self._socket.send(json.dumps({"id": message_id, "method": method, "params": params}))
                while True:
                    message = json.loads(self._socket.recv())
                    if message.get("id") == message_id:
                        break
            except (OSError, websocket.WebSocketException, ValueError) as exc:
                raise DevToolsError(f"{method}: DevTools connection failed ({exc!r})") from exc
        if "error" in message:
            raise DevToolsError(f"{method}: {message['error'].get('message')}")
        return message.get("result", {})

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing a dead socket must not mask the real problem
            self._socket.close()
