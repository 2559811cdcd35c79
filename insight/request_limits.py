"""How large a request body may be, and the 413 that refuses a larger one before it is read.

``REQUEST_BODY_MAX_BYTES`` for every path, except the path prefixes in ``REQUEST_BODY_MAX_BYTES_BY_PATH`` (the
longest matching prefix wins; the lead import takes ``IMPORT_MAX_BYTES`` there). Two places apply it: the web
server (``insight.server``, from the Content-Length header or while a chunked body arrives, before daphne buffers
it) and ``RequestBodyLimitMiddleware`` (from Content-Length, for any other server and for the test client).
"""

import json
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from insight.api_errors import error_body
from insight.validation import whole_number


def body_limit(path: str) -> int:
    """The largest body, in bytes, a request to ``path`` may send."""
    prefixes = [prefix for prefix in settings.REQUEST_BODY_MAX_BYTES_BY_PATH if path.startswith(prefix)]
    if not prefixes:
        return settings.REQUEST_BODY_MAX_BYTES
    return settings.REQUEST_BODY_MAX_BYTES_BY_PATH[max(prefixes, key=len)]


def too_large(path: str, limit: int) -> tuple[str, bytes]:
    """Content type and body of the 413: the API's JSON error body under /api/, a short page elsewhere."""
    message = f"The request body is larger than {limit} bytes."
    if path.startswith("/api/"):
        return "application/json", json.dumps(error_body("too_large", message)).encode()
    page = f"<!doctype html><title>Request too large</title><h1>Request too large</h1><p>{message}</p>"
    return "text/html; charset=utf-8", page.encode()


def too_large_response(path: str, limit: int) -> HttpResponse:
    content_type, body = too_large(path, limit)
    return HttpResponse(body, status=413, content_type=content_type)


class RequestBodyLimitMiddleware:
    """Answer 413 to a request whose Content-Length is over its path's limit, before anything reads the body.
    (A header that is not a number is left to Django, which reads no body then.)"""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        length = whole_number(request.META.get("CONTENT_LENGTH") or "0", maximum=None)
        limit = body_limit(request.path)
        if length is not None and length > limit:
            return too_large_response(request.path, limit)
        return self.get_response(request)
