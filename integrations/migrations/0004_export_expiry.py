"""Exports can expire (their file deleted after EXPORT_FILE_TTL_HOURS) and an hourly schedule does it."""

from django.db import migrations, models

SCHEDULE_NAME = "integrations: delete old export files"


def add_schedule(apps, schema_editor):
    schedule = apps.get_model("django_q", "Schedule")
    if not schedule.objects.filter(name=SCHEDULE_NAME).exists():
        schedule.objects.create(
            name=SCHEDULE_NAME, func="integrations.tasks.export_files_expire_task", schedule_type="H", repeats=-1
        )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("integrations", "0003_leadimport"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [
        migrations.AlterField(
            model_name="exportjob",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "Pending"),
                    ("running", "Running"),
                    ("completed", "Completed"),
                    ("failed", "Failed"),
                    ("expired", "Expired (file removed)"),
                ],
                default="pending",
                max_length=16,
            ),
        ),
        migrations.RunPython(add_schedule, remove_schedule),
    ]
