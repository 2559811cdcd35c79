"""The synchronous clients (page fetcher, monitor sources, CRM, webhooks) check the address they actually dial."""

import pytest

from scraping.crawler.guard import guarded_client
from scraping.urlsafety import UnsafeURLError


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1"])
def test_an_internal_address_is_not_dialled_even_without_the_url_check(sandbox, host):
    hits = sum(sandbox.app.hits.values())
    with guarded_client(allow_private=False, timeout=5) as client, pytest.raises(UnsafeURLError, match="internal"):
        client.get(sandbox.url("/").replace("127.0.0.1", host))
    assert sum(sandbox.app.hits.values()) == hits


def test_internal_hosts_are_dialled_where_the_caller_allows_them(sandbox):
    with guarded_client(allow_private=True, timeout=5) as client:
        assert client.get(sandbox.url("/")).status_code == 200
