"""HubSpot CRM v3 with a private-app token: contacts batch upsert by email, search by phone/domain, companies.

Request and response shapes follow HubSpot's CRM v3 reference: ``{"inputs": [...]}`` in, ``{"status",
"results": [...]}`` out (207 with ``errors`` when some inputs failed); errors are ``{"status": "error",
"message", "category", "correlationId"}``.
"""

from typing import Any

from django.conf import settings

from integrations.crm.base import CrmClient, CrmError, CrmNotConfigured
from integrations.http import RetryPolicy

BATCH_MAX = 100  # HubSpot's limit per batch request
NOT_FOUND = "OBJECT_NOT_FOUND"  # the error category of a record id that does not exist (or was deleted)


class HubSpotClient(CrmClient):
    provider = "hubspot"

    def __init__(self, *, token: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.token = token

    @classmethod
    def from_settings(cls, **kwargs: Any) -> "HubSpotClient":
        if not settings.HUBSPOT_TOKEN:
            raise CrmNotConfigured("HubSpot is not configured: set HUBSPOT_TOKEN (a private-app access token).")
        return cls(
            token=settings.HUBSPOT_TOKEN, base_url=settings.HUBSPOT_BASE_URL, policy=RetryPolicy.for_crm(), **kwargs
        )

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}

    def _json(self, method: str, path: str, body: Any, *, idempotent: bool = True) -> dict[str, Any]:
        response = self.call(method, path, json=body, idempotent=idempotent)
        if response.status_code >= 400:
            try:
                detail = response.json()
                message = detail.get("message") or str(detail)
                category = detail.get("category", "")
                context = detail.get("context") or {}
            except (ValueError, AttributeError):
                message, category, context = response.text[:300], "", {}
            raise CrmError(
                f"HubSpot answered {response.status_code} {category}: {message}".strip(),
                status=response.status_code,
                category=category,
                context=context if isinstance(context, dict) else {},
            )
        return response.json() if response.content else {}

    def batch(self, object_type: str, operation: str, inputs: list[dict[str, Any]]) -> tuple[list[dict], list[dict]]:
        """``POST /crm/v3/objects/<type>/batch/<operation>``: (results, errors) — a 207 reports per-input errors.
        A ``create`` is not sent again after a 5xx or a lost answer: HubSpot may have made the records, which the
        next push finds (by phone, by domain) instead of making them twice."""
        path = f"/crm/v3/objects/{object_type}/batch/{operation}"
        body = self._json("POST", path, {"inputs": inputs}, idempotent=operation != "create")
        return body.get("results", []), body.get("errors", [])

    def batch_update(self, object_type: str, inputs: list[dict[str, Any]]) -> tuple[list[dict], list[dict], set[str]]:
        """Update records by their HubSpot id: (results, errors, missing ids). A record deleted in HubSpot since it
        was stored is reported in ``missing`` rather than as an error, whether HubSpot names it among per-input
        errors (207) or refuses the whole batch for it (OBJECT_NOT_FOUND with the ids); the others are updated."""
        missing: set[str] = set()
        while inputs:
            try:
                results, errors = self.batch(object_type, "update", inputs)
            except CrmError as exc:
                named = {str(i) for i in exc.context.get("ids", [])} if exc.category == NOT_FOUND else set()
                if not named & {str(item["id"]) for item in inputs}:
                    raise
                missing |= named
                inputs = [item for item in inputs if str(item["id"]) not in named]
                continue
            for error in errors:
                if error.get("category") == NOT_FOUND:
                    missing |= {str(i) for i in (error.get("context") or {}).get("ids", [])}
            return results, [e for e in errors if e.get("category") != NOT_FOUND], missing
        return [], [], missing

    def search_one(self, object_type: str, property_name: str, value: str) -> str | None:
        """The id of the first record whose ``property_name`` equals ``value``, or None."""
        body = self._json(
            "POST",
            f"/crm/v3/objects/{object_type}/search",
            {
                "filterGroups": [{"filters": [{"propertyName": property_name, "operator": "EQ", "value": value}]}],
                "properties": [property_name],
                "limit": 1,
            },
        )
        results = body.get("results", [])
        return str(results[0]["id"]) if results else None

    def associate_contact_company(self, contact_id: str, company_id: str) -> None:
        self._json("PUT", f"/crm/v4/objects/contact/{contact_id}/associations/default/company/{company_id}", None)
