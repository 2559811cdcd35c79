"""One HTTP exchange over a pooled async httpx client, with the body streamed under a size cap."""

import itertools
import time
from dataclasses import dataclass, field

import httpx

from insight.validation import whole_number
from scraping.crawler.errors import ResponseTooLarge
from scraping.crawler.guard import guarded_transport

DEFAULT_USER_AGENT = "Mozilla/5.0 (compatible; InsightBot/1.0; +https://example.com/insightbot)"


@dataclass
class FetcherConfig:
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 15.0
    connect_timeout: float = 5.0
    max_bytes: int = 5 * 1024 * 1024
    max_connections: int = 100
    max_keepalive: int = 50
    extra_headers: dict[str, str] = field(default_factory=dict)


@dataclass
class RawResponse:
    url: str
    status: int
    headers: httpx.Headers
    content: bytes
    elapsed: float


class Fetcher:
    """Redirects are not followed here: the crawler follows them itself so every hop is checked.

    Connections are spread over several small httpx clients sharing one cookie jar: httpcore scans its whole pool
    on every request, so one pool of 100 connections costs more CPU per page than the network does on a local site.
    """

    CONNECTIONS_PER_SHARD = 8

    def __init__(
        self,
        config: FetcherConfig | None = None,
        *,
        allow_private: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
    ):
        self.config = config or FetcherConfig()
        c = self.config
        shards = 1 if transport is not None else max(1, -(-c.max_connections // self.CONNECTIONS_PER_SHARD))
        per_shard = max(1, -(-c.max_connections // shards))
        limits = httpx.Limits(
            max_connections=per_shard, max_keepalive_connections=max(1, min(per_shard, c.max_keepalive))
        )

        def shard_transport() -> httpx.AsyncBaseTransport | None:
            if transport is not None or allow_private:
                return transport
            return guarded_transport(limits)  # SSRF check on the address actually dialled

        self.clients = [
            httpx.AsyncClient(
                follow_redirects=False,
                timeout=httpx.Timeout(c.timeout, connect=c.connect_timeout),
                limits=limits,
                headers={
                    "User-Agent": c.user_agent,
                    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                    "Accept-Language": "en;q=0.9,*;q=0.5",
                    **c.extra_headers,
                },
                transport=shard_transport(),
                trust_env=False,
            )
            for _ in range(shards)
        ]
        self.cookies = self.clients[0].cookies
        for client in self.clients[1:]:
            client.cookies.jar = self.cookies.jar  # one session, whichever shard carries the request
        self._next = itertools.cycle(self.clients)

    @property
    def client(self) -> httpx.AsyncClient:
        return self.clients[0]

    async def request(
        self,
        method: str,
        url: str,
        *,
        headers: dict[str, str] | None = None,
        content: bytes | None = None,
        max_bytes: int | None = None,
    ) -> RawResponse:
        cap = self.config.max_bytes if max_bytes is None else max_bytes
        started = time.perf_counter()
        async with next(self._next).stream(method, url, headers=headers, content=content) as response:
            declared = whole_number(response.headers.get("content-length", ""), maximum=None)
            if declared is not None and declared > cap:
                raise ResponseTooLarge(url, f"{url} declares {declared} bytes, over the {cap}-byte cap.")
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > cap:
                    raise ResponseTooLarge(url, f"{url} sent more than {cap} bytes; download stopped.")
            return RawResponse(
                url=str(response.url),
                status=response.status_code,
                headers=response.headers,
                content=bytes(body),
                elapsed=time.perf_counter() - started,
            )

    def forget_cookies(self, host: str) -> None:
        """Retire the session with ``host`` (after 401/403/429) so the next request starts clean."""
        for cookie in list(self.cookies.jar):
            domain = cookie.domain.lstrip(".").removesuffix(".local")  # cookiejar appends .local to dotless hosts
            if domain == host or host.endswith("." + domain):
                self.cookies.jar.clear(cookie.domain, cookie.path, cookie.name)

    async def aclose(self) -> None:
        for client in self.clients:
            await client.aclose()
