import pytest
from django.core.exceptions import ValidationError

from leads.models import KeywordSet, ScoringRule

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("condition", "value", "message"),
    [
        ("regex", "crm(", "Not a valid regular expression"),
        ("intent_level", "urgent", "Use one of: high, medium, low, none"),
        ("recency", "-3", "number of hours greater than zero"),
        ("has_phone", "maybe", "Use true or false"),
        ("keyword", "", "Give the text to look for"),
    ],
)
def test_a_rule_with_a_value_that_does_not_fit_its_condition_is_refused(condition, value, message):
    rule = ScoringRule(name="r", condition=condition, value=value, weight=10)
    with pytest.raises(ValidationError) as error:
        rule.full_clean()
    assert message in str(error.value.message_dict["value"])


def test_a_sound_rule_passes():
    ScoringRule(name="Mentions CRM", condition="regex", value=r"\bcrm\b", weight=15).full_clean()


def test_weights_beyond_a_hundred_are_refused():
    with pytest.raises(ValidationError) as error:
        ScoringRule(name="huge", condition="has_phone", value="", weight=150).full_clean()
    assert "weight" in error.value.message_dict


def test_a_keyword_set_with_an_unclosed_phrase_is_refused():
    with pytest.raises(ValidationError, match="not closed"):
        KeywordSet(name="k", expression='"looking for a crm').full_clean()
