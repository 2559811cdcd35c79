"""What the fake CRMs hold: HubSpot contacts/companies/associations, Salesforce Leads, and scripted failures."""

import itertools
import threading
from dataclasses import dataclass, field
from typing import Any

HUBSPOT_PROPERTIES = {
    "contacts": {"email", "phone", "firstname", "lastname", "company", "website", "city", "jobtitle", "lifecyclestage"},
    "companies": {"name", "domain", "phone", "website", "city", "industry", "description"},
}
SALESFORCE_LEAD_FIELDS = {
    "LastName",
    "FirstName",
    "Company",
    "Email",
    "Phone",
    "Website",
    "Industry",
    "Description",
    "City",
    "Status",
    "LeadSource",
    "Title",
}


@dataclass
class FakeCrmState:
    """Records, credentials and failure scripts; tests change them while the server runs.

    ``script[provider]``: statuses ("429", "500", "401") answered to the next API calls, one each, before
    normal service resumes; "lost" carries the call out and answers 504 (an answer lost on the way back).
    ``fail_after[provider] = n``: after n more successful write calls, answer 500 until it is set back to None
    (a CRM that goes down in the middle of a batch run).
    """

    hubspot_token: str = "fake-hubspot-private-app-token"  # noqa: S105 - a fake server's credential
    salesforce_client: tuple[str, str] = ("fake-sf-client-id", "fake-sf-client-secret")
    salesforce_external_id: str = "Insight_Lead_Id__c"
    jwt_public_key: str = ""  # PEM; when set, the JWT bearer grant is accepted for salesforce_client[0]
    jwt_username: str = "integration@example.com"
    retry_after: int = 1
    # HubSpot's batch update answers a deleted id as a per-input error (207); True: refuse the whole batch instead
    # (404 OBJECT_NOT_FOUND naming the ids), as some of its endpoints do.
    hubspot_missing_fails_batch: bool = False
    objects: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: {"contacts": {}, "companies": {}})
    associations: set[tuple[str, str]] = field(default_factory=set)
    leads: dict[str, dict[str, Any]] = field(default_factory=dict)
    tokens: set[str] = field(default_factory=set)
    script: dict[str, list[str]] = field(default_factory=lambda: {"hubspot": [], "salesforce": []})
    fail_after: dict[str, int | None] = field(default_factory=lambda: {"hubspot": None, "salesforce": None})
    requests: list[tuple[str, str, str, Any]] = field(default_factory=list)  # (provider, method, path, body)
    lock: threading.RLock = field(default_factory=threading.RLock)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(5001))

    def next_id(self) -> str:
        return str(next(self._ids))

    def salesforce_id(self) -> str:
        return f"00Q5f{next(self._ids):013d}"[:18]

    def writes(self, provider: str) -> list[tuple[str, str, str, Any]]:
        return [r for r in self.requests if r[0] == provider and r[1] in ("POST", "PATCH", "PUT")]

    def add_object(self, object_type: str, properties: dict[str, str]) -> str:
        """A record that was in the CRM before Insight (tests of matching)."""
        object_id = self.next_id()
        stamp = "2026-01-05T09:30:00.000Z"
        self.objects[object_type][object_id] = {"properties": dict(properties), "createdAt": stamp, "updatedAt": stamp}
        return object_id

    def find(self, object_type: str, name: str, value: str) -> list[str]:
        return [
            object_id
            for object_id, record in self.objects[object_type].items()
            if str(record["properties"].get(name, "")).lower() == str(value).lower()
        ]
