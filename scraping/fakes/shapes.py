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
                "url": p.link or f"https://www.reddit.com/r/{p.subreddit}/comments/{p.id}/post/",
                **({"url_overridden_by_dest": p.link, "domain": p.link.split("/")[2]} if p.link else {}),
                "score": 3,
                "num_comments": 1,
                "is_self": not p.link,
                "over_18": False,
            },
        }
        for p in posts
    ]
    if children:  # real listings can hold other kinds too (search with type=user or sr: accounts, subreddits)
        account = {"id": "fict1", "name": "fictional_account", "created_utc": 1_700_000_000.0, "is_employee": False}
        children.append({"kind": "t2", "data": account})
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
        **({"embed": view} if (view := bluesky_embed_view(p, did, handle)) else {}),
        "replyCount": 0,
        "repostCount": 0,
        "likeCount": 1,
        "indexedAt": iso(p.created),
        "labels": [],
    }


def bluesky_embed_view(p: FakePost, did: str, handle: str) -> dict | None:
    """The ``embed`` view of a post: a quoted post, images with alt text, a link card (or a quote with media)."""
    quote = media = None
    if p.quote:
        value = {"$type": "app.bsky.feed.post", "text": p.quote, "createdAt": iso(p.created - 60), "langs": [p.lang]}
        quoted = {
            "$type": "app.bsky.embed.record#viewRecord",
            "uri": f"at://{did}/app.bsky.feed.post/3q{p.id}",
            "cid": f"bafyreiquote{p.id}",
            "author": {"did": did, "handle": handle, "labels": []},
            "value": value,
            "indexedAt": iso(p.created - 60),
            "embeds": [],
        }
        quote = {"$type": "app.bsky.embed.record#view", "record": quoted}
    if p.alt:
        thumb = f"https://cdn.bsky.example/img/feed_thumbnail/plain/{did}/bafkreiimage{p.id}@jpeg"
        media = {"$type": "app.bsky.embed.images#view", "images": [{"thumb": thumb, "fullsize": thumb, "alt": p.alt}]}
    elif p.link:
        card = {"uri": p.link, "title": f"Guide: {p.link.split('/')[-1]}", "description": "A fictional link card."}
        media = {"$type": "app.bsky.embed.external#view", "external": card}
    if quote and media:
        return {"$type": "app.bsky.embed.recordWithMedia#view", "record": quote, "media": media}
    return quote or media


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
                "text": escape(f"{p.title} {p.text}".strip()),  # X escapes & < > in text (and nothing else)
                "created_at": iso(p.created),
                "lang": p.lang,
                "author_id": f"7{p.id}",
            }
            for p in posts
        ],
        "includes": {"users": [{"id": f"7{p.id}", "username": p.author, "name": p.author.title()} for p in posts]},
        "meta": meta,
    }


def _excerpt(text: str) -> str:
    words = text.split()
    return " ".join(words[:5]) + (" [&#8230;]" if len(words) > 5 else "")


def rss_feed(posts: list[FakePost], base: str) -> str:
    """RSS 2.0 as WordPress writes it: a newline before ``<?xml``, an excerpt in ``<description>`` and the whole post
    in ``content:encoded``, ``dc:creator``; every other item is linked only through its permalink ``<guid>``."""
    items = "".join(
        f"<item><title>{escape(p.title)}</title>"
        + (
            f'<guid isPermaLink="true">{base}/forum/t/{p.id}</guid>'
            if i % 2
            else f'<link>{base}/forum/t/{p.id}</link><guid isPermaLink="false">{base}/forum/?p={p.id}</guid>'
        )
        + f"<dc:creator><![CDATA[{p.author}]]></dc:creator>"
        f"<pubDate>{format_datetime(datetime.fromtimestamp(p.created, tz=UTC))}</pubDate>"
        f"<description><![CDATA[{escape(_excerpt(p.text))}]]></description>"
        f"<content:encoded><![CDATA[<p>{escape(p.text)}</p>]]></content:encoded></item>"
        for i, p in enumerate(posts)
    )
    return (
        '\n<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>Example small business forum</title><link>{base}/forum</link>"
        f"<description>Latest topics</description>{items}</channel></rss>"
    )


def atom_feed(posts: list[FakePost], base: str) -> str:
    """Atom as blogs write it: a newline before ``<?xml``, links relative to the feed, HTML-typed titles, XHTML
    content; every other entry has no author of its own and inherits the feed's."""
    entries = "".join(
        f"<entry><id>tag:forum.example.org,2026:{p.id}</id>"
        f'<title type="html">{escape(f"<span>{escape(p.title)}</span>")}</title>'
        f'<link rel="alternate" type="text/html" href="/forum/t/{p.id}"/>'
        + ("" if i % 2 else f"<author><name>{escape(p.author)}</name></author>")
        + f"<published>{iso(p.created)}</published><updated>{iso(p.created)}</updated>"
        f'<summary type="text">{escape(_excerpt(p.text))}</summary>'
        f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{escape(p.text)}</p></div></content>'
        "</entry>"
        for i, p in enumerate(posts)
    )
    updated = iso(posts[0].created) if posts else "2026-01-01T00:00:00Z"
    return (
        '\n<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Example forum</title><id>tag:forum.example.org,2026:feed</id>"
        f'<link rel="alternate" href="/forum"/><author><name>Example forum team</name></author>'
        f"<updated>{updated}</updated>{entries}</feed>"
    )


def rdf_feed(posts: list[FakePost], base: str) -> str:
    """RSS 1.0 (RDF), as older forums and Slashdot-style sites still serve it."""
    seq = "".join(f'<rdf:li rdf:resource="{base}/forum/t/{p.id}"/>' for p in posts)
    items = "".join(
        f'<item rdf:about="{base}/forum/t/{p.id}"><title>{escape(p.title)}</title><link>{base}/forum/t/{p.id}</link>'
        f"<description>{escape(p.text)}</description><dc:creator>{escape(p.author)}</dc:creator>"
        f"<dc:date>{iso(p.created)}</dc:date></item>"
        for p in posts
    )
    return (
        '\n<?xml version="1.0" encoding="UTF-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="{base}/forum"><title>Example forum</title><link>{base}/forum</link>'
        f"<description>Latest topics</description><items><rdf:Seq>{seq}</rdf:Seq></items></channel>"
        f"{items}</rdf:RDF>"
    )
