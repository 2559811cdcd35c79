"""The HTTP crawler: ``await crawler.fetch(url)`` and ``crawler.crawl(urls)``, polite and safe by default.

Every hop of a redirect chain passes the SSRF guard and robots.txt; requests to one domain share an adaptive delay
and a concurrency cap; 429/503 wait for ``Retry-After``; a URL fetched once is served from the cache for ``ttl``.
"""

import asyncio
import ipaddress
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin, urlsplit

import httpx

from scraping.crawler.cache import URLCache, fingerprint
from scraping.crawler.errors import CrawlError, FetchFailed, RefusedURL, RobotsDisallowed, TooManyRedirects
from scraping.crawler.fetcher import Fetcher, FetcherConfig, RawResponse
from scraping.crawler.retry import RetryPolicy
from scraping.crawler.robots import RobotsCache, origin_of
from scraping.crawler.throttle import Throttle, ThrottleConfig
from scraping.urlsafety import UnsafeURLError, check_url

logger = logging.getLogger(__name__)

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
SESSION_RETIRING_STATUSES = frozenset({401, 403, 429})
GUARD_TTL = 300.0


@dataclass(frozen=True)
class CrawlResponse:
    """What came back for one URL (after redirects)."""

    url: str
    final_url: str
    status: int
    headers: httpx.Headers
    content: bytes
    elapsed: float
    from_cache: bool = False
    redirects: tuple[str, ...] = ()
    attempts: int = 1
    robots_checked: bool = True

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def text(self) -> str:
        charset = "utf-8"
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value:
                charset = value.strip("\"'")
        try:
            return self.content.decode(charset, errors="replace")
        except LookupError:
            return self.content.decode("utf-8", errors="replace")


@dataclass
class CrawlStats:
    requests: int = 0  # HTTP exchanges, retries and redirect hops included
    fetched: int = 0  # URLs answered from the network
    from_cache: int = 0
    retries: int = 0
    refused_robots: int = 0
    refused_unsafe: int = 0
    errors: int = 0
    bytes: int = 0
    statuses: Counter = field(default_factory=Counter)


def _default_allow_private() -> bool:
    try:
        from django.conf import settings

        return bool(getattr(settings, "ALLOW_PRIVATE_URLS", False))
    except Exception:  # Django not configured: the safe answer
        return False


class Crawler:
    """An async HTTP crawler for pages that need no browser. Use as ``async with Crawler(...) as crawler:``.

    ``allow_private`` defaults to ``settings.ALLOW_PRIVATE_URLS`` (False). ``respect_robots=False`` is for a recipe
    whose admin overrode robots.txt; responses then carry ``robots_checked=False`` so the override can be recorded.
    """

    def __init__(
        self,
        *,
        allow_private: bool | None = None,
        respect_robots: bool = True,
        user_agent: str | None = None,
        robots_agent: str = "InsightBot",
        max_bytes: int = 5 * 1024 * 1024,
        max_redirects: int = 5,
        timeout: float = 15.0,
        per_domain_concurrency: int = 8,
        target_concurrency: float = 4.0,
        start_delay: float = 0.25,
        min_delay: float = 0.0,
        max_delay: float = 30.0,
        cache_ttl: float = 3600.0,
        retry: RetryPolicy | None = None,
        max_connections: int = 100,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.allow_private = _default_allow_private() if allow_private is None else allow_private
        self.respect_robots = respect_robots
        self.max_redirects = max_redirects
        config = FetcherConfig(timeout=timeout, max_bytes=max_bytes, max_connections=max_connections)
        if user_agent:
            config.user_agent = user_agent
        self.fetcher = Fetcher(config, allow_private=self.allow_private, transport=transport)
        self.throttle = Throttle(
            ThrottleConfig(
                start_delay=start_delay,
                min_delay=min_delay,
                max_delay=max_delay,
                target_concurrency=target_concurrency,
                concurrency=per_domain_concurrency,
            )
        )
        self.retry = retry or RetryPolicy()
        self.cache = URLCache(ttl=cache_ttl)
        self.robots = RobotsCache(self._fetch_robots, user_agent=robots_agent)
        self.stats = CrawlStats()
        self.blocked_streak: Counter[str] = Counter()  # consecutive 401/403/429 per domain
        self._guarded: dict[tuple[str, int | None], tuple[float, str | None]] = {}
        self._inflight: dict[str, asyncio.Future] = {}
        self._crawl_delay_applied: set[str] = set()

    @classmethod
    def from_settings(cls, **overrides) -> "Crawler":
        """A crawler configured by the ``CRAWLER_*`` settings; keyword arguments win (e.g. a recipe's
        ``respect_robots=False``)."""
        from django.conf import settings

        options = {
            "allow_private": settings.ALLOW_PRIVATE_URLS,
            "user_agent": getattr(settings, "CRAWLER_USER_AGENT", "") or None,
            "timeout": getattr(settings, "CRAWLER_TIMEOUT", 15.0),
            "max_bytes": getattr(settings, "CRAWLER_MAX_BYTES", 5 * 1024 * 1024),
            "max_redirects": getattr(settings, "CRAWLER_MAX_REDIRECTS", 5),
            "per_domain_concurrency": getattr(settings, "CRAWLER_PER_DOMAIN_CONCURRENCY", 8),
            "target_concurrency": getattr(settings, "CRAWLER_TARGET_CONCURRENCY", 4.0),
            "start_delay": getattr(settings, "CRAWLER_START_DELAY", 0.25),
            "min_delay": getattr(settings, "CRAWLER_MIN_DELAY", 0.0),
            "max_delay": getattr(settings, "CRAWLER_MAX_DELAY", 30.0),
            "cache_ttl": getattr(settings, "CRAWLER_CACHE_TTL", 3600.0),
            "retry": RetryPolicy(max_retries=getattr(settings, "CRAWLER_MAX_RETRIES", 3)),
        }
        options.update(overrides)
        return cls(**options)

    async def __aenter__(self) -> "Crawler":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.fetcher.aclose()

    # --- public API -------------------------------------------------------------------------------------------
    async def fetch(
        self,
        url: str,
        *,
        method: str = "GET",
        headers: dict[str, str] | None = None,
        content: bytes | None = None,
        use_cache: bool = True,
        respect_robots: bool | None = None,
    ) -> CrawlResponse:
        """Fetch ``url``; raises a ``CrawlError`` subclass when refused or when the network keeps failing.

        HTTP error statuses are answers, not exceptions: a 404 or a final 429 comes back as a response.
        """
        key = fingerprint(url, method=method, body=content)
        if use_cache:
            cached = self.cache.get(key)
            if cached is not None:
                self.stats.from_cache += 1
                return replace(cached, url=url, from_cache=True)
            pending = self._inflight.get(key)
            if pending is not None:
                try:
                    response = await asyncio.shield(pending)
                except asyncio.CancelledError:
                    task = asyncio.current_task()
                    if not pending.cancelled() or (task is not None and task.cancelling()):
                        raise
                    # The caller that started this download was cancelled, not us: fetch it ourselves.
                    return await self.fetch(
                        url,
                        method=method,
                        headers=headers,
                        content=content,
                        use_cache=use_cache,
                        respect_robots=respect_robots,
                    )
                self.stats.from_cache += 1
                return replace(response, url=url, from_cache=True)
        future = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            response = await self._fetch_following(url, method, headers, content, respect_robots)
        except asyncio.CancelledError:
            future.cancel()
            raise
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark it retrieved: waiters re-raise it themselves
            raise
        finally:
            self._inflight.pop(key, None)
        future.set_result(response)
        if use_cache and method.upper() in ("GET", "HEAD") and (response.status < 400 or response.status in (404, 410)):
            self.cache.put(key, response)
        return response

    async def crawl(
        self, urls: Iterable[str], *, concurrency: int = 32, **fetch_options
    ) -> AsyncIterator[tuple[str, CrawlResponse | CrawlError]]:
        """Fetch many URLs, ``concurrency`` at a time overall (per-domain caps still apply), yielding
        ``(url, response or CrawlError)`` as each finishes. To stop early (pause, cancel), leave the loop inside
        ``contextlib.aclosing(crawler.crawl(...))``: closing the generator cancels the requests in flight."""
        source = iter(urls)
        pending: set[asyncio.Task] = set()

        async def one(url: str) -> tuple[str, CrawlResponse | CrawlError]:
            try:
                return url, await self.fetch(url, **fetch_options)
            except CrawlError as exc:
                return url, exc

        def top_up() -> None:
            while len(pending) < concurrency:
                url = next(source, None)
                if url is None:
                    return
                pending.add(asyncio.ensure_future(one(url)))

        top_up()
        try:
            while pending:
                done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    pending.discard(task)
                    yield task.result()
                top_up()
        finally:
            for task in pending:
                task.cancel()

    async def fetch_all(self, urls: Iterable[str], *, concurrency: int = 32, **fetch_options) -> dict:
        """``{url: response or CrawlError}`` for every URL."""
        return {url: result async for url, result in self.crawl(urls, concurrency=concurrency, **fetch_options)}

    def domain_delay(self, url: str) -> float:
        return self.throttle.delay(urlsplit(url).netloc.lower())

    def is_blocked(self, url: str, *, streak: int = 3) -> bool:
        """True after ``streak`` 401/403/429 answers in a row from ``url``'s domain: the task should say "blocked"
        rather than "no results"."""
        return self.blocked_streak[urlsplit(url).netloc.lower()] >= streak

    # --- internals ----------------------------------------------------------------------------------------------
    async def _fetch_following(
        self, url: str, method: str, headers: dict | None, content: bytes | None, respect_robots: bool | None
    ) -> CrawlResponse:
        robots = self.respect_robots if respect_robots is None else respect_robots
        current, seen, hops, attempts, elapsed = url, {url}, [], 0, 0.0
        for _ in range(self.max_redirects + 1):
            await self._guard(current)
            if robots:
                await self._check_robots(current)
            raw, tries = await self._exchange(method, current, headers, content)
            attempts += tries
            elapsed += raw.elapsed
            location = raw.headers.get("location")
            if raw.status in REDIRECT_STATUSES and location:
                target = urljoin(current, location)
                if target in seen:
                    raise TooManyRedirects(url, f"{url} redirects in a loop ({' -> '.join([*hops, current, target])}).")
                seen.add(target)
                hops.append(current)
                if raw.status == 303 or (raw.status in (301, 302) and method.upper() == "POST"):
                    method, content = "GET", None
                current = target
                continue
            self.stats.fetched += 1
            return CrawlResponse(
                url=url,
                final_url=current,
                status=raw.status,
                headers=raw.headers,
                content=raw.content,
                elapsed=elapsed,
                redirects=tuple(hops),
                attempts=attempts,
                robots_checked=robots,
            )
        raise TooManyRedirects(url, f"{url} needed more than {self.max_redirects} redirects; stopped.")

    async def _guard(self, url: str) -> None:
        parts = urlsplit(url)
        try:
            key = (parts.netloc.lower(), parts.port)
        except ValueError as exc:
            self.stats.refused_unsafe += 1
            raise RefusedURL(url, f"Malformed URL {url!r}: {exc}")
        known = self._guarded.get(key)
        now = time.monotonic()
        if known is None or known[0] < now:
            try:
                host_is_ip = _is_ip_literal(parts.hostname or "")
                if host_is_ip:
                    check_url(url, allow_private=self.allow_private)
                else:
                    await asyncio.to_thread(check_url, url, allow_private=self.allow_private)
                known = (now + GUARD_TTL, None)
            except UnsafeURLError as exc:
                logger.info("Refused %s: %s", url, exc)  # how the host resolves: for the log, not the task's viewers
                known = (now + GUARD_TTL, exc.public)
            self._guarded[key] = known
        if parts.scheme.lower() not in ("http", "https"):
            known = (known[0], f"Only http and https URLs are fetched, not {parts.scheme!r}.")
        if known[1] is not None:
            self.stats.refused_unsafe += 1
            hint = " (settings.ALLOW_PRIVATE_URLS allows internal hosts)" if "internal" in known[1] else ""
            raise RefusedURL(url, f"Refused {url}: {known[1]}{hint}")

    async def _check_robots(self, url: str) -> None:
        rules = await self.robots.rules_for(url)
        origin = origin_of(url)
        if origin not in self._crawl_delay_applied:
            self._crawl_delay_applied.add(origin)
            delay = rules.crawl_delay(self.robots.user_agent)
            if delay:
                self.throttle.set_min_delay(urlsplit(url).netloc.lower(), delay)
        if not rules.allows(url, self.robots.user_agent):
            self.stats.refused_robots += 1
            raise RobotsDisallowed(
                url, f"robots.txt of {origin} disallows {url} for {self.robots.user_agent}; not fetched."
            )

    async def _fetch_robots(self, robots_url: str) -> tuple[int, bytes]:
        """robots.txt, following up to five redirects (RFC 9309), each hop through the SSRF guard."""
        url = robots_url
        for _ in range(6):
            raw, _ = await self._exchange("GET", url, None, None, max_bytes=512 * 1024, retries=1)
            location = raw.headers.get("location")
            if raw.status not in REDIRECT_STATUSES or not location:
                return raw.status, raw.content
            url = urljoin(url, location)
            await self._guard(url)
        return 404, b""  # too many redirects: RFC 9309 treats robots.txt as unavailable (allow)

    async def _exchange(
        self,
        method: str,
        url: str,
        headers: dict | None,
        content: bytes | None,
        *,
        max_bytes: int | None = None,
        retries: int | None = None,
    ) -> tuple[RawResponse, int]:
        domain = urlsplit(url).netloc.lower()
        host = (urlsplit(url).hostname or "").lower()
        limit = self.retry.max_retries if retries is None else retries
        attempt = 0
        while True:
            async with self.throttle.slot(domain):
                self.stats.requests += 1
                started = time.perf_counter()
                try:
                    raw = await self.fetcher.request(method, url, headers=headers, content=content, max_bytes=max_bytes)
                except UnsafeURLError as exc:  # the connect-time guard: DNS changed since the URL was checked
                    self.stats.refused_unsafe += 1
                    logger.info("Refused %s at connect: %s", url, exc)
                    raise RefusedURL(url, f"Refused {url}: {exc.public}")
                except httpx.InvalidURL as exc:
                    self.stats.errors += 1
                    raise FetchFailed(url, f"{url} is not a URL httpx can request: {exc}")
                except httpx.HTTPError as exc:
                    self.throttle.record(domain, latency=time.perf_counter() - started, ok=False)
                    if attempt >= limit:
                        self.stats.errors += 1
                        raise FetchFailed(url, f"{url} failed after {attempt + 1} attempts: {exc!r}")
                    wait = self.retry.backoff(attempt)
                    raw = None
            if raw is None:
                attempt += 1
                self.stats.retries += 1
                await asyncio.sleep(wait)
                continue
            self.stats.bytes += len(raw.content)
            self.stats.statuses[raw.status] += 1
            self.throttle.record(domain, latency=raw.elapsed, ok=raw.status < 400)
            if raw.status in SESSION_RETIRING_STATUSES:
                self.blocked_streak[domain] += 1
                self.fetcher.forget_cookies(host)
            else:
                self.blocked_streak[domain] = 0
            if attempt < limit and raw.status in self.retry.retry_statuses:
                wait = self.retry.delay_for(attempt, raw.headers.get("retry-after"))
                if wait is not None:
                    self.throttle.hold_off(domain, wait)
                    attempt += 1
                    self.stats.retries += 1
                    continue
            return raw, attempt + 1


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
