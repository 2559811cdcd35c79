import pytest
from django.test import Client

from accounts.models import Role
from accounts.tests.factories import UserFactory

ROLES = list(Role.values)


@pytest.fixture
def client_for(db):
    """A test client logged in as a new user with ``role`` (verified and consented)."""

    def make(role: str = Role.SALES, **extra) -> Client:
        client = Client()
        client.user = UserFactory(role=role, **extra)
        client.force_login(client.user)
        return client

    return make
