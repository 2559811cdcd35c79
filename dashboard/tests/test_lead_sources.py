"""Issue 24: the lead page lists every source a conversation was read through."""

import pytest

from accounts.models import Role
from leads.services import lead_upsert

pytestmark = pytest.mark.django_db

TEXT = "Which invoicing tool do small bakeries use? Ours keeps losing receipts every week."


def test_the_lead_page_lists_every_source(client_for):
    lead, _ = lead_upsert(
        kind="conversation",
        name="Invoicing?",
        text=TEXT,
        author_handle="u/kim",
        platform="reddit",
        platform_id="t3_q",
        url="https://reddit.example.com/r/b/comments/q",
    )
    lead_upsert(
        kind="conversation",
        name="Invoicing?",
        text=TEXT,
        author_handle="kim",
        platform="reddit_rss",
        platform_id="rss-q",
        url="https://feeds.example.com/item/q",
    )
    html = client_for(Role.SALES).get(f"/leads/{lead.pk}/").content.decode()
    assert "Seen through 2 sources" in html
    assert "reddit_rss" in html and "https://feeds.example.com/item/q" in html


def test_a_lead_with_one_source_shows_no_list(client_for):
    lead, _ = lead_upsert(kind="conversation", name="x", platform="reddit", url="https://reddit.example.com/one")
    html = client_for(Role.SALES).get(f"/leads/{lead.pk}/").content.decode()
    assert 'id="lead-sources"' not in html
