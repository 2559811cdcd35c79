"""What every conversation source shares: the Post and Page shapes, HTTP with rate limits, the errors."""

import json
import re
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html import unescape
from typing import Any

import httpx
from django.conf import settings
from django.core.cache import cache

from scraping.crawler.guard import guarded_client
from scraping.urlsafety import UnsafeURLError, check_url

DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
USER_AGENT = "python:insight-monitor:1.0 (by /u/insight-example)"


@dataclass
class Post:
    """One post or comment as a source gave it, in our words."""

    source: str
    external_id: str
    url: str
    author: str
    text: str
    published_at: datetime | None
    title: str = ""
    author_handle: str = ""
    language: str = ""
    subreddit: str = ""
    raw: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["published_at"] = self.published_at.isoformat() if self.published_at else None
        return data


@dataclass
class Page:
    """One request's worth of posts (newest first) and the cursor to continue from."""

    posts: list[Post]
    next_cursor: dict
    done: bool = True  # no older page is left to read in this walk
    warning: str = ""  # the source works, but reads less than it could (e.g. "search needs an access token ...")


class SourceError(Exception):
    """The source failed (network, 5xx, unexpected status); try again later."""


class MalformedResponse(SourceError):
    """The source answered, but not in the documented shape."""


class SourceBlocked(SourceError):
    """The source refused us (401/403, ``status``) or cannot be used as configured (``status`` None)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class RateLimited(SourceError):
    """The source asked us to wait ``wait`` seconds."""

    def __init__(self, message: str, wait: float) -> None:
        super().__init__(message)
        self.wait = wait


_TAGS = re.compile(r"<[^>]+>")
_BREAKS = re.compile(r"<br\s*/?>|</p>", re.I)


def html_to_text(html: str) -> str:
    """Plain text of a post body a source sends as HTML (Mastodon, RSS/Atom, Hacker News): tags dropped, line breaks
    kept, entities decoded."""
    return unescape(_TAGS.sub("", _BREAKS.sub("\n", html or ""))).strip()


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 strings, epoch seconds or RFC 2822 dates to aware datetimes; None when absent or unreadable."""
    if value in (None, ""):
        return None
    try:
        if isinstance(value, int | float):
            return datetime.fromtimestamp(float(value), tz=UTC)
        text = str(value).strip()
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            parsed = parsedate_to_datetime(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _header(response: httpx.Response, *names: str) -> str | None:
    return next((response.headers[n] for n in names if n in response.headers), None)


def rate_limit_wait(response: httpx.Response, now: float | None = None) -> float | None:
    """Seconds the source asks us to wait: Retry-After, or x-ratelimit-reset when nothing remains."""
    now = time.time() if now is None else now
    retry_after = response.headers.get("retry-after")
    if retry_after:
        seconds = _float(retry_after)
        if seconds is None:
            date = parse_time(retry_after)
            seconds = date.timestamp() - now if date else None
        if seconds is not None:
            return max(seconds, 1.0)
    # Reddit: x-ratelimit-*, X: x-rate-limit-*, Bluesky: ratelimit-* (the IETF draft names).
    remaining = _float(_header(response, "x-ratelimit-remaining", "x-rate-limit-remaining", "ratelimit-remaining"))
    reset = _float(_header(response, "x-ratelimit-reset", "x-rate-limit-reset", "ratelimit-reset"))
    if reset is not None and (response.status_code == 429 or (remaining is not None and remaining < 1)):
        # Reddit sends seconds until reset; X and Bluesky send an epoch timestamp.
        return max(reset - now if reset > 1_000_000_000 else reset, 1.0)
    if response.status_code == 429:
        return 60.0
    return None


class SourceAdapter:
    """A conversation source. Subclasses implement ``request_page``; ``fetch`` walks newest-first pages.

    The cursor is ``{"since": newest timestamp already read, "page": token of the next older page, "top": newest
    timestamp of the walk in progress}``: a walk reads pages until it reaches posts not newer than ``since``.
    """

    name = ""
    label = ""
    page_size = 50

    def __init__(self, config: dict | None = None, *, query: str = "", client: httpx.Client | None = None) -> None:
        self.config = config or {}
        self.query = query
        self.allow_private = bool(getattr(settings, "ALLOW_PRIVATE_URLS", False))
        self.client = client or guarded_client(
            allow_private=self.allow_private, timeout=DEFAULT_TIMEOUT, headers={"User-Agent": USER_AGENT}
        )

    def close(self) -> None:
        self.client.close()

    # --- HTTP ---------------------------------------------------------------------------------------------------

    def budget(self) -> tuple[str, int] | None:
        """(key, requests per minute) shared by every worker using the same credentials; None: no budget."""
        return None

    def spend_budget(self) -> None:
        budget = self.budget()
        if budget is None:
            return
        key, per_minute = budget
        now = time.time()
        slot = f"source-budget:{key}:{int(now // 60)}"
        cache.add(slot, 0, 90)
        try:
            used = cache.incr(slot)
        except ValueError:  # expired between add and incr
            cache.add(slot, 1, 90)
            used = 1
        if used > per_minute:
            wait = 60 - now % 60
            raise RateLimited(f"{self.label}: our budget of {per_minute} requests a minute is spent", wait)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            check_url(url, allow_private=self.allow_private)
        except UnsafeURLError as exc:
            raise SourceBlocked(f"{self.label}: {exc}") from exc
        self.spend_budget()
        try:
            response = self.client.request(method, url, **kwargs)
        except UnsafeURLError as exc:  # DNS answered differently when the connection was made
            raise SourceBlocked(f"{self.label}: {exc}") from exc
        except httpx.HTTPError as exc:
            raise SourceError(f"{self.label} could not be reached: {exc.__class__.__name__}: {exc}") from exc
        if response.status_code == 429:
            wait = rate_limit_wait(response) or 60.0
            raise RateLimited(f"{self.label} is rate limiting us; retry in {wait:.0f} s", wait)
        if response.status_code in (401, 403):
            raise SourceBlocked(
                f"{self.label} refused the request (HTTP {response.status_code}); check credentials",
                response.status_code,
            )
        if response.status_code >= 400 and response.status_code != 304:
            raise SourceError(f"{self.label} answered HTTP {response.status_code}")
        self.last_rate_wait = rate_limit_wait(response)
        return response

    def get_json(self, url: str, **kwargs: Any) -> Any:
        return self.decode_json(self.request("GET", url, **kwargs).content)

    def decode_json(self, body: bytes) -> Any:
        """A response body as JSON, or MalformedResponse quoting its start."""
        try:
            return json.loads(body)
        except ValueError as exc:
            start = body[:80].decode("utf-8", "replace")
            raise MalformedResponse(f"{self.label} sent a response that is not JSON: {start!r}") from exc

    def parse_body(self, body: bytes, *, url: str = "") -> list[Post]:
        """The posts in ONE saved response body (``url``: where it was fetched from, when the shape depends on it),
        read by the same code as a live request (``parse_page`` for the JSON APIs)."""
        return self.parse_page(self.decode_json(body))[0]

    def parse_page(self, data: object) -> tuple[list[Post], str | None]:
        """Posts and the next page's token of one decoded JSON response."""
        raise NotImplementedError(f"{self.label or type(self).__name__} cannot read a saved response body")

    def malformed(self, what: str) -> MalformedResponse:
        return MalformedResponse(f"{self.label} response is missing {what}")

    # --- Paging -------------------------------------------------------------------------------------------------

    def request_page(self, page_token: str | None, since: float) -> tuple[list[Post], str | None]:
        """One request: posts newest first and the token of the next (older) page, or None."""
        raise NotImplementedError

    def fetch(self, cursor: dict | None) -> Page:
        cursor = dict(cursor or {})
        since = float(cursor.get("since") or 0)
        top = float(cursor.get("top") or since)
        posts, token = self.request_page(cursor.get("page"), since)
        # Equal timestamps are read again (the monitor's seen-post table drops repeats) so none is lost.
        fresh = [p for p in posts if p.published_at is None or p.published_at.timestamp() >= since]
        for post in fresh:
            if post.published_at:
                top = max(top, post.published_at.timestamp())
        reached_old = len(fresh) < len(posts)
        if token and since and not reached_old:
            return Page(fresh, {"since": since, "top": top, "page": token}, done=False)
        # Walk finished; a monitor's first poll reads the newest page only, never the whole history.
        return Page(fresh, {"since": top}, done=True)
