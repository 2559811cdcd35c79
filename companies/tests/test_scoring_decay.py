from datetime import timedelta

import pytest
from django.utils import timezone

from companies.alerts import companies_rescore_all
from companies.models import FieldRule, SignalDecay
from companies.services import company_rescore, lead_company_match
from companies.tests.factories import listing, post
from leads.models import LeadStatus

pytestmark = pytest.mark.django_db
NOW = timezone.now()


def company_with_post(days_old: float, probability: float = 0.9):
    company = lead_company_match(
        lead_id=listing(
            name="Maple Leaf Plumbing",
            website="maple-leaf.example.com",
            category="Plumber",
            phones={"+14165550123": "fixed_line"},
            emails=["office@maple-leaf.example.com"],
        ).pk
    ).company
    conversation = post(
        "We are looking for a CRM for our dispatchers. jane@maple-leaf.example.com",
        published_at=NOW - timedelta(days=days_old),
        intent_probability=probability,
        intent_level="high",
        sentiment_score=0.5,
    )
    lead_company_match(lead_id=conversation.pk)
    return company, conversation


def contributions(company):
    return {c.get("signal") or c["name"]: c for c in company.score_explanation["contributions"]}


def test_the_score_explains_each_signal_like_a_lead_score():
    company, conversation = company_with_post(days_old=1)
    company = company_rescore(company_id=company.pk, now=NOW)
    explanation = company.score_explanation
    assert set(explanation) >= {"formula", "total", "raw_total", "clamped", "contributions", "rules_not_matched"}
    parts = contributions(company)
    intent = parts["intent"]
    assert intent["evidence"]["lead_id"] == conversation.pk and intent["evidence"]["platform"] == "reddit"
    assert intent["weight"] == round(40 * 0.9 * 0.5 ** (1 / 7))
    listing_part = parts["listing"]["evidence"]
    assert listing_part["completeness"] == 1.0 and listing_part["callable_phones"][0]["type"] == "fixed_line"
    assert parts["listing"]["weight"] == 25  # complete, callable and fresh
    assert parts["sentiment"]["weight"] == round(10 * 0.5 * 0.5 ** (1 / 14))
    assert company.score == explanation["total"] == sum(c["weight"] for c in explanation["contributions"])


def test_field_rules_add_and_subtract_points():
    mobile = listing(name="Quick Locks", location="Toronto", phones={"+14165550188": "mobile"}, emails=["ql@gmail.com"])
    company = lead_company_match(lead_id=mobile.pk).company
    company = company_rescore(company_id=company.pk, now=NOW)
    parts = contributions(company)
    assert parts["Has a mobile phone"]["weight"] == 10
    assert parts["Free-mail addresses only"]["weight"] == -5
    assert parts["Free-mail addresses only"]["evidence"] == {"emails": ["ql@gmail.com"]}
    FieldRule.objects.filter(name="Has a mobile phone").update(is_active=False)
    assert "Has a mobile phone" not in contributions(company_rescore(company_id=company.pk, now=NOW))


def test_intent_decays_with_its_half_life_over_simulated_time():
    company, _ = company_with_post(days_old=0)
    scores = []
    for days in (0, 7, 14, 28):
        company = company_rescore(company_id=company.pk, now=NOW + timedelta(days=days))
        scores.append(contributions(company)["intent"]["weight"])
    assert scores == [36, 18, 9, 2]  # 40 x 0.9, halved every 7 days
    SignalDecay.objects.filter(signal="intent").update(half_life_days=14)
    company = company_rescore(company_id=company.pk, now=NOW + timedelta(days=14))
    assert contributions(company)["intent"]["weight"] == 18


def test_fresh_intent_rises_above_old_intent_and_the_scheduled_job_sinks_old_companies():
    old, _ = company_with_post(days_old=30)
    fresh_company = lead_company_match(
        lead_id=listing(name="Birch Dental", location="Ottawa, ON", website="birch-dental.example.org").pk
    ).company
    lead_company_match(
        lead_id=post(
            "Recommend a CRM for a dental office? ask@birch-dental.example.org",
            published_at=NOW,
            intent_probability=0.8,
            intent_level="high",
        ).pk
    )
    assert companies_rescore_all(now=NOW) == 2
    old.refresh_from_db()
    fresh_company.refresh_from_db()
    assert contributions(fresh_company)["intent"]["weight"] > contributions(old)["intent"]["weight"]
    before = old.score
    companies_rescore_all(now=NOW + timedelta(days=365))
    old.refresh_from_db()
    assert old.score < before


def test_engagement_counts_how_far_our_pipeline_got():
    company, conversation = company_with_post(days_old=1)
    conversation.status = LeadStatus.QUALIFIED
    conversation.save()
    company = company_rescore(company_id=company.pk, now=conversation.updated_at)
    assert contributions(company)["engagement"]["weight"] == 20  # 25 x 0.8


def test_twilios_line_type_from_enrichment_settles_a_north_american_number():
    # Extraction can only say "fixed line or mobile" for +1 numbers; enrichment's Twilio lookup says landline.
    office = listing(name="Harbour Heating", location="Toronto", phones={"+14165550142": "fixed_line_or_mobile"})
    company = lead_company_match(lead_id=office.pk).company
    assert "Has a mobile phone" in contributions(company_rescore(company_id=company.pk, now=NOW))

    office.contact_points.filter(kind="phone").update(
        verification={"offline": {"type": "fixed_line_or_mobile"}, "twilio": {"line_type": "landline"}}
    )
    company = company_rescore(company_id=company.pk, now=NOW)
    parts = contributions(company)
    assert "Has a mobile phone" not in parts
    assert parts["listing"]["evidence"]["callable_phones"] == [{"phone": "+14165550142", "type": "fixed_line"}]


def test_enrichments_offline_type_counts_when_extraction_left_none():
    imported = listing(name="Quiet Imports", location="Toronto", phones={"+14165550143": ""})
    imported.contact_points.filter(kind="phone").update(verification={"offline": {"type": "mobile"}})
    company = company_rescore(company_id=lead_company_match(lead_id=imported.pk).company.pk, now=NOW)
    assert contributions(company)["Has a mobile phone"]["evidence"] == {"phones": ["+14165550143"]}
