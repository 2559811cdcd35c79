"""Refuse URLs that point inside our own network (SSRF guard), reused by every fetcher.

Pure: no Django import. Callers pass ``allow_private=settings.ALLOW_PRIVATE_URLS`` explicitly.
"""

import ipaddress
import socket
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("http", "https")


class UnsafeURLError(ValueError):
    """The URL is malformed, uses another scheme, or resolves to a private/loopback/reserved address."""


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
        or not ip.is_global
    )


def _literal_address(host: str) -> str | None:
    """The address ``host`` writes out, in any form a resolver accepts ("127.0.0.1", "::1", and the shorthand, hex
    and octal IPv4 forms "127.1", "0x7f000001", "2130706433", "0177.0.0.1"), else None (a name)."""
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    try:
        return socket.inet_ntoa(socket.inet_aton(host))
    except (OSError, UnicodeError, ValueError):
        return None


def check_url(url: str, *, allow_private: bool = False, resolve: bool = True) -> list[str]:
    """Return the addresses ``url``'s host resolves to; raise ``UnsafeURLError`` if any is not public.

    Every address is checked (a host with one public and one private record is refused), so DNS tricks that
    return several records cannot slip an internal target through.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeURLError(f"Malformed URL: {exc}")
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsafeURLError(f"Only http and https URLs are fetched, not {parts.scheme or 'a bare path'!r}.")
    host = parts.hostname
    if not host:
        raise UnsafeURLError("The URL has no host.")
    literal = _literal_address(host)
    if literal is not None:
        addresses = [literal]
    elif not resolve and (host.lower().rstrip(".") == "localhost" or host.lower().rstrip(".").endswith(".localhost")):
        addresses = ["127.0.0.1"]  # RFC 6761: this machine, known without asking a resolver
    else:
        if not resolve:
            return []
        try:
            infos = socket.getaddrinfo(host, port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise UnsafeURLError(f"The host {host!r} does not resolve: {exc}")
        addresses = sorted({info[4][0].split("%", 1)[0] for info in infos})
    if not allow_private:
        for address in addresses:
            if not _is_public(ipaddress.ip_address(address)):
                raise UnsafeURLError(f"{host} resolves to {address}, an internal address; refused.")
    return addresses


def is_safe_url(url: str, *, allow_private: bool = False) -> bool:
    try:
        check_url(url, allow_private=allow_private)
    except UnsafeURLError:
        return False
    return True
