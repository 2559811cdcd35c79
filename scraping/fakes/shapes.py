"""Fictional posts rendered in each real API's documented response shape."""

from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from scraping.fakes.state import FakePost


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def reddit_listing(posts: list[FakePost], after: str | None) -> dict:
    children = [
        {
            "kind": "t3",
            "data": {
                "id": p.id,
                "name": f"t3_{p.id}",
                "title": p.title,
                "selftext": p.text,
                "author": p.author,
                "subreddit": p.subreddit,
                "subreddit_name_prefixed": f"r/{p.subreddit}",
                "created_utc": float(int(p.created)),
                "permalink": f"/r/{p.subreddit}/comments/{p.id}/post/",
                "url": f"https://www.reddit.com/r/{p.subreddit}/comments/{p.id}/post/",
                "score": 3,
                "num_comments": 1,
                "is_self": True,
                "over_18": False,
            },
        }
        for p in posts
    ]
    return {"kind": "Listing", "data": {"after": after, "before": None, "dist": len(children), "children": children}}


def hn_search(posts: list[FakePost], page: int, pages: int, per_page: int, total: int, query: str) -> dict:
    hits = [
        {
            "created_at": iso(p.created),
            "created_at_i": int(p.created),
            "title": p.title,
            "url": None,
            "author": p.author,
            "points": 5,
            "story_text": p.text,
            "comment_text": None,
            "num_comments": 2,
            "story_id": None,
            "_tags": ["story", f"author_{p.author}", f"story_{p.id}"],
            "objectID": p.id,
        }
        for p in posts
    ]
    return {
        "hits": hits,
        "nbHits": total,
        "page": page,
        "nbPages": pages,
        "hitsPerPage": per_page,
        "exhaustiveNbHits": True,
        "query": query,
        "params": f"query={query}",
        "processingTimeMS": 1,
    }


def bluesky_post_view(p: FakePost) -> dict:
    did = f"did:plc:fictional{p.author.lower()[:16]}"
    handle = f"{p.author.lower().replace('_', '-')}.bsky.example"
    text = f"{p.title}\n{p.text}".strip() if p.title else p.text
    return {
        "uri": f"at://{did}/app.bsky.feed.post/3k{p.id}",
        "cid": f"bafyreifake{p.id}",
        "author": {"did": did, "handle": handle, "displayName": p.author.replace("_", " ").title(), "labels": []},
        "record": {"$type": "app.bsky.feed.post", "text": text, "createdAt": iso(p.created), "langs": [p.lang]},
        "replyCount": 0,
        "repostCount": 0,
        "likeCount": 1,
        "indexedAt": iso(p.created),
        "labels": [],
    }


def mastodon_status(p: FakePost, host: str) -> dict:
    text = f"{p.title} {p.text}".strip()
    return {
        "id": p.id,
        "created_at": iso(p.created),
        "in_reply_to_id": None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": "public",
        "language": p.lang,
        "uri": f"{host}/users/{p.author}/statuses/{p.id}",
        "url": f"{host}/@{p.author}/{p.id}",
        "replies_count": 0,
        "reblogs_count": 0,
        "favourites_count": 0,
        "content": f"<p>{escape(text)}</p>",
        "reblog": None,
        "account": {
            "id": f"9{p.id}",
            "username": p.author,
            "acct": p.author,
            "display_name": p.author.replace("_", " ").title(),
            "url": f"{host}/@{p.author}",
        },
        "media_attachments": [],
        "mentions": [],
        "tags": [{"name": t, "url": f"{host}/tags/{t}"} for t in p.tags],
        "emojis": [],
    }


def x_search(posts: list[FakePost], next_token: str | None) -> dict:
    if not posts:
        return {"meta": {"result_count": 0}}
    meta = {"newest_id": posts[0].id, "oldest_id": posts[-1].id, "result_count": len(posts)}
    if next_token:
        meta["next_token"] = next_token
    return {
        "data": [
            {
                "id": p.id,
                "edit_history_tweet_ids": [p.id],
                "text": f"{p.title} {p.text}".strip(),
                "created_at": iso(p.created),
                "lang": p.lang,
                "author_id": f"7{p.id}",
            }
            for p in posts
        ],
        "includes": {"users": [{"id": f"7{p.id}", "username": p.author, "name": p.author.title()} for p in posts]},
        "meta": meta,
    }


def rss_feed(posts: list[FakePost], base: str) -> str:
    items = "".join(
        f"<item><title>{escape(p.title)}</title><link>{base}/forum/t/{p.id}</link>"
        f'<guid isPermaLink="false">forum-{p.id}</guid><author>{escape(p.author)}@example.org</author>'
        f"<description>{escape(p.text)}</description>"
        f"<pubDate>{format_datetime(datetime.fromtimestamp(p.created, tz=UTC))}</pubDate></item>"
        for p in posts
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example small business forum'
        f"</title><link>{base}/forum</link><description>Latest topics</description>{items}</channel></rss>"
    )


def atom_feed(posts: list[FakePost], base: str) -> str:
    entries = "".join(
        f"<entry><id>tag:forum.example.org,2026:{p.id}</id><title>{escape(p.title)}</title>"
        f'<link rel="alternate" href="{base}/forum/t/{p.id}"/><author><name>{escape(p.author)}</name></author>'
        f"<published>{iso(p.created)}</published><updated>{iso(p.created)}</updated>"
        f'<content type="html">{escape(escape(p.text))}</content></entry>'
        for p in posts
    )
    updated = iso(posts[0].created) if posts else "2026-01-01T00:00:00Z"
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Example forum</title><id>tag:forum.example.org,2026:feed</id>"
        f"<updated>{updated}</updated>{entries}</feed>"
    )
