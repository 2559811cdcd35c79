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


@pytest.fixture
def enrich_auto(settings):
    """Leads saved in the test are enriched (the test settings switch it off for other apps' tests)."""
    settings.ENRICHMENT_AUTO = True
    settings.ENRICHMENT_HTTP_RETRIES = 0
    return settings


@pytest.fixture(scope="session")
def _fake_enrichment_server():
    from enrichment.fakes import FakeEnrichment

    with FakeEnrichment() as server:
        yield server


@pytest.fixture
def fake_enrichment(_fake_enrichment_server, settings):
    """The fake Twilio + Places server, reset, with settings pointing the real clients at it."""
    from enrichment.fakes import FakeEnrichmentState

    fresh = FakeEnrichmentState()
    state = _fake_enrichment_server.state
    with state.lock:
        state.numbers, state.places, state.modes, state.requests = fresh.numbers, fresh.places, fresh.modes, []
        state.retry_after = 0
    for name, value in _fake_enrichment_server.settings().items():
        setattr(settings, name, value)
    settings.ENRICHMENT_HTTP_RETRIES = 0
    return _fake_enrichment_server
