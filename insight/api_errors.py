"""One error body for the whole API: ``{"error": {"code", "message", "fields"}}``.

Services raise ``ApplicationError``; this handler is the only place it becomes an HTTP response.
"""

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views import defaults
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler as drf_exception_handler


class ApplicationError(Exception):
    """A business rule refused the request; ``code`` is stable for clients, ``message`` is for people."""

    def __init__(
        self,
        message: str,
        *,
        code: str = "invalid",
        status_code: int = status.HTTP_400_BAD_REQUEST,
        fields: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status_code = status_code
        self.fields = fields or {}


def _first_code(codes: Any) -> str:
    if isinstance(codes, str):
        return codes
    if isinstance(codes, dict):
        codes = list(codes.values())
    for item in codes or []:
        return _first_code(item)
    return "error"


def _as_plain(detail: Any) -> Any:
    if isinstance(detail, dict):
        return {key: _as_plain(value) for key, value in detail.items()}
    if isinstance(detail, list):
        return [_as_plain(value) for value in detail]
    return str(detail)


def _is_messages(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def flatten_field_errors(
    detail: Any, prefix: str = "", *, item_labels: dict[str, str] | None = None
) -> dict[str, list[str]]:
    """Nested serializer errors as one level: ``{"filters.lead_class": [...], "queries[2]": [...]}``.

    One bad item of a list field is reported on the field; ``item_labels`` (``{"queries": "Line"}``) says which
    item in the message: "Line 3: Ensure this field has no more than 200 characters."
    """
    if isinstance(detail, dict):
        flat: dict[str, list[str]] = {}
        for key, value in detail.items():
            key = str(key)
            if key.isdigit() and prefix and _is_messages(value):
                label = (item_labels or {}).get(prefix)
                flat.setdefault(prefix, []).extend(f"{label} {int(key) + 1}: {m}" if label else m for m in value)
                continue
            if key == "non_field_errors" and prefix:
                name = prefix  # an object-level error of a nested object belongs to that object's field
            elif key.isdigit():
                name = f"{prefix}[{key}]"
            else:
                name = f"{prefix}.{key}" if prefix else key
            for field, messages in flatten_field_errors(value, name, item_labels=item_labels).items():
                flat.setdefault(field, []).extend(messages)
        return flat
    if _is_messages(detail):
        return {prefix or "non_field_errors": detail}
    if isinstance(detail, list):
        flat = {}
        for index, item in enumerate(detail):
            if item:
                flat.update(flatten_field_errors(item, f"{prefix}[{index}]", item_labels=item_labels))
        return flat
    return {prefix or "non_field_errors": [str(detail)]}


def error_body(code: str, message: str, fields: dict | None = None) -> dict:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def exception_handler(exc: Exception, context: dict) -> Response | None:
    if isinstance(exc, SuspiciousOperation):
        exc = _refused_request(exc)
    if isinstance(exc, ApplicationError):
        return Response(error_body(exc.code, exc.message, exc.fields), status=exc.status_code)
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(as_serializer_error(exc))
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()

    response = drf_exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response

    if isinstance(exc, exceptions.ValidationError):
        detail = exc.detail
        if isinstance(detail, dict):
            fields = flatten_field_errors(_as_plain(detail))
            message = "Some fields are invalid."
        else:
            fields = {"non_field_errors": _as_plain(detail if isinstance(detail, list) else [detail])}
            message = "; ".join(fields["non_field_errors"])
        code = "invalid"
    elif isinstance(exc.detail, dict):  # simplejwt: {"detail": ..., "code": ..., "messages": [...]}
        fields = {}
        message = str(exc.detail.get("detail", exc.default_detail))
        code = str(exc.detail.get("code", exc.default_code))
    else:
        fields = {}
        message = str(exc.detail) if not isinstance(exc.detail, list) else "; ".join(map(str, exc.detail))
        code = _first_code(exc.get_codes())
    response.data = error_body(code, message, fields)
    return response


def _refused_request(exc: Exception) -> ApplicationError:
    """Django's refusals of a request it will not read (a form body over ``DATA_UPLOAD_MAX_MEMORY_SIZE``, too many
    fields or files, a bad Host): 413 for the size, else 400 (their messages name settings: not for clients)."""
    if isinstance(exc, RequestDataTooBig):
        return ApplicationError("The request body is too large.", code="too_large", status_code=413)
    return ApplicationError("The request was refused.", code="bad_request")


def handler400(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Requests Django refuses before a view (the same refusals) answer with the error body under /api/."""
    if not request.path.startswith("/api/"):
        return defaults.bad_request(request, exception)
    error = _refused_request(exception)
    return JsonResponse(error_body(error.code, error.message), status=error.status_code)


def handler404(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Unknown URLs under /api/ answer with the error body too; pages keep Django's 404 page."""
    if request.path.startswith("/api/"):
        return JsonResponse(error_body("not_found", "No such endpoint."), status=404)
    return defaults.page_not_found(request, exception)


def handler500(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse(
            error_body("server_error", "Something went wrong on our side; it has been logged."), status=500
        )
    return defaults.server_error(request)
