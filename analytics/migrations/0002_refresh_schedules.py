"""Schedule the summary-table refresh every two minutes and a full rebuild every night at 03:15 (idempotent)."""

import datetime

from django.db import migrations
from django.utils import timezone

FUNC = "analytics.tasks.refresh_lead_stats"
REFRESH = "analytics: refresh lead stats"
REBUILD = "analytics: rebuild lead stats nightly"


def create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    if not Schedule.objects.filter(name=REFRESH).exists():
        Schedule.objects.create(name=REFRESH, func=FUNC, schedule_type="I", minutes=2, repeats=-1)
    if not Schedule.objects.filter(name=REBUILD).exists():
        now = timezone.localtime()
        next_run = now.replace(hour=3, minute=15, second=0, microsecond=0)
        if next_run <= now:
            next_run += datetime.timedelta(days=1)
        Schedule.objects.create(
            name=REBUILD, func=FUNC, kwargs="full=True", schedule_type="D", repeats=-1, next_run=next_run
        )


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name__in=[REFRESH, REBUILD]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("analytics", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create, remove)]
