"""Starter scoring rules for conversations and business listings (idempotent: creates only missing names)."""

from django.db import migrations


def load(apps, schema_editor):
    from leads.starter_rules import starter_rules_load

    starter_rules_load(apps.get_model("leads", "ScoringRule"))


class Migration(migrations.Migration):
    dependencies = [
        ("leads", "0006_lead_list_order_indexes"),
    ]

    # Reversing keeps the rules: by then they are the admins' data.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
