"""Request fingerprints (canonical URL + method + body) and a URL cache with a time to live."""

import hashlib
import time
from collections import OrderedDict
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """The same resource written one way: lower-case scheme and host, no default port, no fragment, query
    parameters sorted, percent-encoding normalised, empty path as ``/``."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}{':' + parts.password if parts.password else ''}@{netloc}"
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~%") or "/"
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit((scheme, netloc, path, query, ""))


def fingerprint(url: str, *, method: str = "GET", body: bytes | str | None = None) -> str:
    """A stable hex digest identifying a request, to dedupe fetches and persist what was already fetched."""
    digest = hashlib.sha1(usedforsecurity=False)
    digest.update(method.upper().encode())
    digest.update(b"\0")
    digest.update(canonical_url(url).encode())
    digest.update(b"\0")
    if body:
        digest.update(body.encode() if isinstance(body, str) else body)
    return digest.hexdigest()


class URLCache:
    """Responses by fingerprint, each kept ``ttl`` seconds; the oldest are dropped past ``max_entries``."""

    def __init__(self, *, ttl: float = 3600.0, max_entries: int = 10_000, clock=time.monotonic) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[str, tuple[float, Any]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Any | None:
        entry = self._entries.get(key)
        if entry is None or entry[0] <= self._clock():
            if entry is not None:
                del self._entries[key]
            self.misses += 1
            return None
        self.hits += 1
        return entry[1]

    def put(self, key: str, value: Any) -> None:
        if self.ttl <= 0:
            return
        self._entries[key] = (self._clock() + self.ttl, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()
