"""The SSRF guard at connect time: resolve the host ourselves, check every address, connect to a checked one.

``Crawler`` also checks each URL before fetching (clear errors, no request at all), but DNS can answer differently
a moment later (rebinding). Checking inside the connection pool, on the address actually dialled, closes that gap.
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
        netloc = f"[{host}]" if ":" in host else host
        url = f"http://{netloc}:{port}/"
        addresses = await anyio.to_thread.run_sync(lambda: check_url(url, allow_private=False))
        if not addresses:
            raise UnsafeURLError(f"{host} did not resolve to any address.")
        return await self._backend.connect_tcp(
            addresses[0], port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise UnsafeURLError("Unix sockets are not fetched.")

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def guarded_transport(limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose connection pool dials through ``GuardedNetworkBackend``."""
    transport = httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
    transport._pool = httpcore.AsyncConnectionPool(  # same pool httpx builds, plus our network backend
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        http1=True,
        http2=False,
        network_backend=GuardedNetworkBackend(),
    )
    return transport
