"""Validation of scoring-rule values, shared by the admin, the API and the scorer."""

from insight.patterns import pattern_error
from insight.validation import whole_number
from leads.models import IntentLevel, LeadKind, RuleCondition, SentimentLabel

_BOOLEAN_VALUES = {"", "true", "false", "yes", "no"}


def rule_value_error(condition: str, value: str) -> str | None:
    """Return a message saying why ``value`` does not fit ``condition``, or None when it does."""
    value = (value or "").strip()
    text_conditions = (RuleCondition.KEYWORD, RuleCondition.PLATFORM, RuleCondition.CATEGORY, RuleCondition.AUTHOR)
    if condition in text_conditions and not value:
        return "Give the text to look for."
    if condition == RuleCondition.REGEX:
        if not value:
            return "Give a regular expression."
        if problem := pattern_error(value):
            return problem[0].upper() + problem[1:]
    if condition in (RuleCondition.HAS_PHONE, RuleCondition.HAS_EMAIL) and value.lower() not in _BOOLEAN_VALUES:
        return "Use true or false (blank means true)."
    if condition == RuleCondition.INTENT_LEVEL and value not in IntentLevel.values:
        return f"Use one of: {', '.join(IntentLevel.values)}."
    if condition == RuleCondition.SENTIMENT and value not in SentimentLabel.values:
        return f"Use one of: {', '.join(SentimentLabel.values)}."
    if condition == RuleCondition.KIND and value not in LeadKind.values:
        return f"Use one of: {', '.join(LeadKind.values)}."
    if condition == RuleCondition.RECENCY:
        if not whole_number(value, maximum=24 * 365 * 100):
            return "Give a number of hours greater than zero."
    return None
