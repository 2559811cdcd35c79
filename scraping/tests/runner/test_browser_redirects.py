"""Chromium follows redirects on its own: the runner checks where the tab landed, not only what it asked for."""

from urllib.parse import quote, urlsplit

import pytest

from scraping.browser import get_pool
from scraping.runner.browser_runner import landed_check
from scraping.runner.common import RecipeFailed, RunContext

pytestmark = pytest.mark.browser


def _context(*, allow_private: bool) -> RunContext:
    return RunContext(task_id=None, platform="sandbox_maps", query="coffee", max_results=1, allow_private=allow_private)


def test_a_redirect_to_an_internal_address_is_refused_and_the_tab_left(sandbox):
    # The page asked for is on "localhost"; it redirects to 127.0.0.1, which the guard must refuse as internal.
    port = urlsplit(sandbox.base_url).port
    target = f"http://127.0.0.1:{port}/bench/1"
    start = f"http://localhost:{port}/redirect-to?url={quote(target, safe='')}"
    with get_pool().lease() as lease:
        lease.get(start)
        assert lease.driver.current_url == target  # Chromium followed the 302 itself

        landed_check(lease, _context(allow_private=True), start, "fields.link")  # allowed by settings: no error
        with pytest.raises(RecipeFailed) as refused:
            landed_check(lease, _context(allow_private=False), start, "fields.link")
        assert lease.driver.current_url == "about:blank"  # nothing of the internal page stays open
    message = str(refused.value)
    assert message.startswith(f"fields.link: {start} redirected to {target}, refused:")
    assert "internal address" in message and "ALLOW_PRIVATE_URLS" in message
