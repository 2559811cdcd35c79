from datetime import timedelta

import pytest
from django.utils import timezone

from leads.models import Lead, LeadKind
from leads.tests.factories import KeywordSetFactory
from scraping.models import MonitorStatus, SeenPost
from scraping.monitoring import monitor_claim, monitor_poll, seen_posts_prune
from scraping.tests.factories import MonitorFactory

pytestmark = pytest.mark.django_db

CRM = '"looking for a CRM" OR (recommend* AND crm) NOT hiring'


def crm_monitor(sources=("reddit", "hackernews", "bluesky"), min_score=0, **kwargs):
    keyword_set = KeywordSetFactory(expression=CRM)
    return MonitorFactory(
        keyword_set=keyword_set, sources=[{"source": s} for s in sources], min_score=min_score, **kwargs
    )


def test_only_matching_posts_become_scored_conversation_leads(fakes):
    monitor = crm_monitor()

    report = monitor_poll(monitor_id=monitor.pk)

    leads = Lead.objects.filter(monitor=monitor)
    # Two of the four fictional posts per source ask for a CRM; the bakery thread and the café POS one do not.
    assert report.matched == 6 and report.leads_created == 6 and leads.count() == 6
    assert set(leads.values_list("platform", flat=True)) == {"reddit", "hackernews", "bluesky"}
    lead = leads.get(platform="reddit", name__startswith="Looking for a CRM")
    assert lead.kind == LeadKind.CONVERSATION and lead.author and lead.url and lead.published_at
    assert lead.raw["matched_keywords"][0] == '"looking for a CRM"'
    (start, end), *_ = lead.raw["spans"]["name"]
    assert lead.name[start:end] == "Looking for a CRM"
    assert lead.scored_at is not None and lead.score_explanation
    assert not leads.filter(name__icontains="sourdough").exists()
    assert SeenPost.objects.filter(monitor=monitor).count() == 12


def test_a_second_poll_creates_nothing_new_and_picks_up_new_posts_only(fakes):
    monitor = crm_monitor()
    monitor_poll(monitor_id=monitor.pk)
    first_ids = set(Lead.objects.values_list("pk", flat=True))

    assert monitor_poll(monitor_id=monitor.pk) is None  # not due yet
    again = monitor_poll(monitor_id=monitor.pk, force=True)
    assert again.leads_created == 0 and again.new_posts == 0
    assert set(Lead.objects.values_list("pk", flat=True)) == first_ids

    fakes.state.add("hackernews", "Can anyone recommend a CRM for a florist?", title="Ask HN: CRM", age=-5)
    fakes.state.add("hackernews", "We are hiring, recommend your friends. CRM experience.", title="Jobs", age=-5)
    third = monitor_poll(monitor_id=monitor.pk, force=True)
    assert third.leads_created == 1
    assert Lead.objects.exclude(pk__in=first_ids).get().name == "Ask HN: CRM"


def test_posts_below_min_score_are_kept_for_analytics_not_as_leads(fakes):
    monitor = crm_monitor(sources=("reddit",), min_score=100)
    report = monitor_poll(monitor_id=monitor.pk)
    below = SeenPost.objects.filter(monitor=monitor, matched=True, lead__isnull=True)
    assert report.below_threshold == 2 and below.count() == 2
    assert all(s.score is not None and s.score < 100 for s in below)
    assert not Lead.objects.filter(monitor=monitor).exists()

    SeenPost.objects.filter(monitor=monitor).update(seen_at=timezone.now() - timedelta(days=60))
    assert seen_posts_prune() == 4


def test_language_filter(fakes):
    fakes.state.add("bluesky", "Looking for a CRM pour mon café", lang="fr", age=-5)
    monitor = crm_monitor(sources=("bluesky",), filters={"language": "fr"})
    monitor_poll(monitor_id=monitor.pk)
    assert list(Lead.objects.values_list("language", flat=True)) == ["fr"]


def test_a_down_source_backs_off_and_shows_while_the_others_still_work(fakes):
    fakes.state.modes["hackernews"] = "500"
    monitor = crm_monitor()

    report = monitor_poll(monitor_id=monitor.pk)

    monitor.refresh_from_db()
    assert report.leads_created == 4  # reddit and bluesky
    assert monitor.status == MonitorStatus.ERROR and "Hacker News answered HTTP 500" in monitor.last_error
    health = monitor.source_health["hackernews"]
    assert health["consecutive_failures"] == 1 and health["next_retry_at"]
    assert monitor.source_health["reddit"]["status"] == "ok" and monitor.source_health["reddit"]["last_ok_at"]

    # Still backing off: the next poll does not even ask Hacker News.
    asked = len(fakes.state.requests_to("hackernews"))
    assert monitor_poll(monitor_id=monitor.pk, force=True).skipped_sources == ["hackernews"]
    assert len(fakes.state.requests_to("hackernews")) == asked

    # Back up and due again: it recovers, from its cursor, and the monitor is OK.
    fakes.state.modes["hackernews"] = "ok"
    later = timezone.now() + timedelta(hours=7)
    assert monitor_poll(monitor_id=monitor.pk, now=later).leads_created == 2
    monitor.refresh_from_db()
    assert monitor.status == MonitorStatus.OK and monitor.last_error == ""


def test_repeated_rate_limits_mark_the_monitor_blocked_and_wait_as_asked(fakes):
    fakes.state.modes["reddit"] = "429"
    fakes.state.retry_after = 4000
    monitor = crm_monitor(sources=("reddit",))
    now = timezone.now()
    for attempt in range(3):
        monitor_poll(monitor_id=monitor.pk, now=now + timedelta(hours=attempt * 7), force=True)
    monitor.refresh_from_db()
    health = monitor.source_health["reddit"]
    assert monitor.status == MonitorStatus.BLOCKED and health["consecutive_refusals"] == 3
    assert "rate limiting" in monitor.last_error


def test_two_workers_never_poll_one_monitor_at_once(fakes):
    monitor = crm_monitor(sources=("hackernews",))
    now = timezone.now()
    assert monitor_poll(monitor_id=monitor.pk, now=now) is not None
    assert monitor_poll(monitor_id=monitor.pk, now=now) is None  # polled: next one in poll_interval

    # While one worker holds the monitor, nobody else polls it, not even a forced "poll now".
    assert monitor_claim(monitor_id=monitor.pk, now=now + timedelta(hours=1)) is not None
    assert monitor_poll(monitor_id=monitor.pk, now=now + timedelta(hours=1, seconds=30), force=True) is None
    monitor.refresh_from_db()
    assert monitor.next_poll_at > now + timedelta(hours=1, seconds=monitor.poll_interval)


def test_cursor_is_saved_per_source(fakes):
    monitor = crm_monitor(sources=("bluesky", "x"))
    monitor_poll(monitor_id=monitor.pk)
    monitor.refresh_from_db()
    assert monitor.cursors["bluesky"]["cursor"]["since"] > 0
    assert monitor.cursors["x"]["cursor"]["since"] > 0


def test_monitor_filters_exclude_authors_and_sites(fakes):
    fakes.state.add("reddit", "Looking for a CRM, DM me", author="crm_spam_bot", age=-5)
    monitor = crm_monitor(sources=("reddit",), filters={"exclude_authors": ["crm_spam_bot"]})
    monitor_poll(monitor_id=monitor.pk)
    assert Lead.objects.count() == 2 and not Lead.objects.filter(author="crm_spam_bot").exists()
    assert SeenPost.objects.get(details__dropped="excluded author")

    other = crm_monitor(sources=("hackernews",), filters={"include_sites": ["example.org"]})
    report = monitor_poll(monitor_id=other.pk)
    assert report.matched == 0  # Hacker News item URLs are on news.ycombinator.com
