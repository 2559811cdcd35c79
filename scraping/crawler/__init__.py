"""HTTP crawler for pages that need no browser: pooled async httpx, per-domain AutoThrottle, robots.txt, retries,
a URL cache and the SSRF guard."""

from scraping.crawler.crawler import Crawler, CrawlResponse, CrawlStats
from scraping.crawler.errors import (
    CrawlError,
    FetchFailed,
    RefusedURL,
    ResponseTooLarge,
    RobotsDisallowed,
    TooManyRedirects,
)
from scraping.crawler.retry import RetryPolicy

__all__ = [
    "CrawlError",
    "CrawlResponse",
    "CrawlStats",
    "Crawler",
    "FetchFailed",
    "RefusedURL",
    "ResponseTooLarge",
    "RetryPolicy",
    "RobotsDisallowed",
    "TooManyRedirects",
]
