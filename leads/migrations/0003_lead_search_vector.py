"""A generated tsvector column with a GIN index on PostgreSQL; SQLite searches with LIKE instead."""

from django.db import migrations

FORWARD = """
ALTER TABLE leads_lead ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce(name, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(author, '') || ' ' || coalesce(category, '')), 'B') ||
    setweight(to_tsvector('simple', coalesce(text, '')), 'C')
) STORED;
CREATE INDEX lead_search_vector_idx ON leads_lead USING gin (search_vector);
"""
BACKWARD = "DROP INDEX IF EXISTS lead_search_vector_idx; ALTER TABLE leads_lead DROP COLUMN IF EXISTS search_vector;"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("leads", "0002_initial")]

    operations = [migrations.RunPython(forward, backward)]
