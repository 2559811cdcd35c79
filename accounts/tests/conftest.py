import pytest
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory

PASSWORD = "correct-horse-battery"


@pytest.fixture
def api() -> APIClient:
    return APIClient()


@pytest.fixture
def user_in_role(db):
    def make(role: str, **extra):
        return UserFactory(role=role, **extra)

    return make


def bearer(api: APIClient, user) -> APIClient:
    response = api.post("/api/v1/auth/token", {"email": user.email, "password": PASSWORD}, format="json")
    assert response.status_code == 200, response.content
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {response.json()['access']}")
    return api
