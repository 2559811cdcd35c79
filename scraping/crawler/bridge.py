"""The crawler seen from blocking code: the extraction engine's crawl and OCR layers take ``url -> FetchResult``."""

import asyncio
import concurrent.futures
import threading
from concurrent.futures import Future

from scraping.crawler.crawler import Crawler
from scraping.crawler.errors import CrawlError


class CrawlerFetcher:
    """A blocking fetcher for code running in a worker thread, served by ``crawler`` on its event loop ``loop``.

    Fetches keep every crawler rule (robots.txt, SSRF guard, per-domain delay, cache); refusals and failures come
    back as None with the reason in ``refused``, the contract of ``scraping.extraction.fetching.Fetcher``.
    Never call it on the loop's own thread: it would wait for itself.
    """

    def __init__(self, crawler: Crawler, loop: asyncio.AbstractEventLoop, *, timeout: float = 60.0) -> None:
        self.crawler = crawler
        self.loop = loop
        self.timeout = timeout
        self.refused: list[str] = []

    def __call__(self, url: str):
        from scraping.extraction.fetching import FetchResult

        future = asyncio.run_coroutine_threadsafe(self.crawler.fetch(url), self.loop)
        try:
            response = future.result(self.timeout)
        except CrawlError as exc:
            self.refused.append(str(exc))
            return None
        except concurrent.futures.TimeoutError:
            future.cancel()
            self.refused.append(f"{url}: no answer within {self.timeout:.0f} s")
            return None
        return FetchResult(
            url=response.final_url,
            status=response.status,
            content_type=response.headers.get("content-type", ""),
            body=response.content,
        )


class BlockingCrawler:
    """The async crawler driven from this (sync) thread: its event loop runs in a helper thread.

    Used by the HTTP runner and by enrichment's website reader (which needs the crawler, not the runner)."""

    def __init__(self, **options) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="runner-crawler")
        self.thread.start()
        self.crawler = asyncio.run_coroutine_threadsafe(self._make(options), self.loop).result()

    async def _make(self, options) -> Crawler:
        return Crawler.from_settings(**options)

    def submit(self, coroutine) -> Future:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def fetch(self, url: str, timeout: float = 60.0):
        return self.submit(self.crawler.fetch(url)).result(timeout)

    def fetcher(self) -> CrawlerFetcher:
        return CrawlerFetcher(self.crawler, self.loop)

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self.crawler.aclose(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()
