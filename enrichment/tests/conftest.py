from pathlib import Path

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


@pytest.fixture(autouse=True, scope="session")
def _embedding_disk_cache():
    """Seed embeddings persist between test runs (keyed by model and text), so retrain tests do not re-embed them."""
    from django.conf import settings

    settings.NLP_EMBEDDING_CACHE_DIR = str(Path(__file__).resolve().parents[2] / ".pytest_cache" / "insight-embeddings")
    yield
