"""Issue #24: keyword sets made and changed from the monitor form, their preview, and the schedule's words."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import Role
from dashboard.monitor_health import monitor_schedule
from leads.models import KeywordSet, LeadKind
from leads.tests.factories import KeywordSetFactory, LeadFactory
from scraping.models import Monitor
from scraping.tests.factories import MonitorFactory


def _form(**extra) -> dict:
    return {
        "name": "CRM buyers",
        "min_score": "40",
        "poll_interval": "300",
        "is_active": "on",
        "reddit__on": "on",
        **extra,
    }


def test_first_monitor_creates_its_keyword_set_in_place(client_for):
    client = client_for(Role.MARKETING)
    page = client.get("/monitors/new/").content.decode()
    assert "New keyword set…" in page and 'name="keyword_expression"' in page
    response = client.post(
        "/monitors/new/",
        _form(keyword_set="", keyword_name="CRM seekers", keyword_expression='"looking for a CRM" OR recommend*'),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    keyword_set = KeywordSet.objects.get()
    assert keyword_set.name == "CRM seekers" and keyword_set.expression == '"looking for a CRM" OR recommend*'
    assert Monitor.objects.get().keyword_set == keyword_set


def test_new_keyword_set_errors_name_the_fields_and_save_nothing(client_for):
    client = client_for(Role.MARKETING)
    response = client.post("/monitors/new/", _form(keyword_set="", keyword_name="", keyword_expression="crm AND ("))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Name the new keyword set." in html
    assert "at character" in html  # the parser's message, on the Keywords field
    assert "This field is required" not in html
    assert not KeywordSet.objects.exists() and not Monitor.objects.exists()


def test_editing_the_loaded_keyword_set_changes_it(client_for):
    client = client_for(Role.MARKETING)
    keyword_set = KeywordSetFactory(name="CRM", expression="crm")
    monitor = MonitorFactory(owner=client.user, keyword_set=keyword_set)
    data = _form(
        keyword_set=keyword_set.pk,
        keyword_loaded=keyword_set.pk,
        keyword_name="CRM",
        keyword_expression="crm NOT hiring",
    )
    response = client.post(f"/monitors/{monitor.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    keyword_set.refresh_from_db()
    assert keyword_set.expression == "crm NOT hiring"


def test_choosing_another_set_without_loading_it_does_not_overwrite_it(client_for):
    client = client_for(Role.MARKETING)
    first, second = KeywordSetFactory(expression="crm"), KeywordSetFactory(expression="invoicing")
    data = _form(keyword_set=second.pk, keyword_loaded=first.pk, keyword_name=first.name, keyword_expression="crm")
    assert client.post("/monitors/new/", data).status_code == 302
    second.refresh_from_db()
    assert second.expression == "invoicing" and Monitor.objects.get().keyword_set == second


def test_a_failing_monitor_does_not_keep_the_new_keyword_set(client_for):
    client = client_for(Role.MARKETING)
    data = _form(keyword_set="", keyword_name="Fresh", keyword_expression="crm", rss__on="on", rss__urls="not a url")
    response = client.post("/monitors/new/", data)
    assert response.status_code == 400
    assert not KeywordSet.objects.filter(name="Fresh").exists()


def test_preview_counts_and_highlights_recent_posts(client_for):
    client = client_for(Role.MARKETING)
    LeadFactory(kind=LeadKind.CONVERSATION, name="Need a CRM", text="Can anyone recommend a CRM for <b>bakers</b>?")
    LeadFactory(kind=LeadKind.CONVERSATION, name="Hiring", text="We are hiring a baker")
    body = client.get("/monitors/keywords/preview/", {"expression": "crm"}).json()
    assert body["matched"] == 1 and body["total"] == 2
    assert body["summary"] == "Would have matched 1 of the last 2 posts."
    parts = body["examples"][0]["parts"]
    assert {"text": "CRM", "match": True} in parts  # the match, as text: scripts never read a post as HTML
    assert any("<b>bakers</b>" in p["text"] and not p["match"] for p in parts)
    page = client.post("/monitors/new/", {"keyword_expression": "crm", "preview_keywords": "1"}).content.decode()
    assert "<mark>CRM</mark>" in page and "&lt;b&gt;bakers&lt;/b&gt;" in page
    bad = client.get("/monitors/keywords/preview/", {"expression": "crm AND ("}).json()
    assert bad["error"] and bad["matched"] == 0


def test_preview_button_shows_matches_without_saving(client_for):
    client = client_for(Role.MARKETING)
    LeadFactory(kind=LeadKind.CONVERSATION, name="Need a CRM", text="Any CRM tips?")
    data = _form(keyword_set="", keyword_name="Fresh", keyword_expression="crm", preview_keywords="1", is_active="")
    response = client.post("/monitors/new/", data)
    html = response.content.decode()
    assert response.status_code == 200 and "Would have matched 1 of the last 1 post." in html
    assert "<mark>CRM</mark>" in html and 'value="Fresh"' in html
    assert 'name="is_active" id="id_is_active" checked' not in html
    assert not KeywordSet.objects.exists()


def test_sales_cannot_preview(client_for):
    assert client_for(Role.SALES).get("/monitors/keywords/preview/", {"expression": "x"}).status_code == 403


@pytest.mark.parametrize(
    ("polled_ago", "next_in", "expected"),
    [
        (None, None, "No checks yet"),
        (60, 240, "next in 4\xa0minutes"),  # 5-minute interval, checked a minute ago
        (60, 3600 + 240, "Checking now"),  # the claim's lease: a check is running, not "next in 1 hour"
        (400, -100, "next within a minute"),
    ],
)
def test_schedule_words_follow_the_real_schedule(db, polled_ago, next_in, expected):
    now = timezone.now()
    monitor = MonitorFactory(
        poll_interval=300,
        last_polled_at=now - datetime.timedelta(seconds=polled_ago) if polled_ago else None,
        next_poll_at=now + datetime.timedelta(seconds=next_in) if next_in is not None else None,
    )
    text = monitor_schedule(monitor, now=now)["text"]
    assert expected in text
    assert ("No checks yet" in text) == (polled_ago is None)


def test_list_says_checked_when_a_check_ran_without_source_health(client_for):
    now = timezone.now()
    MonitorFactory(poll_interval=300, last_polled_at=now, next_poll_at=now + datetime.timedelta(minutes=5))
    html = client_for(Role.SALES).get("/monitors/").content.decode()
    assert "No checks yet" not in html and "every 5 minutes" in html


def test_a_tampered_loaded_marker_is_ignored_not_an_invisible_error(client_for):
    client = client_for(Role.MARKETING)
    keyword_set = KeywordSetFactory(expression="crm")
    data = _form(keyword_set=keyword_set.pk, keyword_loaded="x" * 50, keyword_expression="other")
    assert client.post("/monitors/new/", data).status_code == 302
    keyword_set.refresh_from_db()
    assert keyword_set.expression == "crm"


def test_odd_preview_input_never_fails(client_for):
    client = client_for(Role.MARKETING)
    for expression in ("", "a" * 6000, '"unclosed', "NOT", "(((((((((((((((((((((((x", "\x00", "site:"):
        response = client.get("/monitors/keywords/preview/", {"expression": expression})
        assert response.status_code == 200 and "summary" in response.json()
