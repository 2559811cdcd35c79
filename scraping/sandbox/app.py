"""Routing of the sandbox web and its misbehaving pages (slow, rate-limited, broken, huge, redirect loops)."""

import asyncio
import json
import random
import re
from collections import Counter
from functools import lru_cache
from html import escape

from scraping.sandbox import forum, maps, sites
from scraping.sandbox.dataset import businesses
from scraping.sandbox.layout import FILLER, json_ld, page
from scraping.sandbox.server import Request, Response

BENCH_PAGES = 100_000


@lru_cache(maxsize=4096)
def bench_page(n: int) -> bytes:
    """A realistic business page (~25 KB: navigation, prose, a phone, JSON-LD, links to other bench pages)."""
    pool = businesses()
    b = pool[n % len(pool)]
    links = "".join(f'<li><a href="/bench/{(n * 7 + i) % BENCH_PAGES}">Related {i}</a></li>' for i in range(1, 11))
    prose = "".join(f"<p>{escape(b.name)} — section {i}. {FILLER * 3}</p>" for i in range(18))
    body = (
        f'<header><a class="brand" href="/bench/{n}">{escape(b.name)}</a><nav><a href="/bench/{n}/about">About</a>'
        f'</nav></header><main><h1>{escape(b.name)}</h1><p class="call"><a href="tel:{b.phone_e164}">'
        f"{escape(b.phone_display)}</a></p>{prose}<ul>{links}</ul></main>"
        f"<footer>{escape(b.address)} · {escape(b.email)}</footer>"
    )
    return page(b.name, body, head=json_ld(b, url=f"https://{b.domain}/"))


BROKEN = (
    b"<html><head><title>Unclosed<body><div><p>Call <b>(416) 555-0199<table><tr><td>cell<div></span></html",
    b'<!DOCTYPE html><html><body><a href="tel:+14165550198>Call</a><p>text &amp &nbsp; &#xZZ;</p><<<>>>',
    b"\x00\xff\xfe<html><body>binary junk \xc3\x28 then text: 020 7946 0991</body>",
    b"",
)


class SandboxApp:
    """Routes requests to the sandbox sites and keeps the little state misbehaving pages need."""

    def __init__(self, *, latency_ms: float = 0, jitter_ms: float = 0, seed: int = 7) -> None:
        self.latency_ms = latency_ms
        self.jitter_ms = jitter_ms
        self.hits: Counter[str] = Counter()
        self._limited: Counter[str] = Counter()
        self._random = random.Random(seed)
        self._routes = [
            (re.compile(r"^/$"), self.index),
            (re.compile(r"^/robots\.txt$"), self.robots),
            (re.compile(r"^/maps/?$"), maps.home),
            (re.compile(r"^/maps/consent$"), maps.consent_page),
            (re.compile(r"^/maps/consent/save$"), maps.consent_save),
            (re.compile(r"^/maps/search$"), maps.search_page),
            (re.compile(r"^/maps/sorry$"), maps.unusual_traffic),
            (re.compile(r"^/maps/search/more$"), maps.search_more),
            (re.compile(r"^/maps/place/(?P<place_id>[0-9a-f]+)/phone\.png$"), maps.place_image),
            (re.compile(r"^/maps/place/(?P<place_id>[0-9a-f]+)(/[^/]*)?$"), maps.place_page),
            (re.compile(r"^/directory/?$"), sites.directory_home),
            (re.compile(r"^/directory/listing/(?P<listing_id>[0-9a-f]+)$"), sites.directory_detail),
            (re.compile(r"^/directory/search$"), sites.directory_search),
            (re.compile(r"^/directory/(?P<city_slug>[a-z-]+)/(?P<category>[a-z]+)$"), sites.directory_listing),
            (re.compile(r"^/directory/(?P<text>[^/]+)/?$"), sites.directory_search),  # free text: 'pizza+toronto'
            (re.compile(r"^/sites/(?P<slug>[a-z0-9-]+)(?P<rest>/.*)$"), sites.site),
            (re.compile(r"^/forum/(search)?$"), forum.thread_list),
            (re.compile(r"^/forum/thread/(?P<thread_id>t\d+)(/[^/]*)?$"), forum.thread_page),
            (re.compile(r"^/bench/(?P<n>\d+)(/about)?$"), self.bench),
            (re.compile(r"^/slow/(?P<ms>\d+)$"), self.slow),
            (re.compile(r"^/limited/(?P<key>[\w-]+)$"), self.limited),
            (re.compile(r"^/status/(?P<code>\d{3})$"), self.status),
            (re.compile(r"^/loop/(?P<name>[ab])$"), self.loop),
            (re.compile(r"^/redirect/(?P<n>\d+)$"), self.redirect_chain),
            (re.compile(r"^/huge$"), self.huge),
            (re.compile(r"^/redirect-to$"), self.redirect_to),
            (re.compile(r"^/refresh-to$"), self.refresh_to),
            (re.compile(r"^/broken/(?P<n>\d+)$"), self.broken),
            (re.compile(r"^/blocked/.*$"), self.blocked),
            (re.compile(r"^/cookies$"), self.cookies),
            (re.compile(r"^/storage$"), self.storage),
        ]

    async def handle(self, request: Request) -> Response:
        self.hits[request.path] += 1
        delay = self.latency_ms
        if "latency" in request.query:
            try:
                delay = float(request.query["latency"])
            except ValueError:
                pass
        elif self.jitter_ms:
            delay += self._random.uniform(-self.jitter_ms, self.jitter_ms)
        if delay > 0:
            await asyncio.sleep(delay / 1000)
        for pattern, handler in self._routes:
            match = pattern.match(request.path)
            if match:
                if request.path.startswith("/maps/") and not _consent_free(request.path):
                    if not maps.has_consent(request):
                        return maps.consent_redirect(request)
                result = handler(request, **{k: v for k, v in match.groupdict().items() if v is not None})
                return await result if asyncio.iscoroutine(result) else result
        return Response(404, page("Not found", "<h1>404 — nothing here</h1>"))

    def index(self, request: Request) -> Response:
        some = [b for b in businesses() if b.has_website][:12]
        sample_sites = "".join(f'<li><a href="{b.site_path}">{escape(b.name)}</a></li>' for b in some)
        body = (
            "<h1>Insight sandbox web</h1><p>Fictional sites for tests, benchmarks and the demo.</p><ul>"
            '<li><a href="/maps/search?q=coffee+toronto">Sandbox Maps: coffee in Toronto</a></li>'
            '<li><a href="/directory/">Business directory</a></li>'
            '<li><a href="/forum/">Small business forum</a></li>'
            f"</ul><h2>Business websites</h2><ul>{sample_sites}</ul>"
        )
        return Response(200, page("Insight sandbox", body))

    def robots(self, request: Request) -> Response:
        lines = ["User-agent: *", "Disallow: /blocked/", *sites.robots_lines(), "", "User-agent: BadBot", "Disallow: /"]
        return Response(200, ("\n".join(lines) + "\n").encode(), "text/plain")

    def bench(self, request: Request, n: str) -> Response:
        return Response(200, bench_page(int(n) % BENCH_PAGES))

    async def slow(self, request: Request, ms: str) -> Response:
        await asyncio.sleep(min(int(ms), 60_000) / 1000)
        return Response(200, page("Slow page", f"<h1>Slow page</h1><p>Answered after {int(ms)} ms.</p>"))

    def limited(self, request: Request, key: str) -> Response:
        """The first ``times`` requests per key get ``status`` (429 or 503) with ``Retry-After``, then 200."""
        times = int(request.query.get("times", "1"))
        status = 503 if request.query.get("status") == "503" else 429
        self._limited[key] += 1
        if self._limited[key] <= times:
            retry = request.query.get("retry_after", "1")
            return Response(status, b"Too many requests, slow down.", "text/plain", [("Retry-After", retry)])
        return Response(200, page("Allowed", f"<h1>Allowed after {times} refusals</h1>"))

    def status(self, request: Request, code: str) -> Response:
        return Response(int(code), page(f"Status {code}", f"<h1>Status {code}</h1>"))

    def loop(self, request: Request, name: str) -> Response:
        return Response(302, b"", headers=[("Location", "/loop/b" if name == "a" else "/loop/a")])

    def redirect_chain(self, request: Request, n: str) -> Response:
        if int(n) <= 0:
            return Response(200, page("Arrived", "<h1>End of the redirect chain</h1>"))
        return Response(302, b"", headers=[("Location", f"/redirect/{int(n) - 1}")])

    def redirect_to(self, request: Request) -> Response:
        """Redirect anywhere (``?url=``): how a hostile site tries to walk a crawler into internal addresses."""
        return Response(302, b"", headers=[("Location", request.query.get("url", "/"))])

    def refresh_to(self, request: Request) -> Response:
        """A 200 page that only refreshes to ``?url=`` (``<meta http-equiv="refresh">``), as DuckDuckGo's result
        links answer: an HTTP runner must follow it like a redirect, through its guards."""
        target = escape(request.query.get("url", "/"), quote=True)
        head = f'<meta http-equiv="refresh" content="0; url={target}">'
        return Response(200, page("Redirecting", f'<p><a href="{target}">Continue</a></p>', head=head))

    def huge(self, request: Request) -> Response:
        """``mb`` megabytes of HTML (default 50), streamed so the server never holds it in memory."""
        size = int(float(request.query.get("mb", "50")) * 1024 * 1024)
        chunk = (b"<p>" + FILLER.encode() * 200 + b"</p>\n")[: 64 * 1024]

        def chunks():
            sent = 0
            while sent < size:
                part = chunk[: size - sent]
                sent += len(part)
                yield part

        # ?length=0 leaves Content-Length out, so only a streaming size cap can stop the download
        return Response(200, chunks(), length=None if request.query.get("length") == "0" else size)

    def broken(self, request: Request, n: str) -> Response:
        return Response(200, BROKEN[int(n) % len(BROKEN)])

    def blocked(self, request: Request) -> Response:
        return Response(200, page("Disallowed", "<h1>robots.txt disallows this page</h1>"))

    def cookies(self, request: Request) -> Response:
        headers = []
        if "set" in request.query:
            headers.append(("Set-Cookie", f"{request.query['set']}; Path=/"))
        return Response(200, json.dumps(request.cookies).encode(), "application/json", headers)

    def storage(self, request: Request) -> Response:
        return Response(200, page("Storage", "<h1>Storage probe</h1>"))


def _consent_free(path: str) -> bool:
    return path.startswith("/maps/consent") or path.endswith(".png")
