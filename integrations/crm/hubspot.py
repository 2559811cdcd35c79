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

    def _json(self, method: str, path: str, body: Any) -> dict[str, Any]:
        response = self.call(method, path, json=body)
        if response.status_code >= 400:
            try:
                detail = response.json()
                message = detail.get("message") or str(detail)
                category = detail.get("category", "")
            except ValueError:
                message, category = response.text[:300], ""
            raise CrmError(
                f"HubSpot answered {response.status_code} {category}: {message}".strip(), status=response.status_code
            )
        return response.json() if response.content else {}

    def batch(self, object_type: str, operation: str, inputs: list[dict[str, Any]]) -> tuple[list[dict], list[dict]]:
        """``POST /crm/v3/objects/<type>/batch/<operation>``: (results, errors) — a 207 reports per-input errors."""
        body = self._json("POST", f"/crm/v3/objects/{object_type}/batch/{operation}", {"inputs": inputs})
        return body.get("results", []), body.get("errors", [])

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
