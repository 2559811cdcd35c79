"""RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds with conditional GET (ETag / Last-Modified); a 304 costs nothing.

Config: ``{"source": "rss", "urls": ["https://forum.example.org/latest.rss"]}``. The adapter fetches each feed through
its guarded client and hands the bytes to feedparser, which reads every feed format, recovers what it can from
ill-formed XML and never fetches anything itself (no URLs, no external entities). Each feed stands on its own: one
that fails is recorded against its URL in :attr:`RssAdapter.feed_health` (and backs off), the others are still read.
"""

import calendar
import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import feedparser

from scraping.sources.base import (
    MalformedResponse,
    Page,
    Post,
    RateLimited,
    SourceAdapter,
    SourceBlocked,
    SourceError,
    html_to_text,
)
from scraping.urlsafety import shown_error

FEED_RETRY_BASE = timedelta(minutes=10)  # a failing feed waits 10 min, 20, 40… up to FEED_RETRY_MAX
FEED_RETRY_MAX = timedelta(hours=6)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def _as_text(detail: dict | None, fallback: str = "") -> str:
    """The plain text of a feedparser ``*_detail`` (title, summary, content): HTML and XHTML lose their tags."""
    if not detail:
        return fallback.strip()
    value = detail.get("value") or ""
    return html_to_text(value) if detail.get("type") in _HTML_TYPES else value.strip()


def unwrap_redirect(link: str) -> str:
    """The target of a Google redirect (``https://www.google.com/url?...&url=<target>``, as Google Alerts links)."""
    parts = urlsplit(link)
    host = (parts.hostname or "").lower()
    if parts.path == "/url" and (host == "google.com" or host.startswith("www.google.")):
        params = parse_qs(parts.query)
        target = (params.get("url") or params.get("q") or [""])[0]
        if urlsplit(target).scheme in ("http", "https"):
            return target
    return link


def _link(entry: dict) -> str:
    """The post's own address: FeedBurner's original link, else the alternate link (or a permalink guid)."""
    for link in (entry.get("feedburner_origlink"), entry.get("link")):
        if link and urlsplit(link).scheme in ("http", "https"):
            return unwrap_redirect(link)
    for link in entry.get("links") or []:  # an entry linked only through an enclosure or another rel
        href = link.get("href") or ""
        if urlsplit(href).scheme in ("http", "https"):
            return unwrap_redirect(href)
    return ""


def _digest(*parts: str) -> str:
    """A stable id for an entry with neither an id nor a link."""
    return "sha1:" + hashlib.sha1("\n".join(parts).encode()).hexdigest()  # noqa: S324 - an id, not a secret


def _author(entry: dict, feed: dict) -> str:
    """The entry's author, else the feed's (Atom inherits the feed author); a name rather than an address."""
    for holder in (entry, feed):
        detail = holder.get("author_detail") or {}
        name = detail.get("name") or holder.get("author") or ""
        if name.strip():
            return name.strip()
    return ""


def _time(entry: dict) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("created_parsed")
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC) if parsed else None


def _body(entry: dict) -> str:
    """The whole post: the longest of ``content:encoded`` / Atom content and the summary (WordPress puts an excerpt in
    the summary, podcasts a short line in ``content:encoded`` and the episode notes in ``itunes:summary``)."""
    texts = [_as_text(content) for content in entry.get("content") or []]
    summary = entry.get("summary_detail") or {"type": "text/html"}  # feedparser's summary without detail is HTML
    texts.append(_as_text({**summary, "value": summary.get("value") or entry.get("summary") or ""}))
    return max(texts, key=len)


class RssAdapter(SourceAdapter):
    name = "rss"
    label = "RSS feed"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.feed_health: dict[str, dict] = {}  # feed URL -> its state after the last fetch (shown per feed)

    def urls(self) -> list[str]:
        urls = self.config.get("urls") or ([self.config["url"]] if self.config.get("url") else [])
        if not urls:
            raise self.malformed("feed URLs in the monitor's RSS source")
        return urls

    def parse_body(self, body: bytes, *, url: str = "") -> list[Post]:
        """The posts of one feed body; ``url`` is where it came from (relative links resolve against it)."""
        parsed = feedparser.parse(body, response_headers={"content-location": url} if url else {})
        if not parsed.entries and (parsed.bozo or not parsed.version):
            reason = parsed.get("bozo_exception") or "no RSS, RDF or Atom root"
            raise MalformedResponse(f"{self.label} at {url or 'this address'} is not a feed we can read ({reason})")
        feed_link = _link(parsed.feed) or (url if urlsplit(url).scheme in ("http", "https") else "")
        posts = []
        for entry in parsed.entries:
            own_link = _link(entry)
            title, text = _as_text(entry.get("title_detail"), entry.get("title") or ""), _body(entry)
            posts.append(
                Post(
                    source=self.name,
                    external_id=(entry.get("id") or "").strip() or own_link or _digest(url, title, text),
                    url=own_link or feed_link,  # an entry without a link of its own is read on the feed's page
                    author=_author(entry, parsed.feed),
                    title=title,
                    text=text,
                    published_at=_time(entry),
                    language=(entry.get("language") or parsed.feed.get("language") or "")[:16],
                    raw={"feed": url},
                )
            )
        return posts

    def fetch_feed(self, url: str, previous: dict) -> tuple[list[Post], dict]:
        """One feed's new posts and its state (validators for the next conditional GET)."""
        headers = {}
        if previous.get("etag"):
            headers["If-None-Match"] = previous["etag"]
        if previous.get("last_modified"):
            headers["If-Modified-Since"] = previous["last_modified"]
        response = self.request("GET", url, headers=headers)
        if response.status_code == 304:
            return [], previous
        posts = self.parse_body(response.content, url=str(response.url) or url)
        validators = {
            "etag": response.headers.get("etag", ""),
            "last_modified": response.headers.get("last-modified", ""),
        }
        return posts, validators

    def fetch(self, cursor: dict | None) -> Page:
        """Every due feed, each on its own; raises only when every feed tried failed (the source is down)."""
        state = dict((cursor or {}).get("feeds") or {})
        now = datetime.now(tz=UTC)
        posts: list[Post] = []
        errors: list[SourceError] = []
        tried = 0
        for url in self.urls():
            previous = state.get(url) or {}
            retry = previous.get("next_retry_at")
            if retry and datetime.fromisoformat(retry) > now:
                self.feed_health[url] = _feed_health(previous)
                continue
            tried += 1
            try:
                read, validators = self.fetch_feed(url, previous)
            except SourceError as exc:
                errors.append(exc)
                state[url] = _feed_failed(previous, exc, now)
            else:
                posts.extend(read)
                state[url] = {"etag": validators.get("etag", ""), "last_modified": validators.get("last_modified", "")}
                state[url] |= {"status": "ok", "last_ok_at": now.isoformat(), "posts_read": len(read)}
            self.feed_health[url] = _feed_health(state[url])
        if errors and len(errors) == tried:
            raise errors[0] if len(errors) == 1 else SourceError(_all_failed(errors))
        failing = [f"{url}: {h['last_error']}" for url, h in self.feed_health.items() if h.get("status") != "ok"]
        warning = f"{len(failing)} of {len(self.feed_health)} feeds failing: " + "; ".join(failing) if failing else ""
        return Page(posts, {"feeds": state}, done=True, warning=warning)


def _feed_failed(previous: dict, exc: SourceError, now: datetime) -> dict:
    """A feed's state after a failure: the reason and when to try it again (doubling waits)."""
    failures = int(previous.get("consecutive_failures", 0)) + 1
    wait = min(FEED_RETRY_BASE * 2 ** (failures - 1), FEED_RETRY_MAX)
    if isinstance(exc, RateLimited):
        wait = max(wait, timedelta(seconds=exc.wait))
    blocked = isinstance(exc, SourceBlocked)
    if blocked and exc.status is None:  # an internal address or a refused configuration: retrying will not help
        wait = FEED_RETRY_MAX
    return {
        **previous,
        "status": "blocked" if blocked else "rate_limited" if isinstance(exc, RateLimited) else "error",
        "last_error": shown_error(exc),
        "last_error_at": now.isoformat(),
        "consecutive_failures": failures,
        "next_retry_at": (now + wait).isoformat(),
    }


def _feed_health(state: dict) -> dict:
    """What the monitor shows of a feed: its state without the conditional GET validators."""
    return {k: v for k, v in state.items() if k not in ("etag", "last_modified")}


def _all_failed(errors: list[SourceError]) -> str:
    return f"all {len(errors)} feeds failed: " + "; ".join(shown_error(e) for e in errors)
