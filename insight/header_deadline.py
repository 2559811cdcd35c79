"""A deadline for a client to send its request headers, for the web server (``insight.server``).

Twisted's HTTP channel only has an idle timeout, which every byte resets: a client that trickles its request line
and headers a byte at a time ("slowloris") holds the connection for as long as it likes, and enough such clients
hold every connection the process can take. ``HeaderDeadlineChannel`` gives a client ``WEB_HEADER_TIMEOUT``
seconds, from the moment it connects or its previous response ends, to send all the headers of a request; then it
closes the connection. Requests being answered, request bodies and websockets are not timed by it.
"""

from twisted.internet.interfaces import IDelayedCall
from twisted.web import http


class HeaderDeadlineChannel(http.HTTPChannel):
    """An HTTP/1.1 connection closed when a request's headers are not all in ``header_timeout`` seconds after the
    connection opened or the previous response ended."""

    def __init__(self, header_timeout: float) -> None:
        super().__init__()
        self.header_timeout = header_timeout
        self._header_deadline: IDelayedCall | None = None

    def connectionMade(self) -> None:
        super().connectionMade()
        self._await_headers()

    def allHeadersReceived(self) -> None:
        self._stop_waiting()
        super().allHeadersReceived()

    def requestDone(self, request) -> None:
        super().requestDone(request)
        if self.persistent and self.transport is not None:
            self._await_headers()  # keep-alive: the next request gets the same time

    def connectionLost(self, reason) -> None:
        self._stop_waiting()
        super().connectionLost(reason)

    def _await_headers(self) -> None:
        self._stop_waiting()
        self._header_deadline = self.callLater(self.header_timeout, self._headers_too_late)

    def _stop_waiting(self) -> None:
        if self._header_deadline is not None and self._header_deadline.active():
            self._header_deadline.cancel()
        self._header_deadline = None

    def _headers_too_late(self) -> None:
        self._header_deadline = None
        self.timeoutConnection()  # Twisted's own: close now, abort if the client does not let go
