"""Ship ``sandbox_forum``: an http recipe over the sandbox's forum, read by conversation monitors
(``{"source": "recipe", "recipe": "sandbox_forum"}``) as the example of a forum without an API."""

from django.conf import settings
from django.db import migrations

SLUG = "sandbox_forum"


def definition(base: str) -> dict:
    # A snapshot; later edits by admins live in the database.
    base = base.rstrip("/")
    return {
        "search": {"url_template": f"{base}/forum/search?q={{query}}"},
        "items": {"selectors": ["li.thread", "[data-thread-id]"]},
        "fields": {
            "platform_id": {"selectors": [":scope[data-thread-id]"], "attribute": "data-thread-id"},
            "title": {"selectors": ["a.thread-title", "h2 a"]},
            "url": {"selectors": ["a.thread-title", "h2 a"], "attribute": "href"},
            "author": {"selectors": [".thread-author", "[rel='author']"]},
            "published_at": {"selectors": ["time.thread-date", "time"], "attribute": "datetime|text"},
            "text": {"selectors": [".thread-excerpt", "p"]},
        },
        "no_results": {"selectors": [".no-results"]},
        "pagination": {"mode": "next_link", "next_selectors": ["a[rel='next']"], "max_pages": 3},
        "detail": {
            "link_field": "url",
            "fields": {"text": {"selectors": ["article.post.original .post-body", "article.post .post-body"]}},
        },
    }


def forwards(apps, schema_editor):
    PlatformRecipe = apps.get_model("scraping", "PlatformRecipe")
    PlatformRecipe.objects.get_or_create(
        slug=SLUG,
        defaults={
            "name": "Sandbox forum (offline demo)",
            "runner": "http",
            "description": "The sandbox's small business forum, for conversation monitors: threads matching the "
            "query, each thread's first post as the text.",
            "definition": definition(settings.SANDBOX_BASE_URL),
        },
    )


def backwards(apps, schema_editor):
    apps.get_model("scraping", "PlatformRecipe").objects.filter(slug=SLUG, tasks__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("scraping", "0006_shipped_recipes")]

    operations = [migrations.RunPython(forwards, backwards)]
