"""Schedule the periodic check that queues a retrain after RETRAIN_AFTER_LABELS new labels (idempotent)."""

from django.db import migrations

NAME = "enrichment: retrain after new labels"


def create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    if not Schedule.objects.filter(name=NAME).exists():
        Schedule.objects.create(name=NAME, func="enrichment.tasks.retrain_check", schedule_type="I", minutes=15)


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("enrichment", "0002_retrain_runs"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create, remove)]
