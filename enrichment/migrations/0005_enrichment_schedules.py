"""Schedule the daily purge of expired lookup-cache rows and the sweep for lost enrichment tasks (idempotent)."""

from django.db import migrations

SCHEDULES = {
    "enrichment: purge expired lookups": {"func": "enrichment.tasks.purge_lookup_cache", "schedule_type": "D"},
    "enrichment: requeue lost runs": {
        "func": "enrichment.tasks.requeue_stale_enrichments",
        "schedule_type": "I",
        "minutes": 15,
    },
}


def create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    for name, fields in SCHEDULES.items():
        if not Schedule.objects.filter(name=name).exists():
            Schedule.objects.create(name=name, repeats=-1, **fields)


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name__in=list(SCHEDULES)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("enrichment", "0004_lead_enrichment"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create, remove)]
