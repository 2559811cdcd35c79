"""The single ExtractionSettings row, with the engine's defaults, so admins edit rather than create it."""

from django.db import migrations


def create_row(apps, schema_editor):
    ExtractionSettings = apps.get_model("scraping", "ExtractionSettings")
    if not ExtractionSettings.objects.exists():
        ExtractionSettings.objects.create()


class Migration(migrations.Migration):
    dependencies = [
        ("scraping", "0002_extraction_settings"),
    ]

    operations = [
        migrations.RunPython(create_row, migrations.RunPython.noop),
    ]
