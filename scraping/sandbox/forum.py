"""A small discussion forum without an API: a thread list with search, and thread pages with fictional posts.

Conversation monitors read it through the shipped ``sandbox_forum`` http recipe. Every handle and business is made
up; ``THREADS`` is a module-level list so tests can append a thread and see a re-poll pick it up.
"""

import re
from dataclasses import dataclass, field
from html import escape

from scraping.sandbox.layout import page
from scraping.sandbox.server import Request, Response

THREADS_PER_PAGE = 10
_STOP_WORDS = frozenset({"and", "the", "for", "not", "or"})


@dataclass
class ForumThread:
    id: str
    title: str
    author: str
    posted_at: str  # ISO 8601, UTC
    body: str
    replies: list[tuple[str, str]] = field(default_factory=list)  # (author, text)

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-")[:60]

    @property
    def path(self) -> str:
        return f"/forum/thread/{self.id}/{self.slug}"


THREADS: list[ForumThread] = [
    ForumThread(
        "t1007",
        "Anyone know a good CRM for a bakery?",
        "crumb_and_co",
        "2026-11-20T09:15:00Z",
        "We run a small bakery in Riverton and keep wholesale orders from cafés in a notebook. Can anyone recommend "
        "a CRM that remembers standing orders and sends reminders?",
        [("flourpower_dave", "We tried a spreadsheet for years; a real CRM was worth it.")],
    ),
    ForumThread(
        "t1006",
        "Which espresso machine for a small café?",
        "bean_there_cafe",
        "2026-11-19T16:40:00Z",
        "Opening a 20-seat café next spring. What would you recommend for a two-group espresso machine?",
        [("latte_larry", "Buy second hand from a roaster that services it.")],
    ),
    ForumThread(
        "t1005",
        "Looking for a CRM that works offline",
        "hilltop_plumbing",
        "2026-11-18T11:05:00Z",
        "Our vans lose signal in the valley. Looking for a CRM with an offline mobile app; would you recommend one?",
    ),
    ForumThread(
        "t1004",
        "Hiring: CRM administrator (part time)",
        "northside_florals",
        "2026-11-17T08:30:00Z",
        "We are hiring someone to look after our CRM two days a week. Please recommend friends who might apply.",
    ),
    ForumThread(
        "t1003",
        "Best sourdough starter feeding schedule?",
        "crumb_and_co",
        "2026-11-16T07:45:00Z",
        "My starter is sluggish since the weather turned cold. How often do you feed yours?",
    ),
    ForumThread(
        "t1002",
        "Accounting software recommendations for a florist",
        "petal_pushers",
        "2026-11-15T14:20:00Z",
        "Our bookkeeper retires in January. Any recommendations for simple accounting software?",
    ),
    ForumThread(
        "t1001",
        "Recommend a CRM for a two-person dog grooming salon?",
        "wag_and_wash",
        "2026-11-14T10:00:00Z",
        "Bookings live in three apps right now. Could someone recommend a CRM that also does appointment reminders?",
    ),
]


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) >= 3 and w not in _STOP_WORDS]


def search(query: str) -> list[ForumThread]:
    """Threads (newest first) whose title or first post contains any word of ``query``; all when it has none."""
    words = _words(query)
    threads = sorted(THREADS, key=lambda t: t.posted_at, reverse=True)
    if not words:
        return threads
    return [t for t in threads if any(w in f"{t.title} {t.body}".lower() for w in words)]


def _thread_row(thread: ForumThread) -> str:
    excerpt = thread.body if len(thread.body) <= 90 else thread.body[:87] + "…"
    return (
        f'<li class="thread" data-thread-id="{thread.id}"><a class="thread-title" href="{thread.path}">'
        f'{escape(thread.title)}</a> <span class="thread-author">{escape(thread.author)}</span> '
        f'<time class="thread-date" datetime="{thread.posted_at}">{thread.posted_at[:10]}</time> '
        f'<span class="thread-replies">{len(thread.replies)} replies</span>'
        f'<p class="thread-excerpt">{escape(excerpt)}</p></li>'
    )


def thread_list(request: Request) -> Response:
    """``/forum/`` and ``/forum/search?q=…``: threads newest first, ``THREADS_PER_PAGE`` a page, ``a[rel=next]``."""
    query = request.query.get("q", "")
    found = search(query)
    try:
        number = max(1, int(request.query.get("page", "1")))
    except ValueError:
        number = 1
    chunk = found[(number - 1) * THREADS_PER_PAGE : number * THREADS_PER_PAGE]
    if not chunk:
        listing = '<p class="no-results">No threads match your search.</p>'
    else:
        listing = f'<ul class="threads">{"".join(_thread_row(t) for t in chunk)}</ul>'
    nav = ""
    if number * THREADS_PER_PAGE < len(found):
        nav = f'<nav class="pagination"><a rel="next" href="?q={escape(query)}&amp;page={number + 1}">Next</a></nav>'
    body = (
        '<h1>Riverton Small Business Forum</h1><form action="/forum/search"><input name="q" '
        f'value="{escape(query)}"><button>Search</button></form>{listing}{nav}'
    )
    return Response(200, page("Riverton Small Business Forum", body))


def thread_page(request: Request, thread_id: str) -> Response:
    thread = next((t for t in THREADS if t.id == thread_id), None)
    if thread is None:
        return Response(404, page("Not found", "<h1>No such thread</h1>"))
    posts = [
        f'<article class="post original"><span class="post-author">{escape(thread.author)}</span> '
        f'<time datetime="{thread.posted_at}">{thread.posted_at[:10]}</time>'
        f'<div class="post-body"><p>{escape(thread.body)}</p></div></article>'
    ]
    posts += [
        f'<article class="post reply"><span class="post-author">{escape(author)}</span>'
        f'<div class="post-body"><p>{escape(text)}</p></div></article>'
        for author, text in thread.replies
    ]
    body = f'<p><a href="/forum/">Forum</a></p><h1 class="thread-title">{escape(thread.title)}</h1>{"".join(posts)}'
    return Response(200, page(thread.title, body))
