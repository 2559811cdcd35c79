"""Salesforce answers: OAuth 2.0 token endpoint, Lead upsert by external id (single and sObject Collections)."""

import secrets
from typing import Any

import jwt

from integrations.fakes.state import SALESFORCE_LEAD_FIELDS, FakeCrmState


def token(state: FakeCrmState, form: dict[str, str], base_url: str) -> tuple[int, Any]:
    grant = form.get("grant_type", "")
    client_id, client_secret = state.salesforce_client
    if grant == "client_credentials":
        if (form.get("client_id"), form.get("client_secret")) != (client_id, client_secret):
            return 400, {"error": "invalid_client", "error_description": "invalid client credentials"}
    elif grant == "urn:ietf:params:oauth:grant-type:jwt-bearer":
        if not state.jwt_public_key:
            return 400, {"error": "unsupported_grant_type", "error_description": "grant type not supported"}
        try:
            claims = jwt.decode(
                form.get("assertion", ""), state.jwt_public_key, algorithms=["RS256"], audience=base_url
            )
        except jwt.PyJWTError as exc:
            return 400, {"error": "invalid_grant", "error_description": f"invalid assertion: {exc}"}
        if claims.get("iss") != client_id or claims.get("sub") != state.jwt_username:
            return 400, {"error": "invalid_grant", "error_description": "user hasn't approved this consumer"}
    else:
        return 400, {"error": "unsupported_grant_type", "error_description": "grant type not supported"}
    access = "00Dfake!" + secrets.token_urlsafe(24)
    state.tokens.add(access)
    return 200, {
        "access_token": access,
        "instance_url": base_url,
        "id": f"{base_url}/id/00Dfake/005fake",
        "token_type": "Bearer",
        "issued_at": "1700000000000",
        "signature": "fake-signature",
    }


def _save(state: FakeCrmState, external_field: str, record: dict[str, Any]) -> dict[str, Any]:
    """One SaveResult: ``{id, success, errors, created}``."""
    fields = {k: v for k, v in record.items() if k != "attributes"}
    value = str(fields.get(external_field, ""))
    if not value:
        return {
            "success": False,
            "errors": [{"statusCode": "MISSING_ARGUMENT", "message": f"{external_field} not specified", "fields": []}],
        }
    matches = [lead_id for lead_id, lead in state.leads.items() if str(lead.get(external_field)) == value]
    if len(matches) > 1:
        return {
            "success": False,
            "errors": [
                {
                    "statusCode": "DUPLICATE_EXTERNAL_ID",
                    "message": f"{external_field}: more than one record found for external id field: {matches}",
                    "fields": [external_field],
                }
            ],
        }
    if not matches:
        missing = [name for name in ("LastName", "Company") if not fields.get(name)]
        if missing:
            return {
                "success": False,
                "errors": [
                    {
                        "statusCode": "REQUIRED_FIELD_MISSING",
                        "message": f"Required fields are missing: {missing}",
                        "fields": missing,
                    }
                ],
            }
        lead_id = state.salesforce_id()
        state.leads[lead_id] = dict(fields)
        return {"id": lead_id, "success": True, "errors": [], "created": True}
    state.leads[matches[0]].update(fields)
    return {"id": matches[0], "success": True, "errors": [], "created": False}


def _invalid_field(fields: dict[str, Any], external_field: str) -> tuple[int, Any] | None:
    for name in fields:
        if name not in SALESFORCE_LEAD_FIELDS | {external_field, "attributes"}:
            return 400, [{"message": f"No such column '{name}' on sobject of type Lead", "errorCode": "INVALID_FIELD"}]
    return None


def upsert_collection(state: FakeCrmState, external_field: str, body: Any) -> tuple[int, Any]:
    if external_field != state.salesforce_external_id:
        return 404, [
            {
                "message": f"Provided external ID field does not exist or is not accessible: {external_field}",
                "errorCode": "NOT_FOUND",
            }
        ]
    records = body.get("records") if isinstance(body, dict) else None
    if not isinstance(records, list) or not records or len(records) > 200:
        return 400, {
            "message": "Json Deserialization failed: 'records' must hold 1 to 200 records",
            "errorCode": "INVALID_FIELD",
        }
    for record in records:
        if (record.get("attributes") or {}).get("type") != "Lead":
            return 400, [{"message": "Each record needs attributes.type Lead", "errorCode": "INVALID_TYPE"}]
        if invalid := _invalid_field(record, external_field):
            return invalid
    return 200, [_save(state, external_field, record) for record in records]


def upsert_one(state: FakeCrmState, external_field: str, value: str, body: Any) -> tuple[int, Any]:
    if external_field != state.salesforce_external_id:
        return 404, [
            {
                "message": f"Provided external ID field does not exist or is not accessible: {external_field}",
                "errorCode": "NOT_FOUND",
            }
        ]
    if not isinstance(body, dict):
        return 400, [{"message": "Json Deserialization failed", "errorCode": "JSON_PARSER_ERROR"}]
    if invalid := _invalid_field(body, external_field):
        return invalid
    result = _save(state, external_field, {**body, external_field: value})
    if not result["success"]:
        error = result["errors"][0]
        return (300 if error["statusCode"] == "DUPLICATE_EXTERNAL_ID" else 400), [
            {"message": error["message"], "errorCode": error["statusCode"], "fields": error["fields"]}
        ]
    return (201 if result["created"] else 200), result
