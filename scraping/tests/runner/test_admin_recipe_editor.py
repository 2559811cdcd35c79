"""Issue #24: the recipe editor shows its definition as indented JSON, says where a JSON mistake is, links to
"Try on a page", and its "Allow internal" help says what the box does with this installation's settings."""

import pytest

from accounts.tests.factories import UserFactory
from scraping.tests.factories import PlatformRecipeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, role="admin"))
    return client


def test_definition_is_indented_and_links_to_try_on_a_page(admin_client, settings):
    settings.ALLOW_PRIVATE_URLS = False
    recipe = PlatformRecipeFactory()
    html = admin_client.get(f"/admin/scraping/platformrecipe/{recipe.pk}/change/").content.decode()
    assert "{\n  &quot;" in html  # indented, one key a line
    assert f'href="/admin/scraping/platformrecipe/{recipe.pk}/try/">Try it on a page</a>' in html
    assert "ALLOW_PRIVATE_URLS is off here" in html


def test_allow_internal_help_follows_the_setting(admin_client, settings):
    settings.ALLOW_PRIVATE_URLS = True
    recipe = PlatformRecipeFactory()
    html = admin_client.get(f"/admin/scraping/platformrecipe/{recipe.pk}/change/").content.decode()
    assert "ALLOW_PRIVATE_URLS is on here" in html and "unless ALLOW_PRIVATE_URLS is set" not in html


def test_a_json_mistake_is_shown_with_its_line_and_kept(admin_client):
    recipe = PlatformRecipeFactory()
    data = {
        "name": recipe.name,
        "slug": recipe.slug,
        "runner": recipe.runner,
        "definition": '{\n  "search": {\n    "url": "https://example.com/"\n  },,\n}',
        "respect_robots": "on",
        "is_active": "on",
    }
    response = admin_client.post(f"/admin/scraping/platformrecipe/{recipe.pk}/change/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This is not valid JSON:" in html and "line 4" in html
    assert "},," in html  # what was typed comes back to be fixed
