"""Admin-written patterns on hostile scraped text: a pattern that backtracks without end is stopped, named in the
score's explanation and on the lead page, and costs neither the score nor the worker."""

import pytest
from django.urls import reverse

from accounts.models import Role
from accounts.tests.factories import UserFactory
from enrichment.nlp.analyze import Analysis
from leads.models import RuleCondition, ScoringRule
from leads.scoring import score_compute, scoring_input_for_text
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

BACKTRACKING = r"(\w|\w\w)+$"  # "ends in a word": fine on "need a crm", exponential on a long token before a "!"
HOSTILE = "Anyone know a good crm? Details at https://example.com/t/" + "x9" * 30 + "!"


def _analysis() -> Analysis:
    return Analysis(
        sentiment={"label": "neutral", "score": 0.0},
        intent={"probability": 0.5, "level": "medium"},
        intent_version_id=1,
        sentiment_version_id=2,
        embedder="test",
    )


def _rule(name: str, value: str, weight: int) -> ScoringRule:
    rule = ScoringRule(name=name, condition=RuleCondition.REGEX, value=value, weight=weight)
    rule.full_clean()
    rule.save()
    return rule


@pytest.mark.timeout(30)
def test_a_backtracking_rule_is_stopped_and_named_while_the_other_rules_still_count():
    slow, sound = _rule("Whole sentence", BACKTRACKING, 30), _rule("Mentions CRM", r"\bcrm\b", 15)
    score, explanation = score_compute(scoring_input_for_text(HOSTILE, _analysis()), [slow, sound])
    assert score == 40 + 15  # half the intent base (80), and the sound rule
    assert [c.get("rule_id") for c in explanation["contributions"]] == [None, sound.id]
    [stopped] = explanation["rules_stopped"]
    assert stopped["rule_id"] == slow.id and "stopped after" in stopped["reason"]
    assert slow.id in explanation["rules_not_matched"]
    assert score_compute(scoring_input_for_text("need a crm", _analysis()), [slow])[0] == 40 + 30


@pytest.mark.timeout(30)
def test_the_lead_page_says_which_rule_was_not_applied(client):
    slow = _rule("Whole sentence", BACKTRACKING, 30)
    _, explanation = score_compute(scoring_input_for_text(HOSTILE, _analysis()), [slow])
    lead = LeadFactory(text=HOSTILE, score=20, score_explanation=explanation)
    client.force_login(UserFactory(role=Role.SALES))
    page = client.get(reverse("dashboard:lead_detail", args=[lead.pk])).content.decode()
    assert "Rule “Whole sentence” was not applied: The pattern" in page
