import pytest
from django.core.cache import cache

from scraping.fakes import start_fake_sources


@pytest.fixture
def fakes(settings):
    """Fake sources on a free port with every base URL pointed at them (private addresses allowed for 127.0.0.1)."""
    server = start_fake_sources()
    for name, value in server.settings().items():
        setattr(settings, name, value)
    cache.clear()  # no OAuth token from another test
    yield server
    server.stop()
