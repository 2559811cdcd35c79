"""The admin's "Try on a page": what a recipe, or the definition being edited, reads on an uploaded page or a URL,
before anything is saved; bad input is a form error, never a 500."""

import copy

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.tests.factories import UserFactory
from scraping.models import PlatformRecipe
from scraping.runner.shipped import recipes

pytestmark = pytest.mark.django_db

LISTING = b"""<html><body><ul>
<li class="listing" data-listing-id="a1"><a class="listing-name" href="/directory/listing/a1">Example Plumbing</a>
 <span class="listing-phone">(416) 555-0142</span> <span class="listing-address">1 Example St, Toronto</span></li>
</ul></body></html>"""


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, role="admin"))
    return client


def _recipe() -> PlatformRecipe:
    spec = next(r for r in recipes() if r["slug"] == "sandbox_directory")
    return PlatformRecipe.objects.update_or_create(slug=spec["slug"], defaults=spec)[0]


def _post(client, recipe, definition, **data):
    import json

    upload = SimpleUploadedFile("page.html", LISTING, content_type="text/html")
    body = {"page": "listing", "url": "https://directory.example.com/search", "definition": json.dumps(definition)}
    return client.post(f"/admin/scraping/platformrecipe/{recipe.pk}/try/", {**body, "saved_page": upload, **data})


def test_the_change_page_links_to_try_on_a_page(admin_client):
    recipe = _recipe()
    page = admin_client.get(f"/admin/scraping/platformrecipe/{recipe.pk}/change/").content.decode()
    assert f"/admin/scraping/platformrecipe/{recipe.pk}/try/" in page


def test_an_edited_definition_is_tried_on_an_uploaded_page_without_saving(admin_client):
    recipe = _recipe()
    edited = copy.deepcopy(recipe.definition)
    edited["fields"]["name"]["selectors"] = ["span.listing-address"]
    response = _post(admin_client, recipe, edited)
    assert response.status_code == 200
    text = response.content.decode()
    assert "1 Example St, Toronto" in text and "+14165550142" in text
    recipe.refresh_from_db()
    assert recipe.definition["fields"]["name"]["selectors"] != ["span.listing-address"]  # nothing saved


def test_bad_input_is_a_form_error_not_a_500(admin_client):
    recipe = _recipe()
    broken = copy.deepcopy(recipe.definition)
    broken["items"]["selectors"] = ["div..broken"]
    response = _post(admin_client, recipe, broken)
    assert response.status_code == 200 and "not a valid CSS selector" in response.content.decode()
    response = admin_client.post(
        f"/admin/scraping/platformrecipe/{recipe.pk}/try/", {"page": "listing", "definition": "{}"}
    )
    assert response.status_code == 200 and "Give a URL or upload a saved page" in response.content.decode()
    response = _post(admin_client, recipe, recipe.definition, page="nonsense")
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert admin_client.get("/admin/scraping/platformrecipe/999999/try/").status_code == 404


def test_recipe_check_command_reads_a_saved_page_and_refuses_bad_input_clearly(tmp_path):
    import json
    from io import StringIO

    from django.core.management import CommandError, call_command

    _recipe()
    saved = tmp_path / "listing.html"
    saved.write_bytes(LISTING)
    out = StringIO()
    call_command("recipe_check", "sandbox_directory", str(saved), page="listing", stdout=out)
    result = json.loads(out.getvalue())
    assert result["blocked"] is None
    assert result["items"][0]["name"] == "Example Plumbing" and result["items"][0]["phone"] == "+14165550142"
    assert result["field_report"]["name"]["selectors"] == {"a.listing-name": 1}
    with pytest.raises(CommandError, match="No recipe 'nope'"):
        call_command("recipe_check", "nope", str(saved))
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("recipe_check", "sandbox_directory", str(tmp_path / "missing.html"))


def test_recipe_check_on_a_url_goes_through_the_ssrf_guard(settings):
    from scraping.runner.check import RecipeCheckError, recipe_check

    settings.ALLOW_PRIVATE_URLS = False
    definition = next(r for r in recipes() if r["slug"] == "website")["definition"]
    with pytest.raises(RecipeCheckError, match="169.254.169.254"):
        recipe_check(definition, page="detail", url="http://169.254.169.254/latest/meta-data/", respect_robots=False)
