"""OpenAPI post-processing: every operation documents the errors the API can really answer with.

Views document their own business errors (409, 413, ...); the ones every endpoint shares come from the stack
(authentication, permissions, throttling, malformed input, unknown ids) and are added here once, so an
integrator never meets an undocumented status code.
"""

from typing import Any

ERROR_REF = {"$ref": "#/components/schemas/Error"}
ERROR_SCHEMAS = {
    "Error": {
        "type": "object",
        "properties": {"error": {"$ref": "#/components/schemas/ErrorDetail"}},
        "required": ["error"],
    },
    "ErrorDetail": {
        "type": "object",
        "properties": {
            "code": {"type": "string"},
            "message": {"type": "string"},
            "fields": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
        },
        "required": ["code", "message", "fields"],
    },
}
DESCRIPTIONS = {
    "400": "Malformed or invalid input; `fields` names each invalid field (or query parameter: an unknown one, or "
    "one given empty, is refused).",
    "401": "Not logged in, or the token is invalid or expired.",
    "403": "Logged in, but the account is unverified, has not given consent, or its role does not allow this.",
    "404": "No such object (or not visible to the caller).",
    "405": "This method is not allowed on this path.",
    "415": "The request body's media type is not supported.",
    "429": "Too many requests; retry after the number of seconds in `Retry-After`.",
}


def _error_response(status: str) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": ERROR_REF}}, "description": DESCRIPTIONS[status]}


def _shared_errors(path: str, operation: dict[str, Any]) -> list[str]:
    # Any operation can answer 400: an unknown `?format=`, and on reads an unknown or empty query parameter.
    statuses = ["400", "405", "429"]
    if operation.get("requestBody"):
        statuses.append("415")
    if any(requirement for requirement in operation.get("security", [])):
        statuses += ["401", "403"]
    if "{" in path:
        statuses.append("404")
    return statuses


def document_common_errors(result: dict[str, Any], generator: Any, request: Any, public: bool) -> dict[str, Any]:
    """drf-spectacular postprocessing hook (see ``SPECTACULAR_SETTINGS["POSTPROCESSING_HOOKS"]``)."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in ERROR_SCHEMAS.items():
        schemas.setdefault(name, schema)
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if method.startswith("x-") or not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status in _shared_errors(path, operation):
                operation["responses"].setdefault(status, _error_response(status))
    return result
