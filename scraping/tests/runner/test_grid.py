"""Grid (area) search without a browser: the cells, their order and cap, the area filter's validation, and the
cell loop's early stop and dedupe."""

import math

import pytest
from django.core.exceptions import ValidationError

from accounts.tests.factories import UserFactory
from leads.tests.api_roles import client_as
from scraping.models import ScrapeTask
from scraping.runner.common import RunContext, run_searches, search_url
from scraping.runner.grid import KM_PER_DEGREE_LAT, MAX_CELLS, area_cells, area_errors, grid_cells
from scraping.runner.shipped import recipes
from scraping.sandbox.dataset import distance_km
from scraping.services import task_create
from scraping.tests.factories import PlatformRecipeFactory

TORONTO = (43.6532, -79.3832)


def _shipped(slug: str) -> dict:
    return next(r for r in recipes("http://127.0.0.1:8001") if r["slug"] == slug)["definition"]


def test_the_cells_cover_every_point_of_the_area():
    lat, lng = TORONTO
    cells = grid_cells(lat, lng, 8, 3)
    km_per_lng = 111.320 * math.cos(math.radians(lat))
    for step_x in range(-16, 17):
        for step_y in range(-16, 17):
            x, y = step_x * 0.5, step_y * 0.5
            if math.hypot(x, y) > 8:
                continue
            point = (lat + y / KM_PER_DEGREE_LAT, lng + x / km_per_lng)
            nearest = min(distance_km(*point, c.lat, c.lng) - c.radius_km for c in cells)
            assert nearest <= 0.01, (x, y)


def test_cells_are_searched_centre_first_ring_by_ring_in_a_fixed_order():
    cells = grid_cells(*TORONTO, 8, 6)
    assert len(cells) == 9
    assert (cells[0].lat, cells[0].lng, cells[0].ring) == (TORONTO[0], TORONTO[1], 0)
    assert [c.ring for c in cells] == sorted(c.ring for c in cells)
    assert [c.index for c in cells] == list(range(9))
    assert cells == grid_cells(*TORONTO, 8, 6)
    assert cells[1].lng > TORONTO[1] and math.isclose(cells[1].lat, TORONTO[0])  # the ring starts in the east
    assert all(math.isclose(c.radius_km, 6 * math.sqrt(2) / 2) for c in cells)


def test_the_number_of_cells_is_capped_and_a_too_fine_grid_is_refused_with_the_count():
    assert len(grid_cells(*TORONTO, 60, 1)) == MAX_CELLS
    errors = area_errors({"lat": 43.6, "lng": -79.4, "radius_km": 60, "cell_km": 1})
    assert len(errors) == 1 and errors[0].startswith("area: a 60 km radius in 1 km cells makes ")
    assert "at most 400" in errors[0] and "larger cell_km" in errors[0]
    assert area_errors({"lat": 43.6, "lng": -79.4, "radius_km": 8}, cell_km=6, max_cells=9) == []
    assert "at most 8" in area_errors({"lat": 43.6, "lng": -79.4, "radius_km": 8}, cell_km=6, max_cells=8)[0]


@pytest.mark.parametrize(
    ("area", "path"),
    [
        ({"lat": 91, "lng": 0, "radius_km": 5}, "area.lat"),
        ({"lat": "north", "lng": 0, "radius_km": 5}, "area.lat"),
        ({"lat": 0, "lng": -181, "radius_km": 5}, "area.lng"),
        ({"lat": 0, "lng": 0, "radius_km": 0}, "area.radius_km"),
        ({"lat": 0, "lng": 0, "radius_km": 101}, "area.radius_km"),
        ({"lat": 0, "lng": 0, "radius_km": 5, "cell_km": 0}, "area.cell_km"),
        ({"lat": 0, "lng": 0, "radius_km": 5, "zoom": 3}, "area"),
        ([43, -79], "area"),
    ],
)
def test_a_bad_area_is_named_by_its_path(area, path):
    errors = area_errors(area)
    assert errors and all(e.partition(": ")[0] == path for e in errors), errors


def test_grid_placeholders_fill_the_sandbox_and_google_maps_urls():
    cell = grid_cells(*TORONTO, 1, 2)[0]
    sandbox = search_url(_shipped("sandbox_maps"), "plumbers", cell=cell)
    assert sandbox == "http://127.0.0.1:8001/maps/search?q=plumbers&ll=43.65320,-79.38320&radius_km=1.414"
    google = search_url(_shipped("google_maps"), "plumbers", location="Toronto", cell=cell)
    assert google == "https://www.google.com/maps/search/plumbers+Toronto/@43.65320,-79.38320,15z?hl=en"
    assert search_url(_shipped("google_maps"), "plumbers") == "https://www.google.com/maps/search/plumbers?hl=en"


def test_the_cell_loop_stops_at_max_results_and_counts_a_place_once():
    places = {0: ["a", "b", "c"], 1: ["c", "d"], 2: ["d", "e", "f"], 3: ["g"]}  # per cell, overlapping
    definition = {"search": {"url_template": "https://maps.example.com/?q={query}", "grid": {"cell_km": 6}}}
    logs, accepted = [], []
    ctx = RunContext(
        task_id=None,
        platform="maps",
        query="q",
        max_results=5,
        area={"lat": TORONTO[0], "lng": TORONTO[1], "radius_km": 8},
        log=lambda message, **payload: logs.append((message, payload)),
    )

    def search(cell) -> None:
        for place in places.get(cell.index, []):
            if place in ctx.seen:
                ctx.duplicates += 1
                continue
            ctx.seen.add(place)
            if ctx.accepted < ctx.max_results:
                accepted.append(place)
                ctx.accepted += 1

    run_searches(definition, ctx, search)

    assert accepted == ["a", "b", "c", "d", "e"]
    assert ctx.cells_done == [0, 1, 2] and ctx.duplicates == 2
    cells = [p for _, p in logs if "cell" in p]
    assert [(p["cell"], p["new"], p["duplicates"], p["leads"]) for p in cells] == [
        (1, 3, 0, 3),
        (2, 1, 1, 1),
        (3, 2, 1, 1),
    ]
    assert logs[-1][0] == "Area search stopped before cell 4/9: max results reached."


def test_an_area_the_recipe_cannot_search_stops_the_run_with_the_filter_path():
    definition = {"search": {"url_template": "https://x.example.com/?q={query}", "grid": {"max_cells": 4}}}
    with pytest.raises(ValueError, match=r"filters.area: a 8 km radius in 2 km cells makes \d+ searches; at most 4"):
        area_cells(definition, {"lat": 0, "lng": 0, "radius_km": 8})
    assert area_cells(definition, None) is None and area_cells({"search": {}}, {"lat": 0}) is None


@pytest.mark.django_db
def test_task_create_checks_the_area_against_each_recipes_cells():
    recipe = PlatformRecipeFactory(definition=_shipped("sandbox_maps"))
    recipe.definition["search"]["grid"]["max_cells"] = 20
    recipe.save()
    with pytest.raises(ValidationError) as error:
        task_create(
            owner=UserFactory(),
            queries=["coffee"],
            platforms=[recipe],
            filters={"area": {"lat": 95, "lng": -79.4, "radius_km": 30}},
            enqueue=False,
        )
    assert set(error.value.message_dict) == {"filters.area.lat"}
    with pytest.raises(ValidationError) as error:
        task_create(
            owner=UserFactory(),
            queries=["coffee"],
            platforms=[recipe],
            filters={"area": {"lat": 43.6, "lng": -79.4, "radius_km": 30}},
            enqueue=False,
        )
    message = error.value.message_dict["filters.area"][0]
    assert message.startswith(f"{recipe.slug}: a 30 km radius in 2 km cells makes ") and "at most 20" in message
    task = task_create(
        owner=UserFactory(),
        queries=["coffee"],
        platforms=[recipe],
        filters={"area": {"lat": 43.6, "lng": -79.4, "radius_km": 30, "cell_km": 20}},
        enqueue=False,
    )
    assert task.filters["area"]["cell_km"] == 20


@pytest.mark.django_db
def test_the_api_answers_a_bad_area_with_field_errors():
    PlatformRecipeFactory(slug="sandbox-maps", definition=_shipped("sandbox_maps"))
    client, _ = client_as("sales")
    body = {"queries": ["coffee"], "platforms": ["sandbox-maps"], "filters": {"area": {"lat": 43, "lng": 200}}}
    response = client.post("/api/v1/tasks", body, format="json")
    assert response.status_code == 400, response.content
    fields = response.json()["error"]["fields"]
    assert set(fields) == {"filters.area.lng", "filters.area.radius_km"}
    assert not ScrapeTask.objects.exists()


@pytest.mark.django_db
def test_the_scrape_command_takes_an_area_and_reports_a_bad_one():
    from django.core.management import CommandError, call_command

    recipe = PlatformRecipeFactory(definition=_shipped("sandbox_maps"))
    owner = UserFactory()
    args = ["scrape", "--query", "toronto", "--platform", recipe.slug, "--owner", owner.email]
    with pytest.raises(CommandError, match="--area: give LAT,LNG,RADIUS_KM"):
        call_command(*args, "--area", "43.6,-79.4")
    with pytest.raises(CommandError, match=r"filters.area.lat: a number of degrees from -90 to 90"):
        call_command(*args, "--area", "93.6,-79.4,8")
    assert not ScrapeTask.objects.exists()
