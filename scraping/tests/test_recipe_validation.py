import copy

import pytest
from django.core.exceptions import ValidationError

from scraping.models import PlatformRecipe
from scraping.recipes import recipe_definition_errors
from scraping.tests.factories import SANDBOX_RECIPE


def test_a_complete_recipe_has_no_errors():
    assert recipe_definition_errors("browser", SANDBOX_RECIPE) == []


def test_a_broken_selector_is_named_by_its_field_path():
    recipe = copy.deepcopy(SANDBOX_RECIPE)
    recipe["fields"]["phone"]["selectors"] = ["a[href^='tel:']", "div[class="]
    errors = recipe_definition_errors("browser", recipe)
    assert len(errors) == 1
    assert errors[0].startswith("fields.phone.selectors[1]: 'div[class=' is not a valid CSS selector")


def test_a_search_url_without_the_query_placeholder_is_refused():
    recipe = copy.deepcopy(SANDBOX_RECIPE)
    recipe["search"] = {"url_template": "https://maps.example.com/search"}
    assert recipe_definition_errors("browser", recipe) == ["search.url_template: must be a URL containing {query}."]


def test_a_detail_page_must_follow_an_item_field():
    recipe = copy.deepcopy(SANDBOX_RECIPE)
    recipe["detail"] = {"link_field": "website", "fields": {"hours": {"selectors": [".hours"]}}}
    assert recipe_definition_errors("browser", recipe) == [
        "detail.link_field: must name one of the item fields (the link to open)."
    ]


@pytest.mark.django_db
def test_saving_through_validation_reports_every_problem():
    recipe = PlatformRecipe(slug="broken", name="Broken", runner="http", definition={"items": {}})
    with pytest.raises(ValidationError) as error:
        recipe.full_clean()
    messages = error.value.message_dict["definition"]
    assert any(m.startswith("search:") for m in messages)
    assert any(m.startswith("items.selectors:") for m in messages)
    assert any(m.startswith("fields:") for m in messages)


@pytest.mark.django_db
@pytest.mark.parametrize("runner", ["browser", "http", "api"])
def test_each_runner_is_accepted_by_model_validation(runner):
    definition = (
        SANDBOX_RECIPE if runner != "api" else {"search": {"url_template": "https://api.example.com?q={query}"}}
    )
    PlatformRecipe(slug=f"ok-{runner}", name=f"OK {runner}", runner=runner, definition=definition).full_clean()
