from datetime import timedelta

import pytest
from django.utils import timezone

from enrichment.nlp.analyze import Analysis
from enrichment.services import lead_score_apply
from enrichment.tests.factories import ModelVersionFactory
from leads.models import LeadKind, RuleCondition, ScoringRule
from leads.scoring import active_rules, score_compute, scoring_input_for_text
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db


def _analysis(probability=0.9, level="high", sentiment="negative", intent_id=1, sentiment_id=2) -> Analysis:
    return Analysis(
        sentiment={"label": sentiment, "score": -0.6},
        intent={"probability": probability, "level": level},
        intent_version_id=intent_id,
        sentiment_version_id=sentiment_id,
        embedder="test",
    )


def _rule(condition, value, weight, **extra) -> ScoringRule:
    rule = ScoringRule(name=f"{condition} {value} {weight}", condition=condition, value=value, weight=weight, **extra)
    rule.full_clean()
    rule.save()
    return rule


def _starter_rules_off():
    """These tests count their own rules; the starter rules a fresh install ships are tested on their own."""
    ScoringRule.objects.update(is_active=False)


def test_every_condition_type_fires_and_is_listed_with_evidence():
    _starter_rules_off()
    now = timezone.now()
    lead = LeadFactory(
        kind=LeadKind.CONVERSATION,
        platform="reddit",
        category="Software",
        name="Need a CRM",
        text="Our Pipewise contract ends soon, anyone recommend a crm? email ops@example.com",
        published_at=now - timedelta(hours=2),
    )
    ContactPointFactory(lead=lead)
    rules = [
        _rule(RuleCondition.KEYWORD, "recommend, switch", 5),
        _rule(RuleCondition.REGEX, r"contract (ends|is up)", 5),
        _rule(RuleCondition.PLATFORM, "reddit", 3),
        _rule(RuleCondition.KIND, "conversation", 2),
        _rule(RuleCondition.CATEGORY, "software", 2),
        _rule(RuleCondition.HAS_PHONE, "", 4),
        _rule(RuleCondition.HAS_EMAIL, "true", 4),
        _rule(RuleCondition.INTENT_LEVEL, "medium", 10),
        _rule(RuleCondition.SENTIMENT, "negative", 3),
        _rule(RuleCondition.RECENCY, "24", 6),
    ]
    ModelVersionFactory(id=1)
    lead_score_apply(lead=lead, analysis=_analysis(probability=0.5, level="medium"), now=now)
    lead.refresh_from_db()
    contributions = lead.score_explanation["contributions"]
    by_rule = {c["rule_id"]: c for c in contributions if c["source"] == "rule"}
    assert set(by_rule) == {r.id for r in rules}
    assert by_rule[rules[0].id]["evidence"]["match"] == "recommend"
    assert by_rule[rules[1].id]["evidence"]["match"] == "contract ends"
    assert by_rule[rules[6].id]["evidence"]["found"] == ["ops@example.com"]
    assert contributions[0] == {
        "source": "model",
        "name": "Buyer intent",
        "weight": 40,
        "evidence": {"probability": 0.5, "level": "medium"},
    }
    assert lead.score == 40 + 44 == sum(c["weight"] for c in contributions)
    assert lead.intent_level == "medium" and lead.sentiment_label == "negative"
    assert lead.model_version_id == 1 and lead.score_explanation["model"]["sentiment_version_id"] == 2
    assert lead.scored_at == now


def test_rules_that_do_not_match_add_nothing_but_are_listed():
    keyword = _rule(RuleCondition.KEYWORD, "plumber", 30)
    phone = _rule(RuleCondition.HAS_PHONE, "false", 10)
    data = scoring_input_for_text("call 416 555 0142 for a quote", _analysis(0.5, "low", "neutral"))
    score, explanation = score_compute(data, [keyword, phone])
    assert score == 40  # round(80 x 0.5)
    assert explanation["rules_not_matched"] == [keyword.id, phone.id]


def test_total_is_clamped_to_0_100_and_says_so():
    big = _rule(RuleCondition.INTENT_LEVEL, "low", 100)
    score, explanation = score_compute(scoring_input_for_text("x", _analysis()), [big])
    assert (score, explanation["raw_total"], explanation["clamped"]) == (100, 172, True)
    penalty = _rule(RuleCondition.SENTIMENT, "negative", -100)
    score, explanation = score_compute(scoring_input_for_text("x", _analysis()), [penalty])
    assert (score, explanation["clamped"]) == (0, True)


def test_inactive_out_of_window_and_other_kind_rules_are_ignored():
    _starter_rules_off()
    now = timezone.now()
    live = _rule(RuleCondition.KEYWORD, "crm", 5)
    _rule(RuleCondition.KEYWORD, "crm", 6, is_active=False)
    _rule(RuleCondition.KEYWORD, "crm", 7, active_from=now + timedelta(days=1))
    _rule(RuleCondition.KEYWORD, "crm", 8, active_until=now - timedelta(minutes=1))
    business = _rule(RuleCondition.KEYWORD, "crm", 9, applies_to=LeadKind.BUSINESS)
    assert active_rules(now=now, kind=LeadKind.CONVERSATION) == [live]
    assert active_rules(now=now, kind=LeadKind.BUSINESS) == [live, business]


def test_real_analysis_scores_a_lead_and_records_the_active_model_version():
    from enrichment.selectors import active_heads

    lead = LeadFactory(kind=LeadKind.CONVERSATION, name="", text="can anyone recommend an accountant for a cafe?")
    lead_score_apply(lead=lead)
    lead.refresh_from_db()
    assert lead.model_version_id == active_heads().intent_version_id
    assert lead.intent_level == "high" and lead.score >= 30
    assert lead.score_explanation["model"]["embedder"].startswith("all-MiniLM-L6-v2")
