"""A small HTTP/1.1 server on asyncio streams (keep-alive, HEAD, streamed bodies) and ways to run it.

Stdlib only, so the sandbox needs no extra dependency and one process answers a few thousand requests/s — enough
to benchmark the crawler without the server being the bottleneck.
"""

import asyncio
import contextlib
import http
import socket
import subprocess
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

MAX_HEADER_BYTES = 64 * 1024


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes = b""
    path: str = ""
    query: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        parts = urlsplit(self.target)
        self.path = parts.path or "/"
        self.query = dict(parse_qsl(parts.query, keep_blank_values=True))

    @property
    def cookies(self) -> dict[str, str]:
        jar = SimpleCookie()
        with contextlib.suppress(Exception):
            jar.load(self.headers.get("cookie", ""))
        return {key: morsel.value for key, morsel in jar.items()}


@dataclass
class Response:
    status: int = 200
    body: bytes | Iterable[bytes] = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)
    length: int | None = None  # required when ``body`` is an iterable of chunks

    def head(self, *, keep_alive: bool) -> bytes:
        length = len(self.body) if isinstance(self.body, bytes) else self.length
        phrase = http.HTTPStatus(self.status).phrase if self.status in http.HTTPStatus._value2member_map_ else "Status"
        lines = [f"HTTP/1.1 {self.status} {phrase}", f"Content-Type: {self.content_type}"]
        if length is None:
            keep_alive = False  # no declared length: the body ends when the connection closes
        else:
            lines.append(f"Content-Length: {length}")
        lines += [f"{name}: {value}" for name, value in self.headers]
        lines.append("Connection: keep-alive" if keep_alive else "Connection: close")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def _serve_connection(app, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            try:
                raw = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                return
            lines = raw.decode("latin-1").split("\r\n")
            try:
                method, target, version = lines[0].split(" ", 2)
            except ValueError:
                return
            headers = {}
            for line in lines[1:]:
                name, sep, value = line.partition(":")
                if sep:
                    headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length") or 0)
            body = await reader.readexactly(length) if length else b""
            keep_alive = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
            try:
                response = await app.handle(Request(method.upper(), target, headers, body))
            except Exception as exc:  # a bug in one page must not take the sandbox down
                response = Response(500, f"sandbox error: {exc!r}".encode(), "text/plain")
            if response.length is None and not isinstance(response.body, bytes):
                keep_alive = False
            writer.write(response.head(keep_alive=keep_alive))
            if method.upper() != "HEAD":
                if isinstance(response.body, bytes):
                    writer.write(response.body)
                else:
                    for chunk in response.body:
                        writer.write(chunk)
                        await writer.drain()
            await writer.drain()
            if not keep_alive:
                return
    except (ConnectionError, asyncio.CancelledError):
        return
    finally:
        with contextlib.suppress(Exception):
            writer.close()


async def serve(app, host: str, port: int) -> asyncio.Server:
    return await asyncio.start_server(
        lambda r, w: _serve_connection(app, r, w), host, port, limit=MAX_HEADER_BYTES, backlog=1024, reuse_address=True
    )


class SandboxServer:
    """The sandbox on a background thread of this process: ``with SandboxServer() as sandbox: sandbox.url(...)``.

    ``port=0`` picks a free port. ``latency_ms``/``jitter_ms`` delay every response (realistic-latency benches).
    The ``app`` attribute exposes request counts (``app.hits``) so tests can see what reached the server.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, latency_ms: float = 0, jitter_ms: float = 0):
        from scraping.sandbox.app import SandboxApp

        self.host = host
        self.port = port
        self.app = SandboxApp(latency_ms=latency_ms, jitter_ms=jitter_ms)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def start(self) -> "SandboxServer":
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop
            try:
                self._server = loop.run_until_complete(serve(self.app, self.host, self.port))
                self.port = self._server.sockets[0].getsockname()[1]
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            self._server.close()
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

        self._thread = threading.Thread(target=run, name="sandbox-web", daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            raise failure[0]
        return self

    def stop(self) -> None:
        if self._loop and self._thread:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)
            self._thread = None

    def __enter__(self) -> "SandboxServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def run_forever(host: str = "127.0.0.1", port: int = 8001, *, latency_ms: float = 0, jitter_ms: float = 0) -> None:
    """Serve in the foreground until interrupted (the ``run_sandbox`` command)."""
    from scraping.sandbox.app import SandboxApp

    async def main() -> None:
        server = await serve(SandboxApp(latency_ms=latency_ms, jitter_ms=jitter_ms), host, port)
        async with server:
            await server.serve_forever()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())


class SandboxProcess(SandboxServer):
    """The sandbox in a child process (``python -m scraping.sandbox``), so a benchmark's client and the server do
    not share one GIL. ``app`` counters live in the child and are not visible here."""

    def start(self) -> "SandboxProcess":
        root = Path(__file__).resolve().parents[2]
        command = [sys.executable, "-m", "scraping.sandbox", "--host", self.host, "--port", str(self.port)]
        command += ["--latency-ms", str(self.app.latency_ms), "--jitter-ms", str(self.app.jitter_ms)]
        self._process = subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, text=True)
        line = self._process.stdout.readline()  # "PORT <n>" once listening
        if not line.startswith("PORT "):
            self._process.kill()
            raise RuntimeError(f"The sandbox process did not start: {line!r}")
        self.port = int(line.split()[1])
        return self

    def stop(self) -> None:
        process = getattr(self, "_process", None)
        if process is not None and process.poll() is None:
            process.terminate()
            process.wait(5)


async def serve_announcing(host: str, port: int, *, latency_ms: float = 0, jitter_ms: float = 0) -> None:
    """Serve forever after printing ``PORT <n>`` (for a parent process that asked for port 0)."""
    from scraping.sandbox.app import SandboxApp

    server = await serve(SandboxApp(latency_ms=latency_ms, jitter_ms=jitter_ms), host, port)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]
