"""Cache, size cap, redirects and the SSRF guard: what keeps a crawl cheap and safe."""

import asyncio
import contextlib
import time

import pytest

from scraping.crawler import Crawler, RefusedURL, ResponseTooLarge, TooManyRedirects
from scraping.crawler.cache import canonical_url, fingerprint
from scraping.crawler.fetcher import Fetcher
from scraping.urlsafety import UnsafeURLError

from .conftest import run


def local(**options) -> Crawler:
    return Crawler(allow_private=True, start_delay=0, **options)


def test_a_url_is_fetched_once_within_the_cache_ttl(sandbox):
    async def go():
        async with local() as crawler:
            first = await crawler.fetch(sandbox.url("/status/200?cache=1&b=2&a=1"))
            second = await crawler.fetch(sandbox.url("/status/200?a=1&cache=1&b=2#top"))
            return first, second

    first, second = run(go())
    assert not first.from_cache and second.from_cache
    assert second.content == first.content
    assert sandbox.app.hits["/status/200"] >= 1
    assert fingerprint(sandbox.url("/status/200?cache=1&b=2&a=1")) == fingerprint(
        sandbox.url("/status/200?a=1&cache=1&b=2#top")
    )


def test_after_the_ttl_the_url_is_fetched_again(sandbox):
    async def go():
        async with local(cache_ttl=0.2) as crawler:
            await crawler.fetch(sandbox.url("/bench/4242"))
            time.sleep(0.3)
            return await crawler.fetch(sandbox.url("/bench/4242"))

    assert run(go()).from_cache is False
    assert sandbox.app.hits["/bench/4242"] == 2


def test_concurrent_requests_for_one_url_share_a_single_download(sandbox):
    async def go():
        async with local() as crawler:
            return [r async for _, r in crawler.crawl([sandbox.url("/bench/777")] * 5, concurrency=5)]

    responses = run(go())
    assert sum(not r.from_cache for r in responses) == 1
    assert sandbox.app.hits["/bench/777"] == 1


def test_fingerprints_differ_by_method_and_body():
    url = "HTTP://Example.COM:80/a%7Eb?x=1"
    assert canonical_url(url) == "http://example.com/a~b?x=1"
    assert fingerprint(url) != fingerprint(url, method="POST")
    assert fingerprint(url, method="POST", body=b"a") != fingerprint(url, method="POST", body=b"b")


@pytest.mark.parametrize("path", ["/huge?mb=1", "/huge?mb=1&length=0"])
def test_a_body_over_the_size_cap_is_stopped(sandbox, path):
    async def go():
        async with local(max_bytes=100_000) as crawler:
            await crawler.fetch(sandbox.url(path))

    with pytest.raises(ResponseTooLarge):
        run(go())


def test_a_redirect_loop_is_stopped(sandbox):
    async def go():
        async with local() as crawler:
            await crawler.fetch(sandbox.url("/loop/a"))

    with pytest.raises(TooManyRedirects, match="loop"):
        run(go())


def test_redirects_are_followed_up_to_the_cap(sandbox):
    async def go():
        async with local(max_redirects=5) as crawler:
            ok = await crawler.fetch(sandbox.url("/redirect/3"))
            with pytest.raises(TooManyRedirects):
                await crawler.fetch(sandbox.url("/redirect/9"))
            return ok

    ok = run(go())
    assert ok.status == 200 and ok.final_url.endswith("/redirect/0") and len(ok.redirects) == 3


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:{port}/",
        "http://localhost:{port}/",
        "file:///etc/passwd",
    ],
)
def test_internal_addresses_are_refused_by_default(sandbox, url):
    async def go():
        async with Crawler() as crawler:  # settings.ALLOW_PRIVATE_URLS is False in tests
            await crawler.fetch(url.format(port=sandbox.port))

    hits = sum(sandbox.app.hits.values())
    with pytest.raises(RefusedURL):
        run(go())
    assert sum(sandbox.app.hits.values()) == hits


def test_a_redirect_to_a_forbidden_target_is_refused_on_that_hop(sandbox):
    async def go():
        async with local() as crawler:
            await crawler.fetch(sandbox.url("/redirect-to?url=file:///etc/passwd"))

    with pytest.raises(RefusedURL, match="file"):
        run(go())


def test_the_setting_allows_private_addresses_when_an_admin_says_so(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True

    async def go():
        async with Crawler(start_delay=0) as crawler:
            return await crawler.fetch(sandbox.url("/"))

    assert run(go()).status == 200


def test_crawl_yields_every_url_with_its_response_or_error(sandbox):
    urls = [sandbox.url(f"/bench/{n}") for n in range(30)] + [sandbox.url("/blocked/x"), "ftp://example.com/file"]

    async def go():
        async with local(per_domain_concurrency=8) as crawler:
            return await crawler.fetch_all(urls, concurrency=8)

    results = run(go())
    assert set(results) == set(urls)
    assert all(results[u].status == 200 for u in urls[:30])
    assert type(results[urls[30]]).__name__ == "RobotsDisallowed"
    assert type(results[urls[31]]).__name__ == "RefusedURL"


def test_closing_a_crawl_early_cancels_what_is_in_flight(sandbox):
    urls = [sandbox.url("/status/200?first=1")] + [sandbox.url(f"/slow/3000?n={i}") for i in range(5)]

    async def go():
        async with local() as crawler:
            started = time.monotonic()
            async with contextlib.aclosing(crawler.crawl(urls, concurrency=6)) as results:
                async for _url, _response in results:
                    break
            await asyncio.sleep(0.05)  # let the cancellations land
            still_running = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            return time.monotonic() - started, still_running

    took, still_running = run(go())
    assert took < 2 and still_running == []


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1"])
def test_the_connection_pool_itself_refuses_internal_addresses(sandbox, host):
    """Even past the URL check (DNS may answer differently a moment later), nothing internal is dialled."""

    async def go():
        fetcher = Fetcher(allow_private=False)
        try:
            await fetcher.request("GET", sandbox.url("/").replace("127.0.0.1", host))
        finally:
            await fetcher.aclose()

    hits = sum(sandbox.app.hits.values())
    with pytest.raises(UnsafeURLError, match="internal address"):
        run(go())
    assert sum(sandbox.app.hits.values()) == hits
