"""Starter scoring rules ship as data (leads/data/starter_scoring_rules.json), are in the database after migrate,
are valid rules admins edit, and loading them again never undoes an admin's edit (issue 20)."""

import pytest

from leads.models import LeadKind, ScoringRule
from leads.starter_rules import starter_rules, starter_rules_load

pytestmark = pytest.mark.django_db


def test_the_starter_rules_are_there_after_migrate_for_both_kinds():
    shipped = {rule["name"]: rule for rule in starter_rules()}
    stored = {rule.name: rule for rule in ScoringRule.objects.filter(name__in=shipped)}
    assert set(stored) == set(shipped)
    assert {rule.applies_to for rule in stored.values()} == {LeadKind.CONVERSATION, LeadKind.BUSINESS}
    for name, rule in stored.items():
        rule.full_clean()  # every value fits its condition, as the admin form checks it
        assert rule.is_active and (rule.condition, rule.value, rule.weight) == (
            shipped[name]["condition"],
            shipped[name]["value"],
            shipped[name]["weight"],
        )


def test_loading_again_keeps_an_admins_edit_and_creates_only_what_is_missing():
    edited = ScoringRule.objects.get(name="Asks for recommendations")
    edited.weight, edited.is_active = 3, False
    edited.save()
    ScoringRule.objects.filter(name="Listing has an email address").delete()

    assert starter_rules_load() == 1
    edited.refresh_from_db()
    assert (edited.weight, edited.is_active) == (3, False)
    assert ScoringRule.objects.filter(name="Listing has an email address").exists()
    assert starter_rules_load() == 0
