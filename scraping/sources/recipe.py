"""Forums without an API, read through a scraping-runtime recipe (``PlatformRecipe``).

Config: ``{"source": "recipe", "recipe": "sandbox_forum", "query": "optional search text"}``. The recipe runs on
its own runner (``http``: the crawler with robots.txt, SSRF guard and throttle; ``browser``: the browser pool) and
its fields are read by ``scraping.runner.fields`` exactly as in a scrape task. Each item becomes a ``Post``: id from
the item's platform id (then its URL), ``title``, ``text`` (or ``body``), ``author``, ``published_at``, ``url``.

The cursor remembers the newest item ids seen (at most ``SEEN_IDS_KEPT``), so a re-poll skips them before their
detail pages are fetched; the monitor's seen-post table drops any repeat that slips past.
"""

from scraping.runner.common import RecipeFailed, RunContext, RunInterrupted, SiteBlocked
from scraping.runner.persist import ScrapedItem
from scraping.sources.base import Page, Post, SourceAdapter, SourceBlocked, SourceError, parse_time

SEEN_IDS_KEPT = 500
MAX_ITEMS = 100  # per poll; the runner stops reading pages once this many new items arrived
RUNNERS = ("http", "browser")


def item_key(item: ScrapedItem) -> str:
    return item.platform_id() or item.url()


class RecipeAdapter(SourceAdapter):
    name = "recipe"
    label = "Recipe"

    def __init__(self, config: dict | None = None, **kwargs) -> None:
        super().__init__(config, **kwargs)
        self.slug = str(self.config.get("recipe") or "")
        self.label = f"Recipe {self.slug!r}" if self.slug else "Recipe"

    def load_recipe(self):
        from scraping.models import PlatformRecipe

        if not self.slug:
            raise SourceBlocked("Recipe source: name the recipe to run (the 'recipe' option).")
        recipe = PlatformRecipe.objects.filter(slug=self.slug).first()
        if recipe is None:
            raise SourceBlocked(f"{self.label} does not exist.")
        if not recipe.is_active:
            raise SourceBlocked(f"{self.label} is switched off; an admin can activate it.")
        if recipe.runner not in RUNNERS:
            raise SourceBlocked(f"{self.label}: runner {recipe.runner!r} cannot read a forum; use http or browser.")
        return recipe

    def to_post(self, item: ScrapedItem) -> Post:
        fields = item.fields
        return Post(
            source=self.name,
            external_id=f"{self.slug}:{item_key(item)}",
            url=item.url(),
            author=fields.get("author", ""),
            author_handle=fields.get("author_handle", ""),
            title=fields.get("title", ""),
            text=fields.get("text") or fields.get("body") or "",
            published_at=parse_time(fields.get("published_at")),
            language=fields.get("language", ""),
            raw={"recipe": self.slug, "page_url": item.page_url, "fields": fields},
        )

    def _run_browser(self, definition: dict, ctx: RunContext) -> None:
        from scraping.browser import BrowserError, get_pool
        from scraping.runner.browser_runner import run_browser_recipe

        try:
            get_pool().run(lambda lease: run_browser_recipe(lease, definition, ctx), retries=1)
        except BrowserError as exc:
            raise SourceError(f"{self.label}: the browser failed: {exc}") from exc

    def fetch(self, cursor: dict | None) -> Page:
        recipe = self.load_recipe()
        seen = list((cursor or {}).get("seen") or [])
        known = set(seen)
        items: list[ScrapedItem] = []
        ctx = RunContext(
            task_id=None,
            platform=recipe.slug,
            query=self.query,
            max_results=MAX_ITEMS,
            respect_robots=recipe.respect_robots,
            allow_private=self.allow_private or recipe.allow_internal,
            on_item=lambda item: items.append(item) or True,
            already_saved=lambda item: item_key(item) in known,
        )
        try:
            if recipe.runner == "http":
                from scraping.runner.http_runner import run_http_recipe

                run_http_recipe(recipe.definition, ctx)
            else:
                self._run_browser(recipe.definition, ctx)
        except SiteBlocked as exc:
            raise SourceBlocked(f"{self.label}: blocked: {exc}", status=403) from exc
        except (RecipeFailed, RunInterrupted) as exc:
            raise SourceError(f"{self.label}: {exc}") from exc
        fresh = [item for item in items if item_key(item)]
        new_keys = [item_key(item) for item in fresh]
        seen = list(dict.fromkeys(new_keys + seen))[:SEEN_IDS_KEPT]
        return Page([self.to_post(item) for item in fresh], {"seen": seen}, done=True)
