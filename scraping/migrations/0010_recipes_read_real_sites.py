"""Issue 23: the shipped recipes read the real sites (Maps at full depth, unwrapped search links, profile-only items,
bot walls, social meta data, a free-text sandbox directory). Fresh databases get them from 0006; here a database
made before gets what is new merged into its recipes, keeping every admin edit: missing keys and fields are added,
new selectors appended after the admin's own. Two things are replaced only while they are still as shipped: the
Instagram/Facebook detail fields that pasted the meta tags as the bio, and the sandbox directory's
'<city>/<category>' search URL."""

from django.conf import settings
from django.db import migrations

from scraping.runner.shipped import recipes

OLD_SOCIAL_DETAIL_FIELDS = {
    "facebook_page": {
        "name": {"selectors": ["meta[property='og:title']", "h1"], "attribute": "content|text"},
        "description": {
            "selectors": ["meta[property='og:description']", "meta[name='description']"],
            "attribute": "content",
        },
    },
    "instagram_profile": {
        "name": {"selectors": ["meta[property='og:title']", "h2", "title"], "attribute": "content|text"},
        "bio": {"selectors": ["meta[name='description']", "meta[property='og:description']"], "attribute": "content"},
    },
}


def _merge(current, shipped):
    if isinstance(current, dict) and isinstance(shipped, dict):
        for key, value in shipped.items():
            current[key] = _merge(current[key], value) if key in current else value
        return current
    if isinstance(current, list) and isinstance(shipped, list) and all(isinstance(v, str) for v in current + shipped):
        return current + [v for v in shipped if v not in current]
    return current


def forwards(apps, schema_editor):
    PlatformRecipe = apps.get_model("scraping", "PlatformRecipe")
    for spec in recipes(settings.SANDBOX_BASE_URL):
        recipe = PlatformRecipe.objects.filter(slug=spec["slug"]).first()
        if recipe is None or not isinstance(recipe.definition, dict):
            continue
        definition, shipped = recipe.definition, spec["definition"]
        detail = definition.get("detail")
        old_fields = OLD_SOCIAL_DETAIL_FIELDS.get(recipe.slug)
        if old_fields and isinstance(detail, dict) and detail.get("fields") == old_fields:
            detail["fields"] = shipped["detail"]["fields"]
        search = definition.get("search")
        if recipe.slug == "sandbox_directory" and isinstance(search, dict):
            if str(search.get("url_template", "")).endswith("/directory/{query}"):
                search["url_template"] = shipped["search"]["url_template"]
        recipe.definition = _merge(definition, shipped)
        if recipe.runner == "browser" or recipe.runner == "http":
            recipe.save(update_fields=["definition"])


class Migration(migrations.Migration):
    dependencies = [("scraping", "0009_recipe_allow_internal")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
