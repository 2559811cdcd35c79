"""Ship the platform recipes (Google Maps, LinkedIn, Facebook, Instagram, X, a directory, websites, the sandbox)
and the every-minute check that resumes or fails scrape tasks whose worker died."""

from django.conf import settings
from django.db import migrations

# A snapshot of the shipped definitions; later edits by admins live in the database.
from scraping.runner.shipped import recipes

REAPER_NAME = "scraping: resume or fail scrape tasks whose worker died"
REAPER_FUNC = "scraping.tasks.reap_stale_tasks"


def forwards(apps, schema_editor):
    PlatformRecipe = apps.get_model("scraping", "PlatformRecipe")
    for recipe in recipes(settings.SANDBOX_BASE_URL):
        PlatformRecipe.objects.get_or_create(slug=recipe["slug"], defaults=recipe)
    Schedule = apps.get_model("django_q", "Schedule")
    if not Schedule.objects.filter(name=REAPER_NAME).exists():
        Schedule.objects.create(name=REAPER_NAME, func=REAPER_FUNC, schedule_type="I", minutes=1, repeats=-1)


def backwards(apps, schema_editor):
    slugs = [recipe["slug"] for recipe in recipes()]
    apps.get_model("scraping", "PlatformRecipe").objects.filter(slug__in=slugs, tasks__isnull=True).delete()
    apps.get_model("django_q", "Schedule").objects.filter(name=REAPER_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("scraping", "0005_recipe_runner_choices"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
