"""Area (grid) search for the shipped maps recipes: ``search.grid`` on ``google_maps`` and ``sandbox_maps``, so a
task with an ``area`` filter searches the area cell by cell and gets past a single search's cap on places.

Only the ``grid`` key is added; a recipe an admin already gave one keeps it."""

from django.conf import settings
from django.db import migrations

GOOGLE_MAPS_GRID = {
    "url_template": "https://www.google.com/maps/search/{query}/@{lat},{lng},{zoom}z?hl=en",
    "cell_km": 2,
}


def sandbox_grid(base: str) -> dict:
    # A snapshot; later edits by admins live in the database.
    base = base.rstrip("/")
    return {"url_template": f"{base}/maps/search?q={{query}}&ll={{lat}},{{lng}}&radius_km={{radius_km}}", "cell_km": 2}


def _grids() -> dict[str, dict]:
    return {"google_maps": GOOGLE_MAPS_GRID, "sandbox_maps": sandbox_grid(settings.SANDBOX_BASE_URL)}


def forwards(apps, schema_editor):
    PlatformRecipe = apps.get_model("scraping", "PlatformRecipe")
    for slug, grid in _grids().items():
        recipe = PlatformRecipe.objects.filter(slug=slug).first()
        search = (recipe.definition or {}).get("search") if recipe else None
        if isinstance(search, dict) and "grid" not in search:
            search["grid"] = grid
            recipe.save(update_fields=["definition"])


def backwards(apps, schema_editor):
    PlatformRecipe = apps.get_model("scraping", "PlatformRecipe")
    for recipe in PlatformRecipe.objects.filter(slug__in=list(_grids())):
        search = (recipe.definition or {}).get("search")
        if isinstance(search, dict) and search.pop("grid", None) is not None:
            recipe.save(update_fields=["definition"])


class Migration(migrations.Migration):
    dependencies = [("scraping", "0007_sandbox_forum_recipe")]

    operations = [migrations.RunPython(forwards, backwards)]
