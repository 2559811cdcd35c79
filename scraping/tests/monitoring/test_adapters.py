import time

import pytest

from scraping.fakes import BLUESKY_ACCOUNT, MASTODON_TOKEN, REDDIT_CLIENT
from scraping.sources import MalformedResponse, RateLimited, SourceBlocked, SourceError, adapter_for

pytestmark = pytest.mark.django_db


def walk(adapter, cursor=None, max_pages=20):
    """Read pages like a poll does; returns (posts, final cursor, pages read)."""
    posts, pages = [], 0
    while pages < max_pages:
        page = adapter.fetch(cursor)
        posts.extend(page.posts)
        cursor, pages = page.next_cursor, pages + 1
        if page.done:
            break
    return posts, cursor, pages


def add_posts(fakes, source, count, **kwargs):
    return [fakes.state.add(source, f"Post number {i} about a CRM", title=f"Topic {i}", **kwargs) for i in range(count)]


@pytest.mark.parametrize("source", ["reddit", "hackernews", "bluesky", "x"])
def test_first_poll_reads_the_newest_page_then_only_newer_posts_across_pages(fakes, settings, source):
    settings.BLUESKY_HANDLE, settings.BLUESKY_APP_PASSWORD = BLUESKY_ACCOUNT  # anonymous Bluesky cannot page
    adapter = adapter_for({"source": source}, query='"looking for a CRM" OR crm')
    adapter.page_size = 10 if source == "x" else 3

    first, cursor, pages = walk(adapter)
    assert pages == 1 and len(first) == min(adapter.page_size, 4)
    assert [p.source for p in first] == [source] * len(first)

    new = add_posts(fakes, source, 12 if source == "x" else 5, age=-5)
    second, cursor, pages = walk(adapter, cursor)
    assert pages > 1  # followed the source's own pagination
    assert {new_post.id for new_post in new} <= {p.external_id.removeprefix("t3_").split("/3k")[-1] for p in second}

    third, _, _ = walk(adapter, cursor)
    seen_twice = {p.external_id for p in third} - {p.external_id for p in second}
    assert seen_twice == set()  # nothing older than the cursor comes back


def test_reddit_post_fields(fakes):
    adapter = adapter_for({"source": "reddit", "subreddits": ["smallbusiness"]}, query="crm")
    post = adapter.fetch(None).posts[0]
    assert post.external_id.startswith("t3_")
    assert post.url.startswith("https://www.reddit.com/r/smallbusiness/comments/")
    assert post.subreddit == "smallbusiness" and post.author and post.published_at
    path, _ = fakes.state.requests_to("reddit")[-1]
    assert path.startswith("/r/smallbusiness/search.json?") and "restrict_sr=on" in path and "sort=new" in path


def test_reddit_uses_oauth_when_app_credentials_are_given(fakes, settings):
    settings.REDDIT_CLIENT_ID, settings.REDDIT_CLIENT_SECRET = REDDIT_CLIENT
    adapter = adapter_for({"source": "reddit", "subreddits": ["smallbusiness"], "mode": "new"})
    assert adapter.fetch(None).posts
    token_request, listing = fakes.state.requests_to("reddit")[-2:]
    assert token_request[0] == "/api/v1/access_token"
    assert listing[0].startswith("/r/smallbusiness/new?") and listing[1]["Authorization"] == "Bearer fake-reddit-token"


def test_hacker_news_html_bodies_are_stored_as_the_text_people_read(fakes):
    """Algolia sends story_text and comment_text as HTML, like the real item pages."""
    post = fakes.state.add(
        "hackernews", "<p>Looking for a CRM &amp; helpdesk combo.</p><p>Any tips? It&#x27;s urgent</p>", age=-5
    )
    adapter = adapter_for({"source": "hackernews"}, query="crm")
    stored = next(p for p in adapter.fetch(None).posts if p.external_id == post.id)
    assert stored.text == "Looking for a CRM & helpdesk combo.\nAny tips? It's urgent"


def test_x_without_a_bearer_token_is_blocked_before_any_request(fakes, settings):
    settings.X_BEARER_TOKEN = ""
    with pytest.raises(SourceBlocked, match="X_BEARER_TOKEN"):
        adapter_for({"source": "x"}, query="crm").fetch(None)
    assert fakes.state.requests_to("x") == []


@pytest.mark.parametrize("source", ["reddit", "hackernews", "bluesky", "x", "mastodon"])
def test_rate_limit_becomes_rate_limited_with_the_wait(fakes, source):
    fakes.state.modes[source] = "429"
    fakes.state.retry_after = 42
    with pytest.raises(RateLimited) as info:
        adapter_for({"source": source, "instance": fakes.url, "hashtags": ["crm"]}, query="crm").fetch(None)
    assert info.value.wait == 42


@pytest.mark.parametrize("source", ["reddit", "hackernews", "bluesky", "x", "mastodon"])
def test_malformed_json_is_a_clear_error(fakes, source):
    fakes.state.modes[source] = "malformed"
    with pytest.raises(MalformedResponse, match="not JSON"):
        adapter_for({"source": source, "instance": fakes.url, "hashtags": ["crm"]}, query="crm").fetch(None)


@pytest.mark.parametrize(
    ("mode", "error", "message"), [("500", SourceError, "HTTP 500"), ("403", SourceBlocked, "403")]
)
def test_server_errors_and_refusals(fakes, mode, error, message):
    fakes.state.modes["hackernews"] = mode
    with pytest.raises(error, match=message):
        adapter_for({"source": "hackernews"}, query="crm").fetch(None)


@pytest.mark.parametrize("source", ["reddit", "hackernews", "bluesky", "x", "mastodon"])
def test_json_in_the_wrong_shape_is_reported_as_malformed(fakes, source):
    fakes.state.modes[source] = "wrong_shape"
    with pytest.raises(MalformedResponse, match="missing"):
        adapter_for({"source": source, "instance": fakes.url, "hashtags": ["crm"]}, query="crm").fetch(None)


def test_internal_addresses_are_refused_unless_allowed(fakes, settings):
    settings.ALLOW_PRIVATE_URLS = False
    with pytest.raises(SourceBlocked, match="internal address"):
        adapter_for({"source": "hackernews"}, query="crm").fetch(None)
    assert fakes.state.requests_to("hackernews") == []


def test_mastodon_hashtag_timeline_and_search_page_forward_with_min_id(fakes, settings):
    settings.MASTODON_ACCESS_TOKENS = {fakes.url.split("://")[1]: MASTODON_TOKEN}  # search needs an account
    adapter = adapter_for({"source": "mastodon", "instance": fakes.url, "hashtags": ["#crm"], "search": True})
    adapter.query = '"looking for a CRM"'
    adapter.page_size = 3
    first = adapter.fetch(None)
    assert len(first.posts) == 6 and first.done  # newest page of the tag and of the search
    assert first.posts[0].text and "<p>" not in first.posts[0].text
    new = add_posts(fakes, "mastodon", 5, age=-5)
    posts, cursor, pages = walk(adapter, first.next_cursor)
    tag_ids = [p.external_id for p in posts if p.raw["stream"] == "tag:crm"]
    assert sorted(tag_ids) == sorted(p.id for p in new) and pages == 2
    paths = [path for path, _ in fakes.state.requests_to("mastodon")]
    assert any(path.startswith("/api/v1/timelines/tag/crm?") and "min_id=" in path for path in paths)
    assert any(path.startswith("/api/v2/search?") and "type=statuses" in path for path in paths)


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_feeds_use_conditional_get_and_a_304_costs_nothing(fakes, fmt):
    url = f"{fakes.url}/feeds/forum.{fmt}"
    adapter = adapter_for({"source": "rss", "urls": [url]})
    first = adapter.fetch(None)
    assert len(first.posts) == 4 and first.posts[0].url.startswith(fakes.url + "/forum/t/")
    assert all(p.published_at for p in first.posts)

    again = adapter.fetch(first.next_cursor)
    assert again.posts == []
    assert fakes.state.requests_to("rss")[-1][1].get("If-None-Match") == first.next_cursor["feeds"][url]["etag"]

    fakes.state.add("rss", "Need a CRM for a dental office", title="CRM for clinics")
    changed = adapter.fetch(again.next_cursor)
    assert len(changed.posts) == 5


def test_broken_feed_is_malformed(fakes, settings):
    fakes.state.modes["rss"] = "malformed"
    with pytest.raises(MalformedResponse, match="not a feed we can read"):
        adapter_for({"source": "rss", "urls": [f"{fakes.url}/feeds/forum.rss"]}).fetch(None)


def test_unknown_source_is_a_clear_error():
    with pytest.raises(ValueError, match="Unknown source 'myspace'"):
        adapter_for({"source": "myspace"})


def test_reddit_refusal_without_credentials_says_how_to_fix_it(fakes):
    fakes.state.modes["reddit"] = "403"
    with pytest.raises(SourceBlocked, match="REDDIT_CLIENT_ID") as info:
        adapter_for({"source": "reddit"}, query="crm").fetch(None)
    assert info.value.status == 403


def test_reddit_requests_are_budgeted_per_client_id(fakes):
    if time.time() % 60 > 50:  # the budget is per clock minute: do not straddle two
        time.sleep(61 - time.time() % 60)
    adapter = adapter_for({"source": "reddit"}, query="crm")
    for _ in range(10):  # Reddit allows about 10 a minute without OAuth
        adapter.fetch(None)
    with pytest.raises(RateLimited, match="budget of 10 requests a minute") as info:
        adapter.fetch(None)
    assert 0 < info.value.wait <= 60
    assert len(fakes.state.requests_to("reddit")) == 10  # the 11th never left


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"Retry-After": "30"}, 30),
        ({"x-ratelimit-remaining": "0.0", "x-ratelimit-reset": "42"}, 42),  # Reddit: seconds until reset
        ({"x-rate-limit-remaining": "0", "x-rate-limit-reset": "1800000100"}, 100),  # X: epoch seconds
        ({"ratelimit-remaining": "0", "ratelimit-reset": "1800000060"}, 60),  # Bluesky
        ({"x-ratelimit-remaining": "12", "x-ratelimit-reset": "42"}, None),  # budget left: no wait
    ],
)
def test_rate_limit_headers_of_each_source(headers, wait):
    import httpx

    from scraping.sources.base import rate_limit_wait

    assert rate_limit_wait(httpx.Response(200, headers=headers), now=1_800_000_000) == wait
