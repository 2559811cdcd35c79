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
@pytest.mark.parametrize("runner", ["browser", "http"])
def test_each_runner_is_accepted_by_model_validation(runner):
    PlatformRecipe(slug=f"ok-{runner}", name=f"OK {runner}", runner=runner, definition=SANDBOX_RECIPE).full_clean()


@pytest.mark.django_db
def test_an_api_recipe_is_refused_on_save_with_the_reason():
    definition = {"search": {"url_template": "https://api.example.com?q={query}"}}
    with pytest.raises(ValidationError) as error:
        PlatformRecipe(slug="an-api", name="An API", runner="api", definition=definition).full_clean()
    (message,) = error.value.message_dict["definition"]
    assert message.startswith("runner: 'api' recipes cannot run yet") and "'browser' or 'http'" in message


@pytest.mark.parametrize(
    ("grid", "expected"),
    [
        ({"url_template": "https://m.example.com/?q={query}&ll={lat},{lng}", "cell_km": 2, "max_cells": 50}, []),
        ("2 km", ["search.grid: an object"]),
        ({"url_template": "https://m.example.com/?q={query}"}, ["search.grid.url_template: must contain {query}"]),
        ({"url_template": "/maps?q={query}&ll={lat},{lng}"}, ["search.grid.url_template: a URL starting"]),
        (
            {"url_template": "https://m.example.com/?q={query}&ll={lat},{lng}&z={zom}"},
            ["search.grid.url_template: unknown placeholder(s) ['zom']"],
        ),
        (
            {"url_template": "https://m.example.com/?q={query}&ll={lat},{lng}", "cell_km": 0, "max_cells": 401},
            ["search.grid.cell_km: a number of kilometres", "search.grid.max_cells: a whole number from 1 to 400."],
        ),
        (
            {"url_template": "https://m.example.com/?q={query}&ll={lat},{lng}", "rings": 2},
            ["search.grid: unknown key(s) rings"],
        ),
    ],
)
def test_a_grid_search_is_validated_by_field_path(grid, expected):
    recipe = copy.deepcopy(SANDBOX_RECIPE)
    recipe["search"]["grid"] = grid
    errors = recipe_definition_errors("browser", recipe)
    assert len(errors) == len(expected)
    for error, start in zip(errors, expected, strict=True):
        assert error.startswith(start), error


@pytest.mark.django_db
def test_a_bad_grid_is_refused_on_save_under_its_definition_path():
    from scraping.services import recipe_create

    definition = copy.deepcopy(SANDBOX_RECIPE)
    definition["search"]["grid"] = {"url_template": "https://m.example.com/?q={query}", "cell_km": -1}
    with pytest.raises(ValidationError) as error:
        recipe_create(slug="gridded", name="Gridded", runner="browser", definition=definition)
    fields = error.value.message_dict
    assert {"definition.search.grid.url_template", "definition.search.grid.cell_km"} <= set(fields)
    assert fields["definition.search.grid.cell_km"] == ["a number of kilometres from 0.2 to 50."]


@pytest.mark.django_db
def test_the_api_refuses_an_api_runner_recipe_with_a_400():
    from leads.tests.api_roles import client_as

    client, _ = client_as("admin")
    body = {"slug": "an-api", "name": "An API", "runner": "api", "definition": SANDBOX_RECIPE}
    response = client.post("/api/v1/recipes", body)
    assert response.status_code == 400
    assert "cannot run yet" in response.json()["error"]["fields"]["runner"][0]
    assert not PlatformRecipe.objects.filter(slug="an-api").exists()
