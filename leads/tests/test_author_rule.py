import pytest
from django.core.exceptions import ValidationError

from leads.models import ScoringRule
from leads.scoring import ScoringInput, score_compute


def post_by(author: str) -> ScoringInput:
    return ScoringInput(
        text="Any CRM suggestions for a small agency?",
        intent_probability=0.5,
        intent_level="medium",
        sentiment_label="neutral",
        author=author,
    )


def test_an_author_rule_adds_its_weight_and_says_whose_post_it_was():
    rule = ScoringRule(id=7, name="Founders", condition="author", value="founder, ceo", weight=15)

    score, explanation = score_compute(post_by("Jamie Example (founder_jamie)"), [rule])

    assert score == 40 + 15  # round(80 x 0.5) and the rule
    assert explanation["contributions"][-1]["evidence"] == {"author": "Jamie Example (founder_jamie)"}


def test_an_author_rule_does_not_fire_for_other_authors():
    rule = ScoringRule(id=8, name="Founders", condition="author", value="founder", weight=15)

    score, explanation = score_compute(post_by("casual_reader"), [rule])

    assert score == 40
    assert explanation["rules_not_matched"] == [8]


@pytest.mark.django_db
def test_an_author_rule_needs_something_to_look_for():
    with pytest.raises(ValidationError, match="Give the text to look for"):
        ScoringRule(name="Empty author rule", condition="author", value="", weight=5).full_clean()
