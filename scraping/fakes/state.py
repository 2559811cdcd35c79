"""The fake sources' data: fictional posts, per-source failure modes and a request log."""

import itertools
import threading
import time
from dataclasses import dataclass, field

SOURCES = ("reddit", "hackernews", "bluesky", "mastodon", "rss", "x")
MODES = ("ok", "429", "malformed", "wrong_shape", "500", "403")


@dataclass
class FakePost:
    source: str
    id: str
    author: str
    text: str
    title: str
    created: float
    lang: str = "en"
    subreddit: str = "smallbusiness"
    tags: tuple[str, ...] = ()
    link: str = ""  # Reddit: a link post to this URL; Bluesky: a link card
    quote: str = ""  # Bluesky: the text of a quoted post
    alt: str = ""  # Bluesky: an image's alt text


@dataclass
class FakeState:
    """Everything the fake servers answer from; tests add posts and switch modes while a server runs."""

    posts: dict[str, list[FakePost]] = field(default_factory=lambda: {s: [] for s in SOURCES})
    modes: dict[str, str] = field(default_factory=lambda: dict.fromkeys(SOURCES, "ok"))
    requests: list[tuple[str, str, dict]] = field(default_factory=list)  # (source, path with query, headers)
    retry_after: int = 7
    lock: threading.Lock = field(default_factory=threading.Lock)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1001))

    def add(
        self,
        source: str,
        text: str,
        *,
        title: str = "",
        author: str = "",
        age: float = 0.0,
        lang: str = "en",
        subreddit: str = "smallbusiness",
        tags: tuple[str, ...] = ("crm",),
        link: str = "",
        quote: str = "",
        alt: str = "",
    ) -> FakePost:
        """A new post ``age`` seconds old (ids grow with time, as on the real services)."""
        with self.lock:
            n = next(self._ids)
            post = FakePost(
                source=source,
                id=f"{n:06d}",
                author=author or f"fictional_user_{n}",
                text=text,
                title=title,
                created=time.time() - age,
                lang=lang,
                subreddit=subreddit,
                tags=tags,
                link=link,
                quote=quote,
                alt=alt,
            )
            self.posts[source].append(post)
            return post

    def newest_first(self, source: str) -> list[FakePost]:
        with self.lock:
            return sorted(self.posts[source], key=lambda p: (p.created, p.id), reverse=True)

    def requests_to(self, source: str) -> list[tuple[str, dict]]:
        return [(path, headers) for s, path, headers in self.requests if s == source]


SEED_TEXTS = [
    ("Looking for a CRM for our 6-person bakery", "We outgrew spreadsheets. Any CRM you would recommend?"),
    ("Weekend sourdough thread", "Share your best crumb shots from the weekend bake."),
    ("Can anyone recommend a CRM that syncs with invoices?", "Our cleaning company needs something simple."),
    ("Café owners: which POS & card reader do you use?", "Looking at options for a small café in Lyon."),
]
# What real services send besides plain text: a Reddit link post, a Bluesky post quoting another (its own text
# empty) and one with an image's alt text and a link card.
SEED_EXTRAS = {
    ("reddit", 0): {"link": "https://crm-reviews.example.com/bakery-crm-guide"},
    ("bluesky", 1): {"quote": "Sourdough crumb shots, weekend edition", "alt": "A loaf cut open on a board"},
    ("bluesky", 2): {"link": "https://invoices.example.com/crm-sync"},
}


def seed(state: FakeState) -> FakeState:
    """A few fictional posts per source, some about buying a CRM and some not, an hour to a day old."""
    for source in SOURCES:
        for i, (title, body) in enumerate(SEED_TEXTS):
            extras = SEED_EXTRAS.get((source, i), {})
            if source == "bluesky" and "quote" in extras:
                title, body = "", ""  # all of the post is in its embed
            state.add(source, body, title=title, author=f"{source}_member_{i}", age=3600 * (24 - i * 6), **extras)
    return state
