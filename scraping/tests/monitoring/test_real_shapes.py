"""What the real services send besides plain self-posts, through the fakes that now send it too."""

import pytest
from django.test import Client

from accounts.models import Role
from accounts.tests.factories import UserFactory
from leads.tests.factories import KeywordSetFactory
from scraping.fakes import BLUESKY_ACCOUNT, MASTODON_TOKEN
from scraping.monitoring import monitor_poll
from scraping.sources import adapter_for
from scraping.tests.factories import MonitorFactory

pytestmark = pytest.mark.django_db


def test_x_posts_read_as_typed_not_html_escaped(fakes):
    fakes.state.add("x", "devs & researchers: CRM <3 (we write &amp; in docs)", age=-5)

    posts = adapter_for({"source": "x"}, query="crm").fetch(None).posts

    assert posts[0].text == "devs & researchers: CRM <3 (we write &amp; in docs)"  # decoded once, never twice
    assert any(p.text.startswith("Café owners: which POS & card reader") for p in posts)


def test_reddit_link_post_keeps_its_external_url_and_accounts_are_not_posts(fakes):
    posts = adapter_for({"source": "reddit", "subreddits": ["smallbusiness"]}, query="crm").fetch(None).posts

    assert len(posts) == 4 and all(p.external_id.startswith("t3_") and p.title for p in posts)
    link_post = next(p for p in posts if p.title.startswith("Looking for a CRM for our 6-person bakery"))
    assert link_post.text.endswith("\nhttps://crm-reviews.example.com/bakery-crm-guide")
    assert link_post.raw["link_url"] == "https://crm-reviews.example.com/bakery-crm-guide"
    assert link_post.url.startswith("https://www.reddit.com/r/smallbusiness/comments/")  # the conversation
    self_post = next(p for p in posts if p.title.startswith("Weekend sourdough"))
    assert self_post.raw["link_url"] == "" and "http" not in self_post.text


def test_bluesky_embed_text_is_part_of_the_post(fakes):
    posts = adapter_for({"source": "bluesky"}, query="crm").fetch(None).posts

    quoting = next(p for p in posts if p.author_handle == "bluesky-member-1.bsky.example")
    assert "Sourdough crumb shots, weekend edition" in quoting.text  # the quoted post
    assert "A loaf cut open on a board" in quoting.text  # the image's alt text
    card = next(p for p in posts if p.author_handle == "bluesky-member-2.bsky.example")
    assert card.text.startswith("Can anyone recommend a CRM that syncs with invoices?")
    assert "Guide: crm-sync" in card.text and "https://invoices.example.com/crm-sync" in card.text


def test_anonymous_bluesky_reads_the_newest_page_without_a_cursor_and_is_not_refused(fakes):
    adapter = adapter_for({"source": "bluesky"}, query="crm")
    adapter.page_size = 3
    cursor = adapter.fetch(None).next_cursor
    for i in range(8):
        fakes.state.add("bluesky", f"Post {i} about a CRM", age=-5 - i)

    page = adapter.fetch(cursor)  # raised SourceBlocked (HTTP 403) when the second page carried a cursor

    assert page.done and len(page.posts) == 3
    assert not any("cursor=" in path for path, _ in fakes.state.requests_to("bluesky"))


def test_bluesky_session_is_made_on_the_accounts_server_and_then_pages(fakes, settings):
    settings.BLUESKY_HANDLE, settings.BLUESKY_APP_PASSWORD = BLUESKY_ACCOUNT
    adapter = adapter_for({"source": "bluesky"}, query="crm")
    adapter.page_size = 3
    cursor = adapter.fetch(None).next_cursor
    for i in range(8):
        fakes.state.add("bluesky", f"Post {i} about a CRM", age=-5 - i)

    page = adapter.fetch(cursor)

    assert not page.done and len(page.posts) == 3
    requests = fakes.state.requests_to("bluesky")
    assert any(path == "/pds/xrpc/com.atproto.server.createSession" for path, _ in requests)
    assert not any(path.startswith("/xrpc/com.atproto.server.createSession") for path, _ in requests)


def mastodon_monitor(instance: str):
    keyword_set = KeywordSetFactory(expression='"looking for a CRM" OR crm')
    return MonitorFactory(
        keyword_set=keyword_set, sources=[{"source": "mastodon", "instance": instance, "search": True}], min_score=0
    )


def test_mastodon_without_a_token_reads_hashtag_timelines_and_health_says_so(fakes):
    monitor = mastodon_monitor(fakes.url)

    report = monitor_poll(monitor_id=monitor.pk)

    assert report.posts_read == 4  # the #crm timeline; anonymous search would have found nothing
    monitor.refresh_from_db()
    health = monitor.source_health["mastodon"]
    host = fakes.url.split("://")[1]
    assert health["status"] == "ok"
    assert health["warning"] == f"search needs an access token for {host}; reading hashtag timelines only"
    client = Client()
    client.force_login(UserFactory(role=Role.SALES))
    assert "reading hashtag timelines only" in client.get("/monitors/").content.decode()  # what a person sees
    paths = [path for path, _ in fakes.state.requests_to("mastodon")]
    assert paths and all(
        path.startswith(("/api/v1/timelines/tag/lookingforacrm?", "/api/v1/timelines/tag/crm?")) for path in paths
    )


def test_mastodon_with_a_token_searches_and_health_has_no_warning(fakes, settings):
    host = fakes.url.split("://")[1]
    settings.MASTODON_ACCESS_TOKENS = {host: MASTODON_TOKEN}
    monitor = mastodon_monitor(fakes.url)

    report = monitor_poll(monitor_id=monitor.pk)

    assert report.posts_read == 4
    monitor.refresh_from_db()
    assert "warning" not in monitor.source_health["mastodon"]
    path, headers = fakes.state.requests_to("mastodon")[-1]
    assert path.startswith("/api/v2/search?") and headers["Authorization"] == f"Bearer {MASTODON_TOKEN}"
