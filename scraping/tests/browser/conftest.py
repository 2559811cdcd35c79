import pytest

from scraping.browser import BrowserPool
from scraping.sandbox import SandboxServer


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer() as server:
        yield server


@pytest.fixture(scope="module")
def pool():
    """One browser shared by a module's tests: starting Chromium is the slow part."""
    pool = BrowserPool(max_browsers=1, lease_timeout=30)
    yield pool
    pool.close()
