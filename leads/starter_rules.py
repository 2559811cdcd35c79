"""Starter scoring rules for both kinds of lead, shipped as data (``leads/data/starter_scoring_rules.json``).

Loaded by a data migration so a fresh install scores sensibly out of the box. Only rules whose name is not there yet
are created: an admin's edit, deactivation or rename of a starter rule is never overwritten.
"""

import json
from pathlib import Path

STARTER_RULES_PATH = Path(__file__).resolve().parent / "data" / "starter_scoring_rules.json"


def starter_rules() -> list[dict]:
    """The starter rules as the JSON file gives them."""
    return json.loads(STARTER_RULES_PATH.read_text(encoding="utf-8"))


def starter_rules_load(rule_model=None) -> int:
    """Create the starter rules missing by name (``rule_model``: the historical model in a migration); returns
    how many were created."""
    if rule_model is None:
        from leads.models import ScoringRule as rule_model
    created = 0
    for rule in starter_rules():
        fields = {k: v for k, v in rule.items() if k != "name"}
        _, made = rule_model.objects.get_or_create(name=rule["name"], defaults=fields)
        created += made
    return created
