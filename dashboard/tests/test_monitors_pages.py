import datetime

import pytest
from django.utils import timezone

from accounts.models import Role
from leads.tests.factories import KeywordSetFactory, LeadFactory
from scraping.models import Monitor, SeenPost
from scraping.tests.factories import MonitorFactory


def _form(keyword_set, **extra) -> dict:
    return {
        "name": "CRM buyers",
        "keyword_set": keyword_set.pk,
        "min_score": "40",
        "poll_interval": "900",
        "is_active": "on",
        "reddit__on": "on",
        "reddit__subreddits": "smallbusiness, sales",
        "rss__on": "on",
        "rss__urls": "https://example.com/feed.xml\nhttps://example.org/atom",
        "language": "en",
        "exclude_sites": "spam.example.com",
        **extra,
    }


def test_list_shows_health_and_volume_to_every_role(client_for):
    monitor = MonitorFactory(
        name="Bakery owners",
        status="error",
        last_error="reddit: answered 503",
        source_health={"0:reddit": {"source": "reddit", "status": "error", "posts_read": 12, "last_error": "503"}},
    )
    now = timezone.now()
    for n, matched in enumerate((True, True, False)):
        SeenPost.objects.create(
            monitor=monitor, source="reddit", external_id=f"p{n}", matched=matched, published_at=now
        )
    LeadFactory(monitor=monitor)
    html = client_for(Role.SALES).get("/monitors/").content.decode()
    assert "Bakery owners" in html and "reddit: answered 503" in html
    assert "<strong>2</strong> matched of 3 posts read" in html and "<strong>1</strong> leads" in html
    assert "New monitor" not in html and "Edit" not in html


def test_marketing_creates_a_monitor_from_the_form(client_for):
    client = client_for(Role.MARKETING)
    keyword_set = KeywordSetFactory()
    response = client.post("/monitors/new/", _form(keyword_set))
    assert response.status_code == 302, response.content.decode()[:2000]
    monitor = Monitor.objects.get()
    assert monitor.owner == client.user and monitor.min_score == 40
    assert monitor.sources == [
        {"source": "reddit", "subreddits": ["smallbusiness", "sales"]},
        {"source": "rss", "urls": ["https://example.com/feed.xml", "https://example.org/atom"]},
    ]
    assert monitor.filters == {"language": "en", "exclude_sites": ["spam.example.com"]}
    form = client.get(f"/monitors/{monitor.pk}/edit/").content.decode()
    assert "smallbusiness, sales" in form and "https://example.org/atom" in form


def test_service_errors_are_shown_on_the_form(client_for):
    client = client_for(Role.MARKETING)
    data = _form(KeywordSetFactory(), reddit__subreddits="not a subreddit!", rss__on="", mastodon__on="on")
    response = client.post("/monitors/new/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "is not a subreddit name" in html and "Mastodon instance" in html
    assert not Monitor.objects.exists()
    response = client.post("/monitors/new/", {**data, "reddit__on": "", "mastodon__on": ""})
    assert "Choose at least one source" in response.content.decode()


def test_marketing_edits_only_their_own_monitors_managers_any(client_for):
    keyword_set = KeywordSetFactory()
    marketing = client_for(Role.MARKETING)
    theirs = MonitorFactory(keyword_set=keyword_set)
    assert marketing.get(f"/monitors/{theirs.pk}/edit/").status_code == 403
    assert marketing.post(f"/monitors/{theirs.pk}/poll/").status_code == 403
    manager = client_for(Role.MANAGER)
    response = manager.post(f"/monitors/{theirs.pk}/edit/", _form(keyword_set, name="Renamed", is_active=""))
    assert response.status_code == 302
    theirs.refresh_from_db()
    assert theirs.name == "Renamed" and not theirs.is_active
    manager.post(f"/monitors/{theirs.pk}/poll/")
    assert "paused: activate it" in manager.get("/monitors/").content.decode()


@pytest.mark.parametrize("role", [Role.SALES])
def test_sales_cannot_open_monitor_forms(client_for, role):
    monitor = MonitorFactory()
    client = client_for(role)
    assert client.get("/monitors/new/").status_code == 403
    assert client.post(f"/monitors/{monitor.pk}/edit/", {}).status_code == 403


def test_poll_now_queues_a_poll(client_for, django_capture_on_commit_callbacks):
    client = client_for(Role.MARKETING)
    monitor = MonitorFactory(owner=client.user)
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(f"/monitors/{monitor.pk}/poll/")
    assert response.status_code == 302 and len(callbacks) == 1


def test_source_health_says_how_long_ago_a_source_last_answered(client_for):
    answered = (timezone.now() - datetime.timedelta(minutes=5)).isoformat()
    MonitorFactory(
        name="Florists",
        source_health={"0:hn": {"source": "hackernews", "status": "ok", "posts_read": 3, "last_ok_at": answered}},
    )
    html = client_for(Role.SALES).get("/monitors/").content.decode()
    assert "5\xa0minutes ago" in html and f'datetime="{answered}"' in html
