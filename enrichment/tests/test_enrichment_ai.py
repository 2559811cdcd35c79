"""Extractive summary, quality score and key insights."""

from datetime import UTC, datetime, timedelta

import pytest

from enrichment.quality import age_text, insights_for, quality_compute
from enrichment.summary import extractive_summary, sentences
from leads.models import ContactKind, LeadKind
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # Monday 15:00 in Toronto

BAKERY = (
    "Old Mill Bakery bakes sourdough bread and pastries every morning in Toronto. "
    "Our sourdough is fermented for 36 hours and baked in a stone oven. "
    "Parking is available behind the building. "
    "We also bake custom cakes for birthdays and weddings. "
    "Follow us for weekly specials! "
    "Fresh bread, croissants and cinnamon buns come out of the oven before 8 am."
)


def test_the_summary_only_uses_sentences_of_the_text_in_their_order():
    result = extractive_summary([BAKERY])
    assert result["method"].startswith("most central sentences")
    assert len(result["sentences"]) == 2 and len(result["text"]) <= 300
    source = sentences([BAKERY])
    picked = [s["text"] for s in result["sentences"]]
    assert all(s in source for s in picked)
    assert picked == sorted(picked, key=source.index)
    assert "Parking" not in result["text"] and "Follow us" not in result["text"]


def test_a_short_text_is_its_own_summary_and_no_text_gives_none():
    assert extractive_summary(["Need a CRM for a 5 person team."])["text"] == "Need a CRM for a 5 person team."
    assert extractive_summary(["", "ok"])["text"] == ""


def test_quality_score_rewards_complete_verified_fresh_leads():
    rich = LeadFactory(intent_probability=0.9, intent_level="high", published_at=NOW - timedelta(hours=2))
    ContactPointFactory(lead=rich, kind=ContactKind.PHONE, normalized_value="+14165550123", confidence=0.95)
    ContactPointFactory(lead=rich, kind=ContactKind.EMAIL, value="a@example.com", normalized_value="a@example.com")
    results = {
        "phone": {"best": {"e164": "+14165550123", "valid": True, "type": "fixed_line_or_mobile"}},
        "twilio": {"found": True, "line_type": "mobile"},
        "places": {"matched": True, "place": {"phone_matches_lead": True}},
    }
    score, explanation = quality_compute(lead=rich, contacts=list(rich.contact_points.all()), results=results, now=NOW)
    poor = LeadFactory(name="x", text="", location="", category="", published_at=NOW - timedelta(days=200))
    low, _ = quality_compute(lead=poor, contacts=[], results={}, now=NOW)
    assert score >= 75 and low <= 10
    parts = {p["name"]: p for p in explanation["components"]}
    assert parts["intent"]["points"] == 18.0 and parts["freshness"]["reasons"] == ["published 2 h ago"]
    assert "line type confirmed by Twilio (mobile)" in parts["verification"]["reasons"]
    assert sum(p["max"] for p in parts.values()) == 100 and explanation["total"] == score


def test_a_permanently_closed_business_gets_no_freshness():
    lead = LeadFactory()
    results = {"places": {"matched": True, "place": {"business_status": "CLOSED_PERMANENTLY"}}}
    _, explanation = quality_compute(lead=lead, contacts=[], results=results, now=NOW)
    freshness = next(p for p in explanation["components"] if p["name"] == "freshness")
    assert freshness["points"] == 0 and "permanently closed" in freshness["reasons"][0]
    assert "permanently closed (Google)" in insights_for(lead=lead, results=results, now=NOW)


def test_insights_say_callable_mobile_and_what_the_post_asked():
    post = LeadFactory(
        kind=LeadKind.CONVERSATION,
        name="CRM for a small agency?",
        text="Can anyone recommend a CRM for a 6 person agency?",
        published_at=NOW - timedelta(hours=2),
    )
    results = {
        "phone": {"best": {"valid": True, "type": "fixed_line_or_mobile", "time_zones": ["America/Toronto"]}},
        "twilio": {"found": True, "line_type": "mobile", "caller_name": "EXAMPLE CALLER"},
    }
    assert insights_for(lead=post, results=results, now=NOW)[:3] == [
        "mobile number, callable now",
        "asked for recommendations 2 h ago",
        "registered to EXAMPLE CALLER (Twilio)",
    ]
    late = insights_for(lead=post, results=results, now=NOW + timedelta(hours=8))
    assert late[0] == "mobile number, 23:00 there — outside call hours (09:00–18:00 Mon–Fri)"


def test_age_text():
    assert [age_text(NOW - d, NOW) for d in (timedelta(seconds=5), timedelta(hours=3), timedelta(days=3))] == [
        "1 min",
        "3 h",
        "3 d",
    ]
