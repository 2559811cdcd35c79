"""The running part of every local fake of a third-party API (sources, enrichment providers, CRMs)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


class FakeServer:
    """A fake API on a local port (0: a free one), served from a background thread: ``url`` to point a client's
    base URL at, ``state`` to add data and switch failure modes. Subclasses name their ``handler``."""

    handler: type[BaseHTTPRequestHandler]
    thread_name = "fake-server"

    def __init__(self, state: Any, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.state = state
        bound = type(f"Bound{self.handler.__name__}", (self.handler,), {"state": state})
        self.server = ThreadingHTTPServer((host, port), bound)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, name=self.thread_name, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Self:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
