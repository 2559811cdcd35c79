"""An area search on a real Chromium: the sandbox maps site shows at most 60 places a search, the grid finds more."""

import pytest

from accounts.tests.factories import UserFactory
from leads.models import Lead
from scraping.models import ScrapeTask, TaskStatus
from scraping.runner.engine import run_task
from scraping.sandbox.dataset import CITIES, MAX_RESULTS, search, search_area
from scraping.services import task_create, task_pause, task_resume
from scraping.tests.runner.conftest import shipped_recipe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TORONTO = next(city for city in CITIES if city.name == "Toronto")


def _is_place_page(path: str) -> bool:
    return path.startswith("/maps/place/") and not path.endswith(".png")


def _place_pages_opened(sandbox) -> int:
    return sum(n for path, n in sandbox.app.hits.items() if _is_place_page(path))


def _toronto_area_task(sandbox, settings, *, max_results: int, owner=None):
    """A queued (not enqueued) task searching "toronto" on the sandbox maps over 9 cells of 6 km around Toronto."""
    settings.ALLOW_PRIVATE_URLS = True
    area = {"lat": TORONTO.lat, "lng": TORONTO.lng, "radius_km": 8, "cell_km": 6}
    return task_create(
        owner=owner or UserFactory(),
        queries=["toronto"],
        platforms=[shipped_recipe("sandbox_maps", sandbox.base_url)],
        max_results=max_results,
        filters={"area": area},
        enqueue=False,
    )


def test_an_area_search_finds_more_places_than_one_search_shows_and_each_once(sandbox, settings):
    everything = {b.id for b in search("toronto")}
    assert len(everything) == 96 and len(search_area("toronto")) == MAX_RESULTS  # one search stops at 60
    task = _toronto_area_task(sandbox, settings, max_results=200)
    details_before = _place_pages_opened(sandbox)

    assert run_task(task.pk) == TaskStatus.COMPLETED

    leads = Lead.objects.filter(scrape_task=task)
    ids = list(leads.values_list("platform_id", flat=True))
    assert len(ids) == len(set(ids)) == 96 > MAX_RESULTS
    assert set(ids) == everything
    details = _place_pages_opened(sandbox) - details_before
    assert details == 96  # a place met in two cells is opened once
    cells = [e.payload for e in task.events.filter(payload__has_key="cell").order_by("seq")]
    assert [c["cell"] for c in cells] == list(range(1, 10)) and all(c["cells"] == 9 for c in cells)
    assert sum(c["new"] for c in cells) == 96 and sum(c["duplicates"] for c in cells) > 0
    assert sum(c["leads"] for c in cells) == 96
    task.refresh_from_db()
    assert task.counters["leads"] == 96 and task.counters["items"] == 96


def test_an_area_search_stops_at_max_results_without_searching_the_remaining_cells(sandbox, settings):
    task = _toronto_area_task(sandbox, settings, max_results=45)

    assert run_task(task.pk) == TaskStatus.COMPLETED

    assert Lead.objects.filter(scrape_task=task).count() == 45
    cells = [e.payload["cell"] for e in task.events.filter(payload__has_key="cell")]
    assert cells == [1, 2]  # 41 places in the centre cell, the rest from the next one
    assert task.events.filter(message="Area search stopped before cell 3/9: max results reached.").exists()


def test_a_paused_area_search_resumes_at_the_cell_it_stopped_in(sandbox, settings):
    owner = UserFactory()
    task = _toronto_area_task(sandbox, settings, max_results=200, owner=owner)
    details_before = _place_pages_opened(sandbox)

    def pause_in_the_third_cell(progress: dict) -> None:
        if len(progress["cells"]["sandbox_maps|toronto"]) == 2 and Lead.objects.filter(scrape_task=task).exists():
            if ScrapeTask.objects.get(pk=task.pk).status == TaskStatus.RUNNING:
                task_pause(task=task, actor=owner)

    assert run_task(task.pk, on_progress=pause_in_the_third_cell) == TaskStatus.PAUSED
    first_run = [e.payload["cell"] for e in task.events.filter(payload__has_key="cell").order_by("seq")]
    assert first_run == [1, 2]
    task_resume(task=task, actor=owner)  # the queue runs it again (inline in tests)
    task.refresh_from_db()
    assert task.status == TaskStatus.COMPLETED

    cells = [e.payload["cell"] for e in task.events.filter(payload__has_key="cell").order_by("seq")]
    assert cells == [1, 2, *range(3, 10)]  # cells 1 and 2 were not searched again
    ids = list(Lead.objects.filter(scrape_task=task).values_list("platform_id", flat=True))
    assert len(ids) == len(set(ids)) == 96
    assert _place_pages_opened(sandbox) - details_before == 96
    assert "cells" not in task.visible_counters() and task.counters["leads"] == 96
