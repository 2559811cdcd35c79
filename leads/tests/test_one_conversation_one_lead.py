"""Issue 24: a post seen through several sources is one lead naming every source; a business listed twice in one
task is one lead."""

import pytest

from leads.dedupe import content_key
from leads.models import Lead
from leads.services import lead_sources, lead_upsert

pytestmark = pytest.mark.django_db

POST = "Looking for a CRM that a five-person bakery can set up in an afternoon. Any recommendations?"


def _post(**fields):
    base = {"kind": "conversation", "name": "CRM for a bakery?", "text": POST, "author_handle": "u/rosa_bakes"}
    return lead_upsert(**{**base, **fields})


def test_the_same_url_through_three_sources_is_one_lead_with_three_sources():
    first, created = _post(platform="reddit", platform_id="t3_abc", url="https://reddit.example.com/r/x/comments/abc/")
    _, again = _post(platform="reddit_rss", platform_id="rss-99", url="https://www.reddit.example.com/r/x/comments/abc")
    _, third = _post(platform="search", url="https://reddit.example.com/r/x/comments/abc?utm_source=share", raw={})

    assert created and not again and not third
    assert Lead.objects.count() == 1
    first.refresh_from_db()
    assert [s["platform"] for s in lead_sources(first)] == ["reddit", "reddit_rss", "search"]
    assert first.platform == "reddit" and first.platform_id == "t3_abc"  # the first source stays the lead's own


def test_the_same_text_by_the_same_author_elsewhere_is_the_same_lead():
    first, _ = _post(platform="reddit", platform_id="t3_abc", url="https://reddit.example.com/r/x/comments/abc")
    other, created = _post(
        platform="mastodon",
        platform_id="m-5",
        url="https://social.example.com/@rosa_bakes/5",
        author_handle="@Rosa_Bakes",
        text=POST.upper().replace(" ", "  "),
    )
    assert not created and other.pk == first.pk
    assert len(lead_sources(other)) == 2


def test_the_same_text_by_another_author_or_a_short_text_stays_apart():
    _post(platform="reddit", platform_id="a", url="https://reddit.example.com/a")
    _, created = _post(platform="reddit", platform_id="b", url="https://reddit.example.com/b", author_handle="u/other")
    assert created
    assert content_key(text="Thanks!", author_handle="u/x") == ""
    lead_upsert(kind="conversation", name="t", text="Thanks!", author_handle="u/x", platform="r", platform_id="c")
    _, short = lead_upsert(
        kind="conversation", name="t", text="Thanks!", author_handle="u/x", platform="r", platform_id="d"
    )
    assert short
    assert Lead.objects.count() == 4


def test_rediscovery_by_the_same_key_keeps_the_sources():
    _post(platform="reddit", platform_id="t3_abc", url="https://reddit.example.com/c/abc", raw={"n": 1})
    _post(platform="rss", platform_id="r1", url="https://reddit.example.com/c/abc", raw={"n": 2})
    lead, created = _post(platform="reddit", platform_id="t3_abc", url="https://reddit.example.com/c/abc", raw={"n": 3})
    assert not created
    lead.refresh_from_db()
    assert lead.raw["n"] == 3
    assert [s["platform"] for s in lead.raw["sources"]] == ["reddit", "rss"]


def test_a_business_listed_twice_in_one_task_is_one_lead():
    from scraping.tests.factories import ScrapeTaskFactory

    task = ScrapeTaskFactory()
    other_task = ScrapeTaskFactory()
    listing = {"kind": "business", "platform": "directory", "location": "12 Quay St, Halifax", "scrape_task": task}
    first, _ = lead_upsert(name="Sparrow Café", url="https://dir.example.com/biz/sparrow-cafe", **listing)
    again, created = lead_upsert(name="Sparrow Cafe", url="https://dir.example.com/ad/991", raw={}, **listing)
    assert not created and again.pk == first.pk
    assert len(lead_sources(again)) == 2
    # A chain's branch elsewhere, or a listing without address or site, or another task: separate leads.
    _, branch = lead_upsert(
        **{**listing, "location": "4 Main St, Truro"}, name="Sparrow Café", url="https://dir.example.com/biz/2"
    )
    _, bare = lead_upsert(**{**listing, "location": ""}, name="Sparrow Café", url="https://dir.example.com/biz/3")
    _, elsewhere = lead_upsert(
        **{**listing, "scrape_task": other_task}, name="Sparrow Café", url="https://dir.example.com/biz/4"
    )
    assert branch and bare and elsewhere
    assert Lead.objects.count() == 4
