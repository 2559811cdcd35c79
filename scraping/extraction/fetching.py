"""Fetching pages for the crawl and OCR layers: a pluggable callable plus a safe httpx default.

A fetcher is any ``Callable[[str], FetchResult | None]``; the scraping runtime can plug its own crawler in.
"""

import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from scraping.crawler.guard import guarded_client
from scraping.extraction.urls import safe_join
from scraping.urlsafety import UnsafeURLError, check_url

USER_AGENT = "InsightBot/0.1 (+contact extraction; respects robots.txt)"


@dataclass
class FetchResult:
    url: str
    status: int
    content_type: str
    body: bytes


Fetcher = Callable[[str], FetchResult | None]


class HttpxFetcher:
    """GET with robots.txt respected, the SSRF guard on every hop (redirects included), size and time limits."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        timeout: float = 10.0,
        max_bytes: int = 2 * 1024 * 1024,
        respect_robots: bool = True,
        user_agent: str = USER_AGENT,
        max_redirects: int = 5,
    ) -> None:
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.respect_robots = respect_robots
        self.user_agent = user_agent
        self.max_redirects = max_redirects
        self.client = guarded_client(
            allow_private=allow_private, timeout=timeout, follow_redirects=False, headers={"User-Agent": user_agent}
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.refused: list[str] = []

    def close(self) -> None:
        self.client.close()

    def __call__(self, url: str) -> FetchResult | None:
        try:
            check_url(url, allow_private=self.allow_private)
        except UnsafeURLError as exc:
            self.refused.append(str(exc))
            return None
        if self.respect_robots and not self.allowed_by_robots(url):
            self.refused.append(f"robots.txt disallows {url}")
            return None
        return self._get(url)

    def _get(self, url: str) -> FetchResult | None:
        for _ in range(self.max_redirects + 1):
            try:
                check_url(url, allow_private=self.allow_private)
            except UnsafeURLError as exc:
                self.refused.append(str(exc))
                return None
            try:
                with self.client.stream("GET", url) as response:
                    if response.is_redirect and "location" in response.headers:
                        target = safe_join(url, response.headers["location"])
                        if target is None:
                            self.refused.append(f"{url}: redirect to an unusable location")
                            return None
                        url = target
                        continue
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > self.max_bytes:
                            break
                    return FetchResult(
                        url=str(response.url),
                        status=response.status_code,
                        content_type=response.headers.get("content-type", ""),
                        body=bytes(body[: self.max_bytes]),
                    )
            except UnsafeURLError as exc:  # DNS answered differently when the connection was made
                self.refused.append(str(exc))
                return None
            except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
                self.refused.append(f"{url}: {exc.__class__.__name__}")
                return None
        self.refused.append(f"{url}: too many redirects")
        return None

    def allowed_by_robots(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = None
            result = self._get(origin + "/robots.txt")
            if result is not None and result.status < 400:
                parser = urllib.robotparser.RobotFileParser()
                parser.parse(result.body.decode("utf-8", "replace").splitlines())
            elif result is not None and result.status in (401, 403):
                parser = urllib.robotparser.RobotFileParser()
                parser.disallow_all = True
            self._robots[origin] = parser
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(self.user_agent, url)
