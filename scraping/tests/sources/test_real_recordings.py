"""The API adapters on REAL recorded responses (../shared/samples/api, read at run time, never copied here).

Every expected value is read from the recording itself: each post keeps its real link, text and author.
"""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings

from scraping.sources import adapter_for
from scraping.sources.base import Post

API = Path(settings.BASE_DIR).parent / "shared" / "samples" / "api"
pytestmark = pytest.mark.skipif(not API.is_dir(), reason=f"the real API recordings are not at {API}")

ESCAPED = re.compile(r"&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);", re.I)


def recording(pattern: str) -> list[Path]:
    found = sorted(API.glob(pattern))
    assert found, f"no recording matches {pattern} in {API}"
    return found


def parse(source: str, path: Path, body: bytes | None = None, url: str = "") -> list[Post]:
    adapter = adapter_for({"source": source}, query="")
    return adapter.parse_body(path.read_bytes() if body is None else body, url=url)


def assert_readable(posts: list[Post]) -> None:
    for post in posts:
        assert (post.text or post.title).strip(), f"{post.url} came out with no text"
        assert not ESCAPED.search(post.text + post.title), f"{post.url} kept an HTML entity"
        assert "<p>" not in post.text and "<br" not in post.text


@pytest.mark.parametrize("path", recording("reddit/response__*.json"), ids=lambda p: p.name)
def test_reddit_listings_keep_posts_only_with_their_links_titles_and_authors(path):
    children = json.loads(path.read_bytes())["data"]["children"]
    items = [c["data"] for c in children if c["kind"] in ("t3", "t1")]

    posts = parse("reddit", path)

    assert len(posts) == len(items)  # an account (t2) in a listing is not a post
    for post, item in zip(posts, items, strict=True):
        assert post.url == "https://www.reddit.com" + item["permalink"]
        assert post.title == item["title"] and post.author == item["author"]
        assert post.text.startswith(item["selftext"])
        if not item["is_self"]:
            assert item["url"] in post.text and post.raw["link_url"] == item["url"]
    assert_readable(posts)


def test_hacker_news_search_hits():
    path = recording("hackernews_algolia/hn_algolia_search_*.json")[0]
    hits = json.loads(path.read_bytes())["hits"]

    posts = parse("hackernews", path)

    assert [p.url for p in posts] == [f"https://news.ycombinator.com/item?id={h['objectID']}" for h in hits]
    assert [(p.title, p.author) for p in posts] == [(h["title"], h["author"]) for h in hits]
    assert_readable(posts)


@pytest.mark.parametrize("path", recording("mastodon/response__*.json"), ids=lambda p: p.name)
def test_mastodon_statuses(path):
    data = json.loads(path.read_bytes())
    statuses = data["statuses"] if isinstance(data, dict) and "statuses" in data else data
    statuses = [statuses] if isinstance(statuses, dict) else [s for s in statuses if "account" in s]

    posts = parse("mastodon", path)

    assert [p.url for p in posts] == [s["url"] for s in statuses]
    assert [p.author_handle for p in posts] == [s["account"]["acct"] for s in statuses]
    assert all(p.author for p in posts)
    assert_readable(posts)


@pytest.mark.parametrize("path", recording("twitter_x/response__*.json"), ids=lambda p: p.name)
def test_x_tweets_read_as_typed(path):
    tweets = [t for t in json.loads(path.read_bytes())["data"] if "id" in t]

    posts = parse("x", path)

    assert [p.url for p in posts] == [f"https://x.com/i/status/{t['id']}" for t in tweets]  # no users expanded
    for post, tweet in zip(posts, tweets, strict=True):
        escaped = tweet["text"]
        assert post.text == escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        if "&amp;" in escaped:
            assert "&" in post.text and "&amp;" not in post.text
    assert_readable(posts)


def test_x_home_timeline_has_escaped_text_to_decode():
    """The recording really holds X's escaping, so the test above checks something."""
    tweets = json.loads(recording("twitter_x/response__test_client_get_home_timeline__0.json")[0].read_bytes())
    assert any("&amp;" in t["text"] for t in tweets["data"])


def test_bluesky_post_view_with_only_embeds_reads_the_quoted_text():
    path = recording("bluesky/*thread_view_post_with_embed_media.json")[0]
    view = json.loads(path.read_bytes())["thread"]["post"]
    assert view["record"]["text"] == ""  # all the post says is in its embed
    quoted = view["embed"]["record"]["record"]

    # A searchPosts answer is {"posts": [post views]}: the same view as in this thread.
    (post,) = parse("bluesky", path, body=json.dumps({"posts": [view]}).encode())

    handle, rkey = view["author"]["handle"], view["uri"].rsplit("/", 1)[-1]
    assert post.url == f"https://bsky.app/profile/{handle}/post/{rkey}"
    assert post.author == view["author"]["displayName"] and post.author_handle == handle
    assert quoted["value"]["text"] in post.text
    assert_readable([post])
