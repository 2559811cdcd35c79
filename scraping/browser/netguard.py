"""A proxy inside the worker through which a local Chromium makes every request, each checked by the SSRF guard.

Chromium runs a page's scripts, follows redirects and meta refreshes, and loads images, frames, fetch/XHR and
websockets on its own: none of that passes through the runner. Started with ``--proxy-server`` pointing here (and
``--proxy-bypass-list=<-loopback>``: without it Chromium skips any proxy for localhost and 127.0.0.1), Chromium asks
this proxy for every connection: plain HTTP as ``GET http://host/path``, HTTPS and websockets as ``CONNECT
host:port``. The proxy checks the URL (for CONNECT, host and port) with its lease's ``AddressPolicy`` from
``scraping.urlsafety``, resolving the name itself, and dials only an address that passed, so a name that resolves
elsewhere a moment later (DNS rebinding) cannot reach inside either. A refused request is answered 403 here and
never leaves the machine.

One proxy per local browser (a browser serves one lease at a time, so the policy is that lease's); every proxy of a
process runs on one event-loop thread. Each request gets its own upstream connection, closed after the answer
(``Connection: close`` both ways), so no connection carries requests of two hosts.
"""

import asyncio
import contextlib
import logging
import os
import threading
from collections import deque
from urllib.parse import urlsplit

from scraping.urlsafety import AddressPolicy, HostNotFoundError, UnsafeURLError, check_url

log = logging.getLogger(__name__)

HEAD_LIMIT = 64 * 1024  # request and response heads; Chromium's own limit is far below
IDLE_SECONDS = 120.0  # a connection with no byte either way for this long is closed
CONNECT_SECONDS = 15.0
CHUNK = 64 * 1024
_HOP_BY_HOP = {"connection", "proxy-connection", "keep-alive", "proxy-authorization", "te", "trailer"}


class GuardProxy:
    """The proxy of one local browser; ``policy`` is set by each lease (None: reach anything, e.g. a benchmark)."""

    def __init__(self) -> None:
        self.policy: AddressPolicy | None = None
        self.refused: deque[tuple[str, UnsafeURLError]] = deque(maxlen=100)
        self.port = 0
        self._server: asyncio.AbstractServer | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._loop = _event_loop()

    def start(self) -> str:
        """Listen on a free port of 127.0.0.1; returns the ``--proxy-server`` value."""
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._serve, "127.0.0.1", 0, limit=HEAD_LIMIT), self._loop
        ).result(10)
        self.port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        async def stop() -> None:
            if self._server is not None:
                self._server.close()
            for writer in list(self._writers):
                writer.close()

        with contextlib.suppress(Exception):  # the loop thread is gone at interpreter exit
            asyncio.run_coroutine_threadsafe(stop(), self._loop).result(5)

    def take_refused(self) -> list[tuple[str, UnsafeURLError]]:
        """The requests refused since the last call (most recent 100)."""
        taken = []
        while self.refused:
            taken.append(self.refused.popleft())
        return taken

    # --- one client connection -----------------------------------------------------------------------------
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        upstream: asyncio.StreamWriter | None = None
        try:
            head = await _read_head(reader)
            if head is None:
                return
            method, target, version, headers = _parse_head(head)
            url, port = (f"https://{target}/", _port_of(target)) if method == "CONNECT" else (target, None)
            policy = self.policy
            try:
                if method != "CONNECT" and urlsplit(url).scheme.lower() != "http":
                    raise UnsafeURLError(f"Only absolute http:// URLs are proxied, not {target[:200]!r}.")
                addresses = await asyncio.to_thread(policy.check if policy else _any_address, url)
            except HostNotFoundError as exc:  # Chromium's own calls home, offline: not a refusal to report
                log.debug("Browser request not sent: %s: %s", url, exc)
                writer.write(_answer(502, f"Insight did not fetch {url}: {exc.public}"))
                return
            except UnsafeURLError as exc:
                self._refuse(writer, url, exc)
                return
            port = port or urlsplit(url).port or 80
            connection = await _dial(addresses, port)
            if connection is None:
                writer.write(_answer(502, f"Could not connect to {url}."))
                return
            upstream_reader, upstream = connection
            if method == "CONNECT":
                writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                await _relay(reader, upstream, upstream_reader, writer)
            else:
                upstream.write(_origin_request(method, url, version, headers))
                await _relay(reader, upstream, upstream_reader, writer, rewrite_answer=True)
        except (ValueError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            log.debug("Proxy connection ended: %r", exc)
        finally:
            for end in (upstream, writer):
                if end is not None:
                    end.close()
            self._writers.discard(writer)

    def _refuse(self, writer: asyncio.StreamWriter, url: str, exc: UnsafeURLError) -> None:
        log.info("Browser request refused: %s: %s", url, exc)
        self.refused.append((url, exc))
        writer.write(_answer(403, f"Insight did not fetch {url}: {exc.public}"))


def _any_address(url: str) -> list[str]:
    return check_url(url, allow_private=True)


async def _read_head(reader: asyncio.StreamReader) -> bytes | None:
    try:
        return await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), IDLE_SECONDS)
    except (asyncio.IncompleteReadError, TimeoutError):  # closed or idle (Chromium opens spare connections)
        return None


def _parse_head(head: bytes) -> tuple[str, str, str, list[tuple[str, str]]]:
    lines = head.decode("latin-1").split("\r\n")
    method, target, version = lines[0].split(" ")
    headers = []
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers.append((name.strip(), value.strip()))
    return method.upper(), target, version, headers


def _port_of(authority: str) -> int:
    """The port of a CONNECT target ``host:port`` / ``[v6]:port``."""
    port = urlsplit(f"//{authority}").port
    if port is None:
        raise ValueError(f"CONNECT target without a port: {authority[:200]!r}")
    return port


def _origin_request(method: str, url: str, version: str, headers: list[tuple[str, str]]) -> bytes:
    """The request as the origin server expects it: a path, not a URL; no proxy headers; one request only."""
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    upgrade = any(name.lower() == "upgrade" for name, _ in headers)
    kept = [(n, v) for n, v in headers if n.lower() not in _HOP_BY_HOP]
    kept.append(("Connection", "Upgrade" if upgrade else "close"))
    return (f"{method} {path} {version}\r\n" + "".join(f"{n}: {v}\r\n" for n, v in kept) + "\r\n").encode("latin-1")


def _close_answer_head(head: bytes) -> bytes:
    """The origin's answer head, telling Chromium the connection ends with this answer (it is never reused)."""
    lines = head.decode("latin-1").split("\r\n")
    if " 101 " in f"{lines[0]} ":  # switching protocols (a websocket): the connection lives on
        return head
    kept = [
        line
        for line in lines[1:]
        if line and line.partition(":")[0].strip().lower() not in ("connection", "proxy-connection", "keep-alive")
    ]
    return "\r\n".join([lines[0], *kept, "Connection: close", "Proxy-Connection: close", "", ""]).encode("latin-1")


async def _dial(addresses: list[str], port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
    """Connect to the first of the checked ``addresses`` that answers (never to a name: no second DNS answer)."""
    for address in addresses:
        try:
            return await asyncio.wait_for(asyncio.open_connection(address, port, limit=HEAD_LIMIT), CONNECT_SECONDS)
        except (OSError, TimeoutError):
            continue
    return None


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    while True:
        data = await asyncio.wait_for(source.read(CHUNK), IDLE_SECONDS)
        if not data:
            return
        sink.write(data)
        await sink.drain()


async def _relay(
    client: asyncio.StreamReader,
    upstream: asyncio.StreamWriter,
    upstream_reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    *,
    rewrite_answer: bool = False,
) -> None:
    """Bytes both ways until either side closes or goes quiet: the origin after its answer (``Connection: close``),
    Chromium when it gives up a request."""

    async def answer() -> None:
        if rewrite_answer:
            head = await _read_head(upstream_reader)
            if head is None:
                return
            writer.write(_close_answer_head(head))
        await _pipe(upstream_reader, writer)

    outgoing = asyncio.ensure_future(_pipe(client, upstream))  # a request body, or a tunnel's client half
    incoming = asyncio.ensure_future(answer())
    try:
        done, _ = await asyncio.wait({outgoing, incoming}, return_when=asyncio.FIRST_COMPLETED)
        for task in done:  # read, so a closed or idle side is not logged as "never retrieved"
            task.exception()
    finally:
        for task in (outgoing, incoming):
            task.cancel()


def _answer(status: int, text: str) -> bytes:
    reason = {403: "Forbidden", 502: "Bad Gateway"}[status]
    body = text.encode()
    return (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\nProxy-Connection: close\r\n\r\n"
    ).encode() + body


_loop: asyncio.AbstractEventLoop | None = None
_loop_pid: int | None = None
_loop_lock = threading.Lock()


def _event_loop() -> asyncio.AbstractEventLoop:
    """This process's proxy loop, on a daemon thread (a forked worker starts its own: threads do not survive fork)."""
    global _loop, _loop_pid
    with _loop_lock:
        if _loop is None or _loop_pid != os.getpid() or not _loop.is_running():
            _loop = asyncio.new_event_loop()
            _loop_pid = os.getpid()
            started = threading.Event()
            _loop.call_soon(started.set)
            threading.Thread(target=_loop.run_forever, name="browser-netguard", daemon=True).start()
            started.wait(10)
        return _loop
