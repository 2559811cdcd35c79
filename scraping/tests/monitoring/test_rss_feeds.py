"""RSS, RDF and Atom feeds as real sites serve them (through the fake feed server), and one bad feed among several."""

import pytest
from django.test import Client

from accounts.models import Role
from accounts.tests.factories import UserFactory
from leads.models import Lead
from leads.tests.factories import KeywordSetFactory
from scraping.models import MonitorStatus
from scraping.monitoring import monitor_poll
from scraping.sources import SourceError, adapter_for
from scraping.tests.factories import MonitorFactory

pytestmark = pytest.mark.django_db

LONG_POST = "We bake bread every morning and after this winter we are looking for a CRM to track wholesale orders"


@pytest.mark.parametrize("fmt", ["rss", "atom", "rdf"])
def test_every_feed_format_gives_whole_posts_with_absolute_links(fakes, fmt):
    post = fakes.state.add("rss", LONG_POST, title="Bakery & café chat", author="fictional_baker")

    page = adapter_for({"source": "rss", "urls": [f"{fakes.url}/feeds/forum.{fmt}"]}).fetch(None)

    assert len(page.posts) == 5  # the newline before <?xml the fake sends, like most real feeds, is no reason to fail
    assert [p.url for p in page.posts] == [f"{fakes.url}/forum/t/{p.id}" for p in fakes.state.newest_first("rss")]
    newest = page.posts[0]
    # The whole post (content:encoded, XHTML content) rather than the "[…]" excerpt, and titles without markup.
    assert (newest.title, newest.text) == ("Bakery & café chat", LONG_POST)
    assert newest.author == "fictional_baker" and newest.published_at.timestamp() == pytest.approx(post.created, abs=1)
    assert all(p.author and p.published_at for p in page.posts)


def test_an_atom_entry_without_its_own_author_shows_the_feeds(fakes):
    page = adapter_for({"source": "rss", "urls": [f"{fakes.url}/feeds/blog.atom"]}).fetch(None)

    assert [p.author for p in page.posts][:2] == ["rss_member_3", "Example forum team"]


def test_a_keyword_only_in_the_full_post_makes_a_lead(fakes):
    fakes.state.add("rss", LONG_POST, title="Weekly bakery chat")
    monitor = MonitorFactory(
        keyword_set=KeywordSetFactory(expression='"looking for a CRM" NOT hiring'),
        sources=[{"source": "rss", "urls": [f"{fakes.url}/feeds/forum.rss"]}],
        min_score=0,
    )

    monitor_poll(monitor_id=monitor.pk)

    lead = Lead.objects.get(monitor=monitor, name="Weekly bakery chat")
    assert lead.text == LONG_POST and lead.url.startswith(f"{fakes.url}/forum/t/")


def test_one_failing_feed_is_shown_against_its_url_and_the_other_feeds_are_read(fakes):
    fakes.state.modes["rss:second"] = "500"
    urls = [f"{fakes.url}/feeds/first.rss", f"{fakes.url}/feeds/second.rss", f"{fakes.url}/feeds/third.atom"]
    monitor = MonitorFactory(
        keyword_set=KeywordSetFactory(expression="crm OR pos"), sources=[{"source": "rss", "urls": urls}]
    )

    report = monitor_poll(monitor_id=monitor.pk)

    assert report.posts_read == 8 and not report.errors  # first and third: 4 posts each (the same fictional forum)
    requested = {path.split("?")[0] for path, _ in fakes.state.requests_to("rss")}
    assert requested == {"/feeds/first.rss", "/feeds/second.rss", "/feeds/third.atom"}
    monitor.refresh_from_db()
    feeds = monitor.source_health["rss"]["feeds"]
    assert feeds[urls[0]]["status"] == feeds[urls[2]]["status"] == "ok" and feeds[urls[0]]["posts_read"] == 4
    assert feeds[urls[1]]["status"] == "error" and "HTTP 500" in feeds[urls[1]]["last_error"]
    assert feeds[urls[1]]["next_retry_at"] and "etag" not in feeds[urls[1]]
    assert monitor.status == MonitorStatus.ERROR and monitor.last_error == f"{urls[1]}: RSS feed answered HTTP 500"
    viewer = Client()
    viewer.force_login(UserFactory(role=Role.SALES))
    page = viewer.get("/monitors/").content.decode()
    assert f'title="{urls[1]}"' in page and "RSS feed answered HTTP 500" in page  # the feed's own row

    fakes.state.requests.clear()
    monitor_poll(monitor_id=monitor.pk, force=True)

    # The failing feed waits out its back-off; the others are asked again (and answer 304 Not Modified).
    requested = [path for path, _ in fakes.state.requests_to("rss")]
    assert requested == ["/feeds/first.rss", "/feeds/third.atom"]


def test_an_unreachable_feed_does_not_stop_the_next_one(fakes):
    adapter = adapter_for({"source": "rss", "urls": ["http://127.0.0.1:9/feed.rss", f"{fakes.url}/feeds/forum.rdf"]})

    page = adapter.fetch(None)

    assert len(page.posts) == 4
    assert adapter.feed_health["http://127.0.0.1:9/feed.rss"]["status"] == "error"
    assert page.warning.startswith("1 of 2 feeds failing: http://127.0.0.1:9/feed.rss: RSS feed could not be reached")


def test_when_every_feed_fails_the_source_fails(fakes):
    fakes.state.modes["rss"] = "malformed"
    urls = [f"{fakes.url}/feeds/one.rss", f"{fakes.url}/feeds/two.atom"]

    with pytest.raises(SourceError, match="all 2 feeds failed: RSS feed at .* is not a feed we can read"):
        adapter_for({"source": "rss", "urls": urls}).fetch(None)
