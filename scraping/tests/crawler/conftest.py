import asyncio

import pytest

from scraping.sandbox import SandboxServer


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer() as server:
        yield server


def run(coro):
    """Run one coroutine to completion (the crawler is async; these tests are plain functions)."""
    return asyncio.run(coro)
