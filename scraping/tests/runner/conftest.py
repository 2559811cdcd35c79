import pytest

from scraping.models import PlatformRecipe
from scraping.runner.shipped import recipes
from scraping.sandbox import SandboxServer


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer() as server:
        yield server


def shipped_recipe(slug: str, base_url: str, **changes) -> PlatformRecipe:
    """The shipped recipe ``slug`` pointed at this test's sandbox (transactional tests flush migration data)."""
    spec = next(r for r in recipes(base_url) if r["slug"] == slug)
    spec.update(changes)
    recipe, _ = PlatformRecipe.objects.update_or_create(slug=slug, defaults=spec)
    return recipe
