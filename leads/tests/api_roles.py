"""Shared role matrix helpers for the API tests of leads and scraping."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory

ROLES = ("admin", "manager", "sales", "marketing")
ANONYMOUS = None


def client_as(role: str | None) -> tuple[APIClient, Any]:
    """An API client logged in as a fresh verified, consented user of ``role`` (None: anonymous)."""
    client = APIClient()
    if role is None:
        return client, None
    user = UserFactory(role=role)
    client.force_authenticate(user)
    return client, user


@dataclass
class Endpoint:
    """One endpoint call: ``url(user)`` and ``body(user)`` build fresh rows for the calling user."""

    name: str
    method: str
    url: Callable[[Any], str]
    allowed: tuple[str, ...]
    success: int = 200
    body: Callable[[Any], dict] = field(default=lambda user: {})

    def call(self, role: str | None):
        client, user = client_as(role)
        owner = user or UserFactory()  # anonymous callers aim at rows someone else owns
        return getattr(client, self.method)(self.url(owner), self.body(owner), format="json")


def matrix(endpoints: list[Endpoint]) -> list[tuple[Endpoint, str | None, int]]:
    """(endpoint, role, expected status) for every role and anonymous."""
    cases = []
    for endpoint in endpoints:
        for role in ROLES:
            cases.append((endpoint, role, endpoint.success if role in endpoint.allowed else 403))
        cases.append((endpoint, ANONYMOUS, 401))
    return cases


def case_id(case) -> str:
    return f"{case.name}" if isinstance(case, Endpoint) else str(case)
