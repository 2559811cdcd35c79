"""One threaded HTTP server answering like Reddit, HN Algolia, Bluesky, Mastodon, RSS/Atom feeds and X.

Paths follow the real APIs, so pointing ``REDDIT_BASE_URL`` etc. at it runs the real clients unchanged.
"""

import base64
import hashlib
import json
import re
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from insight.testing.fake_server import FakeServer
from scraping.fakes import shapes
from scraping.fakes.state import FakeState

REDDIT_TOKEN = "fake-reddit-token"  # noqa: S105 - fake server credential
REDDIT_CLIENT = ("fake-client-id", "fake-client-secret")
X_TOKEN = "fake-x-bearer"  # noqa: S105 - fake server credential
MASTODON_TOKEN = "fake-mastodon-token"  # noqa: S105 - fake server credential
BLUESKY_ACCOUNT = ("fictional.bsky.example", "fake-app-password")
BLUESKY_JWT = "fake-bluesky-access-jwt"  # noqa: S105 - fake server credential

_ROUTES = [
    ("reddit", re.compile(r"^/api/v1/access_token$")),
    ("reddit", re.compile(r"^/(?:r/(?P<subs>[\w+]+)/)?(?P<kind>search|new)(?P<json>\.json)?$")),
    ("hackernews", re.compile(r"^/api/v1/search(?:_by_date)?$")),
    ("bluesky", re.compile(r"^(?P<pds>/pds)?/xrpc/(?P<method>[\w.]+)$")),  # /pds: the account's own server
    ("mastodon", re.compile(r"^/api/v1/timelines/tag/(?P<tag>\w+)$|^/api/v2/search$")),
    ("rss", re.compile(r"^/feeds/(?P<name>[\w-]+)\.(?P<fmt>rss|atom|rdf)$")),
    ("x", re.compile(r"^/2/tweets/search/recent$")),
]


def _int(params: dict, name: str, default: int, low: int = 1, high: int = 100) -> int:
    try:
        return max(low, min(high, int(params.get(name, [default])[0])))
    except ValueError:
        return default


class FakeSourceHandler(BaseHTTPRequestHandler):
    state: FakeState  # set on the subclass made by make_server

    def log_message(self, format, *args):  # noqa: A002 - quiet test output
        pass

    def do_GET(self):
        self.route()

    def do_POST(self):
        self.route()

    # --- plumbing -----------------------------------------------------------------------------------------------

    def send(self, status: int, body: object, headers: dict | None = None, content_type: str = "application/json"):
        raw = body if isinstance(body, bytes) else (body if isinstance(body, str) else json.dumps(body)).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(raw)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(raw)

    def route(self):
        parts = urlsplit(self.path)
        self.params = parse_qs(parts.query)
        self.base = f"http://{self.headers.get('Host', '127.0.0.1')}"
        for source, pattern in _ROUTES:
            match = pattern.match(parts.path)
            if match:
                with self.state.lock:
                    self.state.requests.append((source, self.path, dict(self.headers)))
                if self.failure(source):
                    return
                return getattr(self, source)(match)
        self.send(404, {"error": "NotFound", "message": f"No route {parts.path}"})

    def failure(self, source: str) -> bool:
        mode = self.state.modes.get(source, "ok")
        if mode == "429":
            reset = str(self.state.retry_after)
            headers = {"Retry-After": reset, "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset}
            self.send(429, {"error": 429, "message": "Too Many Requests"}, headers)
        elif mode == "malformed":
            self.send(200, b'{"data": {"children": [ oops this is not json')
        elif mode == "wrong_shape":
            self.send(200, {"message": "valid JSON, but not this API's shape"})
        elif mode == "500":
            self.send(500, {"error": "Internal Server Error"})
        elif mode == "403":
            self.send(403, {"message": "Forbidden", "error": 403})
        else:
            return False
        return True

    def bearer(self) -> str:
        auth = self.headers.get("Authorization", "")
        return auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else ""

    # --- sources ------------------------------------------------------------------------------------------------

    def reddit(self, match):
        if self.path.startswith("/api/v1/access_token"):
            expected = base64.b64encode(":".join(REDDIT_CLIENT).encode()).decode()
            if self.headers.get("Authorization") != f"Basic {expected}":
                return self.send(401, {"message": "Unauthorized", "error": 401})
            return self.send(200, {"access_token": REDDIT_TOKEN, "token_type": "bearer", "expires_in": 86400})
        if not match.group("json") and self.bearer() != REDDIT_TOKEN:
            return self.send(401, {"message": "Unauthorized", "error": 401})  # oauth.reddit.com needs the token
        posts = self.state.newest_first("reddit")
        if match.group("subs"):
            wanted = {s.lower() for s in match.group("subs").split("+")}
            posts = [p for p in posts if p.subreddit.lower() in wanted]
        after = self.params.get("after", [""])[0]
        if after:
            ids = [f"t3_{p.id}" for p in posts]
            posts = posts[ids.index(after) + 1 :] if after in ids else []
        limit = _int(self.params, "limit", 25)
        page, rest = posts[:limit], posts[limit:]
        headers = {"x-ratelimit-remaining": "99.0", "x-ratelimit-used": "1", "x-ratelimit-reset": "540"}
        self.send(200, shapes.reddit_listing(page, f"t3_{page[-1].id}" if rest and page else None), headers)

    def hackernews(self, match):
        posts = self.state.newest_first("hackernews")
        for flt in self.params.get("numericFilters", [""])[0].split(","):
            found = re.match(r"created_at_i(>=|>)(\d+)", flt.strip())
            if found:
                bound = int(found.group(2))
                posts = [p for p in posts if (p.created >= bound if found.group(1) == ">=" else p.created > bound)]
        per_page = _int(self.params, "hitsPerPage", 20, high=1000)
        page = _int(self.params, "page", 0, low=0, high=10_000)
        pages = (len(posts) + per_page - 1) // per_page
        chunk = posts[page * per_page : (page + 1) * per_page]
        query = self.params.get("query", [""])[0]
        self.send(200, shapes.hn_search(chunk, page, pages, per_page, len(posts), query))

    def bluesky(self, match):
        if match.group("pds") and match.group("method") == "com.atproto.server.createSession":
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
            if (body.get("identifier"), body.get("password")) != BLUESKY_ACCOUNT:
                return self.send(401, {"error": "AuthenticationRequired", "message": "Invalid identifier or password"})
            did = "did:plc:fictionalaccount"
            session = {"did": did, "handle": BLUESKY_ACCOUNT[0], "accessJwt": BLUESKY_JWT, "refreshJwt": "fake-refresh"}
            return self.send(200, session)
        if match.group("pds") or match.group("method") != "app.bsky.feed.searchPosts":
            return self.send(501, {"error": "MethodNotImplemented", "message": "Method Not Implemented"})
        if not self.params.get("q", [""])[0]:
            return self.send(400, {"error": "InvalidRequest", "message": 'Error: Params must have the property "q"'})
        if self.params.get("cursor") and self.bearer() != BLUESKY_JWT:
            # The public AppView refuses anonymous searches that page on.
            return self.send(403, {"error": "Forbidden", "message": "Request forbidden"})
        posts = self.state.newest_first("bluesky")
        start = _int(self.params, "cursor", 0, low=0, high=1_000_000)
        limit = _int(self.params, "limit", 25)
        chunk = posts[start : start + limit]
        body = {"hitsTotal": len(posts), "posts": [shapes.bluesky_post_view(p) for p in chunk]}
        if start + limit < len(posts):
            body["cursor"] = str(start + limit)
        reset = str(int(time.time()) + 300)
        self.send(200, body, {"ratelimit-limit": "3000", "ratelimit-remaining": "2999", "ratelimit-reset": reset})

    def mastodon(self, match):
        posts = self.state.newest_first("mastodon")
        tag = match.group("tag")
        if tag:
            posts = [p for p in posts if tag.lower() in (t.lower() for t in p.tags)]
        limit = _int(self.params, "limit", 20, high=40)
        key = lambda i: (len(i), i)  # noqa: E731 - Mastodon ids are numeric strings
        if self.params.get("max_id"):
            posts = [p for p in posts if key(p.id) < key(self.params["max_id"][0])]
        if self.params.get("since_id"):
            posts = [p for p in posts if key(p.id) > key(self.params["since_id"][0])]
        if self.params.get("min_id"):
            # The page right after min_id: the oldest ``limit`` newer posts, still newest first.
            posts = [p for p in posts if key(p.id) > key(self.params["min_id"][0])][-limit:]
        chunk = posts[:limit]
        statuses = [shapes.mastodon_status(p, self.base) for p in chunk]
        if tag:
            headers = {}
            if chunk:
                path = f"{self.base}/api/v1/timelines/tag/{tag}"
                headers["Link"] = (
                    f'<{path}?max_id={chunk[-1].id}>; rel="next", <{path}?min_id={chunk[0].id}>; rel="prev"'
                )
            return self.send(200, statuses, headers)
        # Statuses are searchable only for a logged-in account: anonymous search finds none, without an error.
        found = statuses if self.bearer() == MASTODON_TOKEN else []
        self.send(200, {"accounts": [], "statuses": found, "hashtags": []})

    def rss(self, match):
        """A feed per name: ``modes["rss:<name>"]`` makes that feed alone fail (``modes["rss"]``: every feed)."""
        if self.failure(f"rss:{match.group('name')}"):
            return
        posts = self.state.newest_first("rss")
        render, content_type = {
            "atom": (shapes.atom_feed, "application/atom+xml"),
            "rdf": (shapes.rdf_feed, "application/rdf+xml"),
            "rss": (shapes.rss_feed, "application/rss+xml"),
        }[match.group("fmt")]
        body = render(posts, self.base)
        etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:16] + '"'
        last_modified = "Sat, 21 Nov 2026 10:00:00 GMT"
        if self.headers.get("If-None-Match") == etag:
            return self.send(304, b"", {"ETag": etag, "Last-Modified": last_modified})
        self.send(200, body, {"ETag": etag, "Last-Modified": last_modified}, content_type)

    def x(self, match):
        if self.bearer() != X_TOKEN:
            return self.send(
                401, {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
            )
        posts = self.state.newest_first("x")
        limit = _int(self.params, "max_results", 10, low=10, high=100)
        start = int(self.params.get("next_token", ["0"])[0].removeprefix("page-") or 0)
        chunk = posts[start : start + limit]
        token = f"page-{start + limit}" if start + limit < len(posts) else None
        reset = str(int(time.time()) + 900)
        headers = {"x-rate-limit-limit": "450", "x-rate-limit-remaining": "449", "x-rate-limit-reset": reset}
        self.send(200, shapes.x_search(chunk, token), headers)


class FakeSources(FakeServer):
    """Reddit, Hacker News, Bluesky, Mastodon, RSS and X on a local port; ``state`` holds their posts."""

    handler = FakeSourceHandler
    thread_name = "fake-sources"

    def settings(self) -> dict:
        """Settings that point every client at this server (tests pass them to override_settings)."""
        return {
            "REDDIT_BASE_URL": self.url,
            "REDDIT_OAUTH_URL": self.url,
            "HN_SEARCH_BASE_URL": f"{self.url}/api/v1",
            "BLUESKY_BASE_URL": self.url,
            "BLUESKY_SESSION_URL": f"{self.url}/pds",
            "X_API_BASE_URL": self.url,
            "X_BEARER_TOKEN": X_TOKEN,
            "ALLOW_PRIVATE_URLS": True,
        }
