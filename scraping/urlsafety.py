"""Refuse URLs that point inside our own network (SSRF guard), reused by every fetcher.

Pure: no Django import. Callers pass ``allow_private=settings.ALLOW_PRIVATE_URLS`` explicitly.
"""

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("http", "https")


class UnsafeURLError(ValueError):
    """The URL is malformed, uses another scheme, or resolves to a private/loopback/reserved address.

    ``str()`` is for logs and admins; ``public`` says the same without how an internal name resolves ("vm points to
    an internal address", not "vm resolves to 127.0.0.1"), for messages users, the API and the dashboard show."""

    def __init__(self, message: str, *, public: str | None = None) -> None:
        super().__init__(message)
        self.public = public or message


def shown_error(exc: BaseException) -> str:
    """``exc`` as a person reads it (API, dashboard): an internal address is named as one, without how its host
    resolves ("vm points to an internal address", not "vm resolves to 10.0.0.5"), wherever in the chain of causes
    the guard refused it. Logs keep ``str(exc)``."""
    text, cause = str(exc), exc
    for _ in range(10):  # the chain of causes is short; a cycle must not hang a poll
        if cause is None:
            break
        if isinstance(cause, UnsafeURLError):
            return text.replace(str(cause), cause.public)
        cause = cause.__cause__ or cause.__context__
    return text


class HostNotFoundError(UnsafeURLError):
    """The host does not resolve: nothing to fetch, rather than something refused."""


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
            raise HostNotFoundError(f"The host {host!r} does not resolve: {exc}")
        addresses = sorted({info[4][0].split("%", 1)[0] for info in infos})
    if not allow_private:
        for address in addresses:
            if not _is_public(ipaddress.ip_address(address)):
                raise UnsafeURLError(
                    f"{host} resolves to {address}, an internal address; refused.",
                    public=f"{host} points to an internal address; refused.",
                )
    return addresses


def url_refusal(url: str, *, allow_private: bool = False) -> str | None:
    """Why Insight will not send to ``url`` (malformed, not http(s), an internal address), or None.

    The wording is ``UnsafeURLError.public``: shown to whoever saves the URL, not how an internal name resolves.
    Webhook endpoints and company webhook actions check their URL with it (``integrations.webhooks``,
    ``companies.models.TriggerAction``)."""
    try:
        check_url(url, allow_private=allow_private)
    except UnsafeURLError as exc:
        return exc.public
    return None


def _origin_key(url: str) -> tuple[str, int] | None:
    """(host, port) of ``url``, the port the scheme implies when none is written; None when it does not parse."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if not parts.hostname:
        return None
    return parts.hostname.lower().rstrip("."), port or (443 if parts.scheme.lower() in ("https", "wss") else 80)


@dataclass
class AddressPolicy:
    """Which addresses one browser task may reach, for every request its Chromium makes and every page it reads.

    Public addresses always. Internal ones only when the task may reach them (``allow_private``:
    ``ALLOW_PRIVATE_URLS`` or the recipe's "Allow internal") *and* only on the hosts the runner itself opened
    (``vouch``, host and port): a page's own requests (a script or meta refresh moving the tab, a redirect, an
    image, a frame, fetch/XHR, a websocket) cannot reach another internal host.
    """

    allow_private: bool = False
    vouched: frozenset[tuple[str, int]] = frozenset()

    def vouch(self, url: str) -> None:
        """The runner opens ``url`` (already checked with ``check_url``): its host and port may be internal."""
        key = _origin_key(url)
        if self.allow_private and key is not None:
            self.vouched = self.vouched | {key}  # a new set, not a change: the proxy thread reads it meanwhile

    def check(self, url: str) -> list[str]:
        """``check_url`` for this task: the addresses ``url`` may be fetched from, or ``UnsafeURLError``."""
        return check_url(url, allow_private=self.allow_private and _origin_key(url) in self.vouched)
