"""Daily retention schedule and the two default policies (idempotent; ``ensure_retention_schedule`` recreates the
schedule, policies are edited in admin afterwards)."""

from django.conf import settings
from django.db import migrations

NAME = "compliance: enforce retention policies"


def create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    if not Schedule.objects.filter(name=NAME).exists():
        Schedule.objects.create(
            name=NAME, func="compliance.tasks.retention_enforce_scheduled", schedule_type="D", repeats=-1
        )
    RetentionPolicy = apps.get_model("compliance", "RetentionPolicy")
    for kind, days in (
        ("conversation", settings.RETENTION_CONVERSATION_DAYS),
        ("business", settings.RETENTION_BUSINESS_DAYS),
    ):
        RetentionPolicy.objects.get_or_create(
            lead_kind=kind, defaults={"days": days, "keep_statuses": list(settings.RETENTION_KEEP_STATUSES)}
        )


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("compliance", "0002_lifecycle"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create, remove)]
