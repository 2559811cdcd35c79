"""The SSRF guard at connect time: resolve the host ourselves, check every address, connect to a checked one.

``Crawler`` (and every synchronous client: page fetcher, monitor sources, CRM, webhooks) also checks each URL before
fetching (clear errors, no request at all), but DNS can answer differently a moment later (rebinding). Checking
inside the connection pool, on the address actually dialled, closes that gap. Internal hosts are dialled only where
the caller allows them (``ALLOW_PRIVATE_URLS``).
"""

import anyio
import httpcore
import httpx

from scraping.urlsafety import UnsafeURLError, check_url


class GuardedNetworkBackend(httpcore.AsyncNetworkBackend):
    """httpcore's default backend, dialling only addresses that pass ``scraping.urlsafety``."""

    def __init__(self) -> None:
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        address = await anyio.to_thread.run_sync(lambda: _checked_address(host, port, allow_private=False))
        return await self._backend.connect_tcp(
            address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise UnsafeURLError("Unix sockets are not fetched.")

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def guarded_transport(limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose connection pool dials through ``GuardedNetworkBackend``."""
    transport = httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
    transport._pool = httpcore.AsyncConnectionPool(**_pool_options(limits, GuardedNetworkBackend()))
    return transport


def _pool_options(limits: httpx.Limits, network_backend) -> dict:
    """What httpx passes to the connection pool it builds, plus our network backend."""
    return {
        "ssl_context": httpx.create_ssl_context(trust_env=False),
        "max_connections": limits.max_connections,
        "max_keepalive_connections": limits.max_keepalive_connections,
        "keepalive_expiry": limits.keepalive_expiry,
        "http1": True,
        "http2": False,
        "network_backend": network_backend,
    }


def _checked_address(host: str, port: int, *, allow_private: bool) -> str:
    netloc = f"[{host}]" if ":" in host else host
    addresses = check_url(f"http://{netloc}:{port}/", allow_private=allow_private)
    if not addresses:
        raise UnsafeURLError(f"{host} did not resolve to any address.")
    return addresses[0]


class GuardedSyncNetworkBackend(httpcore.NetworkBackend):
    """httpcore's blocking backend, dialling only addresses that pass ``scraping.urlsafety``."""

    def __init__(self, *, allow_private: bool) -> None:
        self._backend = httpcore.SyncBackend()
        self.allow_private = allow_private

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        address = _checked_address(host, port, allow_private=self.allow_private)
        return self._backend.connect_tcp(
            address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise UnsafeURLError("Unix sockets are not fetched.")

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def guarded_client(*, allow_private: bool, **options) -> httpx.Client:
    """An ``httpx.Client`` (``options`` as for httpx: timeout, headers, follow_redirects …) whose connection pool
    dials through ``GuardedSyncNetworkBackend``; environment proxies are ignored, as in the crawler."""
    limits = httpx.Limits()  # httpx's defaults
    transport = httpx.HTTPTransport(limits=limits, trust_env=False)
    transport._pool = httpcore.ConnectionPool(
        **_pool_options(limits, GuardedSyncNetworkBackend(allow_private=allow_private))
    )
    return httpx.Client(transport=transport, trust_env=False, **options)
