import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Throttle counters and cached lookups live in the cache, which outlives a test's database transaction."""
    cache.clear()
    yield
    cache.clear()
