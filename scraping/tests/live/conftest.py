import pytest

from scraping.sandbox import SandboxServer


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer() as server:
        yield server
