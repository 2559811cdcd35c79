"""An API read takes the query parameters its OpenAPI operation documents, and no others.

A misspelt name (``?staus=new``) or an empty value (``?owner=``) is a 400 naming it, instead of a list that silently
ignores it and answers more rows than the caller asked for. The accepted names are read from the operation
drf-spectacular builds for the endpoint (``@extend_schema`` parameters, pagination, filters), so the schema and
the check cannot drift apart; ``format`` is always accepted (content negotiation judges its value).
"""

import threading
from functools import cache

from drf_spectacular.drainage import GENERATOR_STATS
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.settings import spectacular_settings
from rest_framework.request import Request
from rest_framework.settings import api_settings

from insight.api_errors import ApplicationError

UNKNOWN = "Unknown parameter."
EMPTY = "Empty value: leave the parameter out or give it a value."


@cache
def _endpoints() -> dict[tuple[object, str], tuple[str, str]]:
    """``(url callback, method)`` → ``(path, path_regex)`` of every operation in the schema."""
    inspector = SchemaGenerator.endpoint_inspector_cls(None, None)
    return {(callback, method): (path, regex) for path, regex, method, callback in inspector.get_api_endpoints()}


_read: dict[tuple[object, str], frozenset[str] | None] = {}
_reading = threading.Lock()


def documented_query_params(callback: object, method: str) -> frozenset[str] | None:
    """The query parameter names the schema documents for this operation; None when it is not in the schema.

    Read once per operation and process. One thread at a time: drf-spectacular loads its extensions lazily and
    not thread-safely, and sync views run in threads (the analytics page asks for five reads at once)."""
    key = (callback, method)
    if key not in _read:
        with _reading:
            if key not in _read:
                _read[key] = _from_schema(callback, method)
    return _read[key]


def _from_schema(callback: object, method: str) -> frozenset[str] | None:
    found = _endpoints().get((callback, method))
    if found is None:
        return None
    path, path_regex = found
    generator = SchemaGenerator()
    view = generator.create_view(callback, method)
    view.request = spectacular_settings.GET_MOCK_REQUEST(method, path, view, None)
    prefix = "^" + (spectacular_settings.SCHEMA_PATH_PREFIX or "").lstrip("^")
    with GENERATOR_STATS.silence():
        operation = view.schema.get_operation(path, path_regex, prefix, method, generator.registry) or {}
    names = {parameter["name"] for parameter in operation.get("parameters", []) if parameter["in"] == "query"}
    return frozenset({*names, api_settings.URL_FORMAT_OVERRIDE} - {None})


def query_param_errors(request: Request, allowed: frozenset[str]) -> dict[str, list[str]]:
    """Each unknown name, and each documented one given without a value, with why it is refused."""
    errors: dict[str, list[str]] = {}
    for name, values in request.query_params.lists():
        if name not in allowed:
            errors[name] = [UNKNOWN]
        elif any(not value.strip() for value in values):
            errors[name] = [EMPTY]
    return errors


class DocumentedQueryParams:
    """Mixin for API views: a GET or HEAD with a query parameter its operation does not document, or with an empty
    one, is refused with 400 after the caller has been authenticated and allowed in."""

    def initial(self, request: Request, *args, **kwargs) -> None:
        super().initial(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or not request.query_params:
            return
        match = getattr(request, "resolver_match", None)
        allowed = documented_query_params(match.func, "GET") if match else None
        if allowed is None:
            return
        errors = query_param_errors(request, allowed)
        if errors:
            accepted = ", ".join(sorted(allowed))
            raise ApplicationError(
                f"Unknown or empty query parameters: {', '.join(errors)}. This endpoint takes: {accepted}.",
                fields=errors,
            )
