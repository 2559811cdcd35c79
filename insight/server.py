"""The web server: daphne (HTTP and websockets), refusing a request body over its limit as it arrives.

Daphne (Twisted) receives a whole body before the application sees the request, so an 800 MB upload would be
written to a temporary file first and refused only then. Here each request applies ``insight.request_limits``:
a Content-Length over the limit is answered 413 as soon as the headers are in, a chunked body as soon as its
bytes pass it, and the connection is closed without reading the rest.

``python -m insight.server -b 0.0.0.0 -p 8000 insight.asgi:application`` (daphne's own arguments).
"""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "insight.settings")
django.setup()

from daphne import server as daphne_server  # noqa: E402  (needs Django set up first, as insight.asgi)
from daphne.cli import CommandLineInterface  # noqa: E402
from daphne.http_protocol import HTTPFactory, WebRequest  # noqa: E402
from django.conf import settings  # noqa: E402
from twisted.web.http import _getContentFile  # noqa: E402

from insight.header_deadline import HeaderDeadlineChannel  # noqa: E402
from insight.request_limits import body_limit, too_large  # noqa: E402


class BodyLimitedRequest(WebRequest):
    """A daphne request that stops reading its body once it is over the path's limit."""

    path = ""  # without the query: what the limit and the refusal's body depend on
    limit = 0
    received = 0
    refused = False

    def __init__(self, *args, **kwargs) -> None:
        # Django parses form bodies; Twisted's own multipart parse would answer a malformed one with a bare 400
        # before the application (and its error body) ever saw it, and hold every upload in memory twice.
        super().__init__(*args, parsePOSTFormSubmission=False, **kwargs)

    def gotLength(self, length: int | None) -> None:
        # Called when the headers are in; Twisted has parsed the request line on the channel, not yet on us.
        self.path = self.channel._path.split(b"?", 1)[0].decode("latin-1")
        self.limit = body_limit(self.path)
        if length is not None and length > self.limit:
            self.content = _getContentFile(0)
            self._refuse()
            return
        super().gotLength(length)

    def handleContentChunk(self, data: bytes) -> None:
        if self.refused:
            return
        self.received += len(data)
        if self.received > self.limit:
            self._refuse()
            return
        super().handleContentChunk(data)

    def requestReceived(self, command: bytes, path: bytes, version: bytes) -> None:
        if not self.refused:
            super().requestReceived(command, path, version)

    def _refuse(self) -> None:
        self.refused = True
        self.requestHeaders.removeHeader(b"Expect")  # no "100 Continue" after the refusal
        content_type, body = too_large(self.path, self.limit)
        head = (
            "HTTP/1.1 413 Content Too Large\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        self.channel.transport.write(head.encode("ascii") + body)
        self.channel.loseConnection()


class BodyLimitedHTTPFactory(HTTPFactory):
    def protocol(self) -> HeaderDeadlineChannel:
        """Each connection: its request headers within WEB_HEADER_TIMEOUT seconds (``insight.header_deadline``)."""
        return HeaderDeadlineChannel(settings.WEB_HEADER_TIMEOUT)

    def buildProtocol(self, addr):
        protocol = super().buildProtocol(addr)
        protocol.requestFactory = BodyLimitedRequest
        return protocol


def main() -> None:
    daphne_server.HTTPFactory = BodyLimitedHTTPFactory  # daphne's Server builds its factory from this name
    CommandLineInterface.entrypoint()


if __name__ == "__main__":
    main()
