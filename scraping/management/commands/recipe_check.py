"""``manage.py recipe_check SLUG FILE_OR_URL --page listing|detail``: one recipe on one page, as a task reads it."""

import json
import pathlib

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from scraping.models import PlatformRecipe
from scraping.runner.check import PAGES, RecipeCheckError, recipe_check


class Command(BaseCommand):
    help = (
        "Run one recipe on one saved page (or a URL, fetched through the crawler and its guards) exactly as a task "
        "reads it, and print one JSON object: a listing's items and field report, or a detail page's fields and "
        "phones (E.164); 'blocked' is null or the reason."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("slug", help="The recipe's slug (as saved in the database: admins' edits included).")
        parser.add_argument("page_source", metavar="FILE_OR_URL", help="A saved HTML page, or an http(s) URL.")
        parser.add_argument("--page", choices=PAGES, default="listing", help="Read it as a listing or a detail page.")
        parser.add_argument("--url", default="", help="Where a saved page came from (relative links resolve on it).")

    def handle(self, *args, **options) -> None:
        recipe = PlatformRecipe.objects.filter(slug=options["slug"]).first()
        if recipe is None:
            known = ", ".join(PlatformRecipe.objects.order_by("slug").values_list("slug", flat=True))
            raise CommandError(f"No recipe {options['slug']!r}; the recipes are: {known or 'none'}.")
        if recipe.runner not in ("browser", "http"):
            raise CommandError(f"{recipe.slug} has runner {recipe.runner!r}: it reads no pages.")
        source: str = options["page_source"]
        content, url = None, options["url"]
        if source.startswith(("http://", "https://")):
            url = source
        else:
            try:
                content = pathlib.Path(source).read_bytes()
            except OSError as exc:
                raise CommandError(f"Cannot read {source}: {exc.strerror or exc}") from exc
        try:
            result = recipe_check(
                recipe.definition,
                page=options["page"],
                content=content,
                url=url,
                platform=recipe.slug,
                allow_private=settings.ALLOW_PRIVATE_URLS or recipe.allow_internal,
                respect_robots=recipe.respect_robots,
            )
        except RecipeCheckError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
