"""HubSpot CRM v3 answers: batch upsert/create/update, search, v4 default associations, documented errors."""

import json
from datetime import UTC, datetime
from typing import Any

from integrations.fakes.state import HUBSPOT_PROPERTIES, FakeCrmState


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def error(status: int, category: str, message: str, **extra: Any) -> tuple[int, dict]:
    return status, {
        "status": "error",
        "message": message,
        "correlationId": "fake-correlation-id",
        "category": category,
        **extra,
    }


def _invalid_properties(object_type: str, inputs: list[dict]) -> tuple[int, dict] | None:
    for item in inputs:
        for name in item.get("properties", {}):
            if name not in HUBSPOT_PROPERTIES[object_type]:
                problem = {
                    "isValid": False,
                    "message": f'Property "{name}" does not exist',
                    "error": "PROPERTY_DOESNT_EXIST",
                    "name": name,
                }
                detail = json.dumps([problem], separators=(",", ":"))
                return error(400, "VALIDATION_ERROR", f"Property values were not valid: {detail}")
    return None


def _result(state: FakeCrmState, object_type: str, object_id: str, item: dict, new: bool | None = None) -> dict:
    record = state.objects[object_type][object_id]
    result = {
        "id": object_id,
        "properties": dict(record["properties"]),
        "createdAt": record["createdAt"],
        "updatedAt": record["updatedAt"],
        "archived": False,
    }
    if new is not None:
        result["new"] = new
    if item.get("objectWriteTraceId"):
        result["objectWriteTraceId"] = item["objectWriteTraceId"]
    return result


def _write(state: FakeCrmState, object_type: str, object_id: str | None, properties: dict) -> str:
    now = _now()
    if object_id is None:
        object_id = state.next_id()
        state.objects[object_type][object_id] = {"properties": {}, "createdAt": now}
    record = state.objects[object_type][object_id]
    record["properties"].update(properties)
    record["updatedAt"] = now
    return object_id


def _batch_answer(results: list[dict], errors: list[dict], status: int = 200) -> tuple[int, dict]:
    body = {
        "status": "COMPLETE",
        "results": list(reversed(results)),
        "requestedAt": _now(),
        "startedAt": _now(),
        "completedAt": _now(),
    }
    if errors:
        body.update(errors=errors, numErrors=len(errors))
        return 207, body
    return status, body


def batch(state: FakeCrmState, object_type: str, operation: str, body: dict) -> tuple[int, dict]:
    inputs = body.get("inputs")
    if not isinstance(inputs, list) or not inputs:
        return error(400, "VALIDATION_ERROR", "Invalid input JSON: 'inputs' must be a non-empty list")
    if len(inputs) > 100:
        return error(400, "VALIDATION_ERROR", "Batch size exceeds the limit of 100")
    if invalid := _invalid_properties(object_type, inputs):
        return invalid
    if operation in ("upsert", "update"):
        ids = [str(item.get("id", "")).lower() for item in inputs]
        if repeated := sorted({i for i in ids if ids.count(i) > 1}):
            return error(400, "VALIDATION_ERROR", f"Duplicate IDs found in batch input: {repeated}")
    results, errors = [], []
    if operation == "upsert":
        for item in inputs:
            id_property, value = item.get("idProperty"), item.get("id")
            if not id_property or not value:
                return error(400, "VALIDATION_ERROR", "Each input needs id and idProperty")
            matches = state.find(object_type, id_property, value)
            object_id = _write(
                state, object_type, matches[0] if matches else None, {id_property: value, **item.get("properties", {})}
            )
            results.append(_result(state, object_type, object_id, item, new=not matches))
        return _batch_answer(results, errors)
    if operation == "create":
        for item in inputs:
            email = item.get("properties", {}).get("email")
            if object_type == "contacts" and email and (existing := state.find("contacts", "email", email)):
                return error(409, "CONFLICT", f"Contact already exists. Existing ID: {existing[0]}")
        for item in inputs:
            results.append(
                _result(state, object_type, _write(state, object_type, None, item.get("properties", {})), item)
            )
        return _batch_answer(results, errors, status=201)
    missing = [str(item.get("id", "")) for item in inputs if str(item.get("id", "")) not in state.objects[object_type]]
    if missing and state.hubspot_missing_fails_batch:
        message = f"Could not get some {object_type} objects, they may be deleted or not exist."
        return error(404, "OBJECT_NOT_FOUND", message, context={"ids": missing})
    for item in inputs:  # update
        object_id = str(item.get("id", ""))
        if object_id not in state.objects[object_type]:
            errors.append(
                {
                    "status": "error",
                    "category": "OBJECT_NOT_FOUND",
                    "message": f"Could not get some {object_type} objects, they may be deleted or not exist.",
                    "context": {"ids": [object_id], "objectWriteTraceId": [item.get("objectWriteTraceId", "")]},
                }
            )
            continue
        results.append(
            _result(state, object_type, _write(state, object_type, object_id, item.get("properties", {})), item)
        )
    return _batch_answer(results, errors)


def search(state: FakeCrmState, object_type: str, body: dict) -> tuple[int, dict]:
    ids = list(state.objects[object_type])
    for group in body.get("filterGroups", [])[:1]:
        for condition in group.get("filters", []):
            if condition.get("operator") != "EQ":
                return error(400, "VALIDATION_ERROR", "The fake supports the EQ operator only")
            ids = [
                i for i in ids if i in state.find(object_type, condition["propertyName"], condition.get("value", ""))
            ]
    limit = int(body.get("limit", 10))
    results = [_result(state, object_type, i, {}) for i in ids[:limit]]
    return 200, {"total": len(ids), "results": results}


def associate(state: FakeCrmState, contact_id: str, company_id: str) -> tuple[int, dict]:
    if contact_id not in state.objects["contacts"] or company_id not in state.objects["companies"]:
        return error(404, "OBJECT_NOT_FOUND", "One of the objects does not exist")
    state.associations.add((contact_id, company_id))
    return 200, {
        "status": "COMPLETE",
        "results": [
            {
                "from": {"id": contact_id},
                "to": {"id": company_id},
                "associationSpec": {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 279},
            }
        ],
    }
