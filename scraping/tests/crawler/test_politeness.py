"""The crawler is a polite guest: robots.txt, an adaptive per-domain delay, Retry-After, sessions retired."""

import time

import pytest

from scraping.crawler import Crawler, ResponseTooLarge, RetryPolicy, RobotsDisallowed
from scraping.crawler.throttle import Throttle, ThrottleConfig
from scraping.sandbox.dataset import businesses

from .conftest import run


def local(**options) -> Crawler:
    return Crawler(allow_private=True, start_delay=0, **options)


def test_robots_disallow_is_refused_with_a_clear_error_and_never_requested(sandbox):
    async def go():
        async with local() as crawler:
            with pytest.raises(RobotsDisallowed) as caught:
                await crawler.fetch(sandbox.url("/blocked/secret"))
            return caught.value

    error = run(go())
    assert "robots.txt" in str(error) and "/blocked/secret" in str(error)
    assert sandbox.app.hits["/blocked/secret"] == 0


def test_a_business_site_private_area_is_disallowed_but_its_contact_page_is_not(sandbox):
    site = next(b for b in businesses() if b.has_website and b.disallow_private)

    async def go():
        async with local() as crawler:
            contact = await crawler.fetch(sandbox.url(site.site_path + "contact"))
            with pytest.raises(RobotsDisallowed):
                await crawler.fetch(sandbox.url(site.site_path + "private/"))
            return contact

    assert run(go()).status == 200


def test_overriding_robots_fetches_and_marks_the_response(sandbox):
    async def go():
        async with local(respect_robots=False) as crawler:
            return await crawler.fetch(sandbox.url("/blocked/override"))

    response = run(go())
    assert response.status == 200 and response.robots_checked is False


def test_delay_grows_when_the_site_answers_slowly(sandbox):
    async def go():
        async with local(target_concurrency=1, max_delay=5) as crawler:
            await crawler.fetch(sandbox.url("/slow/300"))
            return crawler.domain_delay(sandbox.url("/"))

    assert run(go()) >= 0.25


def test_an_error_response_never_lowers_the_delay_but_a_good_one_does(sandbox):
    other_host = sandbox.url("/").replace("127.0.0.1", "localhost")

    async def go():
        no_retry = RetryPolicy(max_retries=0)
        async with Crawler(allow_private=True, respect_robots=False, start_delay=0.5, retry=no_retry) as crawler:
            await crawler.fetch(sandbox.url("/status/500"))
            after_error = crawler.domain_delay(sandbox.url("/"))
            await crawler.fetch(other_host + "status/200")
            after_success = crawler.domain_delay(other_host)
            return after_error, after_success

    after_error, after_success = run(go())
    assert after_error == 0.5
    assert after_success < 0.5


def test_requests_to_one_domain_are_spaced_by_the_delay(sandbox):
    async def go():
        async with Crawler(allow_private=True, start_delay=0.2, min_delay=0.2) as crawler:
            await crawler.fetch(sandbox.url("/robots.txt"), respect_robots=False)  # robots fetched before timing
            started = time.monotonic()
            await crawler.fetch_all([sandbox.url(f"/status/200?n={i}") for i in range(4)], concurrency=4)
            return time.monotonic() - started

    assert run(go()) >= 0.6


def test_throttle_follows_the_autothrottle_formula():
    throttle = Throttle(ThrottleConfig(start_delay=1.0, min_delay=0.1, max_delay=3.0, target_concurrency=2))
    assert throttle.record("a", latency=1.0, ok=True) == pytest.approx(0.75)  # max(0.5, (1 + 0.5) / 2)
    assert throttle.record("a", latency=10.0, ok=True) == 3.0  # clamped to max_delay
    assert throttle.record("a", latency=0.0, ok=False) == 3.0  # an error never lowers it
    assert throttle.record("a", latency=0.0, ok=True) == 1.5


def test_429_waits_for_retry_after_then_succeeds(sandbox):
    async def go():
        async with local() as crawler:
            started = time.monotonic()
            response = await crawler.fetch(sandbox.url("/limited/retry-once?times=1&retry_after=1"))
            return response, time.monotonic() - started

    response, took = run(go())
    assert response.status == 200 and response.attempts == 2
    assert took >= 0.95
    assert sandbox.app.hits["/limited/retry-once"] == 2


def test_a_retry_after_that_is_no_number_falls_back_to_backoff(sandbox):
    async def go():
        async with local() as crawler:  # "²" counts as a digit for str.isdigit, not for float()
            return await crawler.fetch(sandbox.url("/limited/odd-retry?times=1&retry_after=%C2%B2"))

    response = run(go())
    assert response.status == 200 and response.attempts == 2


def test_503_with_retry_after_is_retried_too(sandbox):
    async def go():
        async with local() as crawler:
            return await crawler.fetch(sandbox.url("/limited/unavailable?times=2&status=503&retry_after=0"))

    response = run(go())
    assert response.status == 200 and response.attempts == 3


def test_a_retry_after_beyond_the_limit_hands_back_the_429_without_waiting(sandbox):
    async def go():
        async with local() as crawler:
            started = time.monotonic()
            response = await crawler.fetch(sandbox.url("/limited/long-ban?times=5&retry_after=3600"))
            return response, time.monotonic() - started, crawler.blocked_streak

    response, took, streak = run(go())
    assert response.status == 429 and took < 1
    assert sum(streak.values()) == 1


def test_a_429_retires_the_session_cookies(sandbox):
    async def go():
        async with local() as crawler:
            await crawler.fetch(sandbox.url("/cookies?set=session=abc"))
            before = dict(crawler.fetcher.client.cookies)
            await crawler.fetch(sandbox.url("/limited/cookie-ban?times=5&retry_after=3600"))
            return before, dict(crawler.fetcher.client.cookies)

    before, after = run(go())
    assert before == {"session": "abc"} and after == {}


def test_the_crawler_from_settings_follows_the_admin_settings(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    settings.CRAWLER_START_DELAY = 0
    settings.CRAWLER_MAX_BYTES = 50_000

    async def go():
        async with Crawler.from_settings(respect_robots=False) as crawler:
            page = await crawler.fetch(sandbox.url("/blocked/by-settings"))
            with pytest.raises(ResponseTooLarge):
                await crawler.fetch(sandbox.url("/huge?mb=1"))
            return page

    page = run(go())
    assert page.status == 200 and page.robots_checked is False


def test_requests_in_flight_per_domain_are_capped(sandbox):
    async def go():
        async with local(per_domain_concurrency=2) as crawler:
            await crawler.fetch(sandbox.url("/robots.txt"), respect_robots=False)
            started = time.monotonic()
            await crawler.fetch_all([sandbox.url(f"/slow/200?cap={i}") for i in range(6)], concurrency=6)
            return time.monotonic() - started

    assert run(go()) >= 0.6  # 6 requests of 0.2 s, 2 at a time


def test_a_streak_of_refusals_marks_the_domain_blocked(sandbox):
    async def go():
        async with local(retry=RetryPolicy(max_retries=0)) as crawler:
            for i in range(3):
                await crawler.fetch(sandbox.url(f"/status/403?try={i}"))
            return crawler.is_blocked(sandbox.url("/")), crawler.is_blocked("http://localhost/")

    assert run(go()) == (True, False)
