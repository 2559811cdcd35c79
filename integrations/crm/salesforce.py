"""Salesforce REST: OAuth 2.0 token (client credentials, or JWT bearer with a signing key), Lead upsert by an
external id through sObject Collections (``PATCH /services/data/vXX.X/composite/sobjects/Lead/<ExtId__c>``).

Errors are JSON arrays ``[{"message", "errorCode", "fields"?}]`` (a malformed request may get one object);
the token endpoint answers ``{"error", "error_description"}``. An expired session (401 INVALID_SESSION_ID)
is renewed once.
"""

import time
from pathlib import Path
from typing import Any

import jwt
from django.conf import settings
from django.core.cache import cache

from integrations.crm.base import CrmClient, CrmError, CrmNotConfigured
from integrations.http import RetryPolicy

BATCH_MAX = 200  # sObject Collections limit
TOKEN_CACHE_KEY = "integrations:salesforce:session"  # noqa: S105 - a cache key, not a secret
TOKEN_CACHE_SECONDS = 900


def _error_message(body: Any) -> str:
    items = body if isinstance(body, list) else [body]
    parts = []
    for item in items:
        if isinstance(item, dict):
            code = item.get("errorCode") or item.get("statusCode") or item.get("error") or ""
            message = item.get("message") or item.get("error_description") or ""
            fields = f" ({', '.join(item['fields'])})" if item.get("fields") else ""
            parts.append(f"{code}: {message}{fields}".strip(": "))
        else:
            parts.append(str(item))
    return "; ".join(parts)


class SalesforceClient(CrmClient):
    provider = "salesforce"

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str = "",
        username: str = "",
        private_key: str = "",
        api_version: str = "v60.0",
        external_id_field: str = "Insight_Lead_Id__c",
        instance_url: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.client_id, self.client_secret = client_id, client_secret
        self.username, self.private_key = username, private_key
        self.api_version, self.external_id_field = api_version, external_id_field
        self.fixed_instance_url = instance_url.rstrip("/")
        self.session: dict[str, str] | None = cache.get(TOKEN_CACHE_KEY)

    @classmethod
    def from_settings(cls, **kwargs: Any) -> "SalesforceClient":
        key_file = settings.SALESFORCE_PRIVATE_KEY_FILE
        if not settings.SALESFORCE_CLIENT_ID or not (settings.SALESFORCE_CLIENT_SECRET or key_file):
            raise CrmNotConfigured(
                "Salesforce is not configured: set SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET "
                "(client credentials) or SALESFORCE_USERNAME and SALESFORCE_PRIVATE_KEY_FILE (JWT bearer)."
            )
        return cls(
            client_id=settings.SALESFORCE_CLIENT_ID,
            client_secret=settings.SALESFORCE_CLIENT_SECRET,
            username=settings.SALESFORCE_USERNAME,
            private_key=Path(key_file).read_text() if key_file else "",
            api_version=settings.SALESFORCE_API_VERSION,
            external_id_field=settings.SALESFORCE_EXTERNAL_ID_FIELD,
            instance_url=settings.SALESFORCE_INSTANCE_URL,
            base_url=settings.SALESFORCE_LOGIN_URL,
            policy=RetryPolicy.for_crm(),
            **kwargs,
        )

    # --- OAuth 2.0 ------------------------------------------------------------------------------------------

    def token_request(self) -> dict[str, str]:
        """The token request form: JWT bearer when a signing key is set, else client credentials."""
        if self.private_key:
            claims = {"iss": self.client_id, "sub": self.username, "aud": self.base_url, "exp": int(time.time()) + 180}
            assertion = jwt.encode(claims, self.private_key, algorithm="RS256")
            return {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion}
        return {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret}

    def authenticate(self) -> dict[str, str]:
        self.session = None
        response = self.call("POST", "/services/oauth2/token", data=self.token_request())
        body = response.json() if response.content else {}
        if response.status_code != 200 or "access_token" not in body:
            raise CrmError(f"Salesforce login failed ({response.status_code}): {_error_message(body)}", status=401)
        self.session = {"token": body["access_token"], "instance_url": self.fixed_instance_url or body["instance_url"]}
        cache.set(TOKEN_CACHE_KEY, self.session, TOKEN_CACHE_SECONDS)
        return self.session

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.session['token']}"} if self.session else {}

    def _api(self, method: str, path: str, body: Any) -> Any:
        for renewed in (False, True):
            session = self.session or self.authenticate()
            response = self.call(method, session["instance_url"] + path, json=body)
            if response.status_code == 401 and not renewed:
                cache.delete(TOKEN_CACHE_KEY)
                self.session = None
                continue
            break
        detail = response.json() if response.content else None
        if response.status_code >= 300:
            raise CrmError(
                f"Salesforce answered {response.status_code}: {_error_message(detail)}", status=response.status_code
            )
        return detail

    # --- Leads ----------------------------------------------------------------------------------------------

    def upsert_leads(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Upsert Leads keyed by the external id field (each record must carry it); one SaveResult per record."""
        path = f"/services/data/{self.api_version}/composite/sobjects/Lead/{self.external_id_field}"
        body = {"allOrNone": False, "records": [{"attributes": {"type": "Lead"}, **record} for record in records]}
        results = self._api("PATCH", path, body)
        if not isinstance(results, list) or len(results) != len(records):
            raise CrmError(f"Salesforce answered an unexpected shape: {str(results)[:300]}")
        return results
