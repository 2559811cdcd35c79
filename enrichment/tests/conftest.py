import pytest
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory


@pytest.fixture
def client_as():
    """An API client logged in as a fresh, verified, consented user of ``role`` (None: anonymous)."""

    def make(role: str | None) -> APIClient:
        api = APIClient()
        if role:
            api.force_authenticate(UserFactory(role=role))
        return api

    return make
