"""Issue 24: a post a monitor reads through several sources (the same URL, or the same words by the same author) is
one lead naming every source, counted once."""

import pytest
from django.utils import timezone

from leads.models import Lead
from leads.services import lead_sources
from leads.tests.factories import KeywordSetFactory
from scraping.models import SeenPost
from scraping.monitoring import PollReport, posts_process
from scraping.sources.base import Post
from scraping.tests.factories import MonitorFactory

pytestmark = pytest.mark.django_db
TEXT = "We are looking for a CRM for our five-person bakery; can anyone recommend one that is simple?"


def _post(source: str, external_id: str, url: str, author_handle: str = "rosa_bakes") -> Post:
    return Post(
        source=source,
        external_id=external_id,
        url=url,
        author="Rosa",
        author_handle=author_handle,
        text=TEXT,
        title="CRM for a bakery?",
        published_at=timezone.now(),
    )


def test_a_post_read_through_three_sources_is_one_lead():
    monitor = MonitorFactory(keyword_set=KeywordSetFactory(expression='"looking for a CRM"'), min_score=0)
    report = PollReport(monitor_id=monitor.pk)
    posts_process(
        monitor=monitor,
        posts=[
            _post("reddit", "t3_abc", "https://reddit.example.com/r/smallbusiness/comments/abc/"),
            _post("rss", "item-abc", "https://www.reddit.example.com/r/smallbusiness/comments/abc?utm_source=rss"),
            _post("bluesky", "at-1", "https://bsky.example.com/profile/rosa/post/1", author_handle="@Rosa_Bakes"),
        ],
        report=report,
    )
    lead = Lead.objects.get()
    assert report.matched == 3 and report.leads_created == 1 and report.lead_ids == [lead.pk]
    assert [s["platform"] for s in lead_sources(lead)] == ["reddit", "rss", "bluesky"]
    assert set(SeenPost.objects.values_list("lead_id", flat=True)) == {lead.pk}  # each source remembers it read it
