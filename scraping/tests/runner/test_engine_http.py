"""The runner end to end over plain HTTP (sandbox directory): no browser, no worker — run_task in-process."""

import pytest
from django.utils import timezone

from accounts.tests.factories import UserFactory
from leads.models import ContactKind, Lead
from scraping.models import EventKind, PlatformRecipe, ScrapeTask, TaskStatus
from scraping.runner.engine import run_task
from scraping.runner.heartbeat import reap_stale_tasks
from scraping.services import task_create
from scraping.tests.runner.conftest import shipped_recipe

pytestmark = pytest.mark.django_db(transaction=True)


def _task(recipe, query="toronto/plumber", max_results=6, **filters) -> ScrapeTask:
    return task_create(
        owner=UserFactory(),
        queries=[query],
        platforms=[recipe],
        max_results=max_results,
        filters=filters,
        enqueue=False,
    )


def test_a_directory_task_saves_leads_with_e164_phones_and_a_complete_event_log(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    recipe = shipped_recipe("sandbox_directory", sandbox.base_url)
    task = _task(recipe, max_results=7)

    assert run_task(task.pk) == TaskStatus.COMPLETED

    task.refresh_from_db()
    assert task.status == TaskStatus.COMPLETED and task.progress == 1.0
    assert task.counters["leads"] == 7 and task.counters["pages"] == 2  # 5 listings a page: pagination followed
    leads = Lead.objects.filter(scrape_task=task)
    assert leads.count() == 7
    for lead in leads:
        phone = lead.contact_points.get(kind=ContactKind.PHONE).normalized_value
        assert phone.startswith("+1416555"), phone
        assert lead.category == "Plumber"
    kinds = list(task.events.values_list("kind", flat=True))
    assert kinds[0] == EventKind.STATUS and kinds[-1] == EventKind.STATUS
    assert kinds.count(EventKind.RESULT) == 7
    assert list(task.events.values_list("seq", flat=True)) == list(range(1, len(kinds) + 1))
    report = task.events.filter(message__contains="field report").get().payload["fields"]
    assert report["name"]["empty_rate"] == 0.0 and report["name"]["selectors"] == {"a.listing-name": 7}


def test_rerunning_the_same_search_updates_leads_instead_of_duplicating(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    recipe = shipped_recipe("sandbox_directory", sandbox.base_url)
    run_task(_task(recipe, max_results=3).pk)
    second = _task(recipe, max_results=3)
    run_task(second.pk)
    second.refresh_from_db()
    assert Lead.objects.count() == 3
    assert second.counters["leads_updated"] == 3 and second.counters["leads_created"] == 0


def test_filters_skip_items_and_count_them(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    recipe = shipped_recipe("sandbox_directory", sandbox.base_url)
    task = _task(recipe, max_results=3, lead_class="individual")
    run_task(task.pk)
    task.refresh_from_db()
    assert task.counters["leads"] == 0 and task.counters["filtered"] > 0
    assert not Lead.objects.exists()


def test_a_private_address_is_refused_when_not_allowed_and_the_task_fails_naming_the_field(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = False
    recipe = shipped_recipe("sandbox_directory", sandbox.base_url)
    task = _task(recipe)
    hits_before = sum(sandbox.app.hits.values())

    assert run_task(task.pk) == TaskStatus.FAILED

    task.refresh_from_db()
    assert "search.url_template" in task.error and "internal" in task.error
    assert sum(sandbox.app.hits.values()) == hits_before  # nothing was fetched


def test_robots_txt_disallow_is_a_clear_event_and_no_fetch(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    definition = shipped_recipe("sandbox_directory", sandbox.base_url).definition
    definition["search"]["url_template"] = f"{sandbox.base_url}/blocked/{{query}}"
    recipe = shipped_recipe("sandbox_directory", sandbox.base_url, definition=definition)
    task = _task(recipe, query="anything")

    assert run_task(task.pk) == TaskStatus.FAILED

    assert not any(path.startswith("/blocked") for path in sandbox.app.hits)
    event = task.events.filter(level="error", kind=EventKind.LOG).get()
    assert "robots.txt" in event.message and "/blocked/anything" in event.message


def test_a_task_that_is_not_pending_is_not_run_twice(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    task = _task(shipped_recipe("sandbox_directory", sandbox.base_url))
    ScrapeTask.objects.filter(pk=task.pk).update(status=TaskStatus.CANCELLED)
    assert run_task(task.pk) is None
    assert not Lead.objects.exists()


def test_a_dead_workers_task_is_resumed_once_then_failed_and_its_leads_stay(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    task = _task(shipped_recipe("sandbox_directory", sandbox.base_url), max_results=3)
    run_task(task.pk)
    saved = set(Lead.objects.values_list("pk", flat=True))
    stale = timezone.now() - timezone.timedelta(minutes=5)
    ScrapeTask.objects.filter(pk=task.pk).update(status=TaskStatus.RUNNING, worker_id="gone:1", heartbeat_at=stale)
    queued = []

    assert reap_stale_tasks(enqueue=queued.append) == {"resumed": [task.pk], "failed": []}
    assert queued == [task.pk]
    task.refresh_from_db()
    assert task.status == TaskStatus.PENDING

    ScrapeTask.objects.filter(pk=task.pk).update(status=TaskStatus.RUNNING, worker_id="gone:2", heartbeat_at=stale)
    assert reap_stale_tasks(enqueue=queued.append) == {"resumed": [], "failed": [task.pk]}
    task.refresh_from_db()
    assert task.status == TaskStatus.FAILED and "gone:2 stopped responding" in task.error
    assert set(Lead.objects.values_list("pk", flat=True)) == saved


def test_a_live_task_is_left_alone_by_the_reaper(sandbox, settings):
    task = _task(shipped_recipe("sandbox_directory", sandbox.base_url))
    ScrapeTask.objects.filter(pk=task.pk).update(status=TaskStatus.RUNNING, heartbeat_at=timezone.now())
    assert reap_stale_tasks(enqueue=lambda pk: None) == {"resumed": [], "failed": []}


def test_a_broken_item_selector_fails_the_task_naming_the_recipe_field(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    definition = shipped_recipe("sandbox_directory", sandbox.base_url).definition
    definition["items"]["selectors"] = ["li.renamed-listing"]
    task = _task(shipped_recipe("sandbox_directory", sandbox.base_url, definition=definition))

    assert run_task(task.pk) == TaskStatus.FAILED

    task.refresh_from_db()
    assert task.error.startswith("sandbox_directory: items.selectors: none of ['li.renamed-listing'] matched")


def test_a_search_without_results_completes_as_empty_not_failed(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    definition = shipped_recipe("sandbox_directory", sandbox.base_url).definition
    definition["no_results"] = {"selectors": ["h1"]}  # stands in for a "no results" notice
    definition["search"]["url_template"] = f"{sandbox.base_url}/status/200?q={{query}}"
    task = _task(shipped_recipe("sandbox_directory", sandbox.base_url, definition=definition), query="zzz")

    assert run_task(task.pk) == TaskStatus.COMPLETED

    assert task.events.last().message == "Completed: the search returned no results."


def test_an_internal_site_is_refused_unless_an_admin_allows_its_recipe(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = False  # the default: the sandbox listens on 127.0.0.1
    refused = _task(shipped_recipe("sandbox_directory", sandbox.base_url, allow_internal=False), max_results=2)
    assert run_task(refused.pk) == TaskStatus.FAILED
    assert refused.events.filter(message__contains="internal address").exists()

    allowed = _task(shipped_recipe("sandbox_directory", sandbox.base_url, allow_internal=True), max_results=2)
    assert run_task(allowed.pk) == TaskStatus.COMPLETED
    assert Lead.objects.filter(scrape_task=allowed).count() == 2
    assert allowed.events.filter(message__contains="lets this recipe reach internal addresses").exists()


def test_an_upgrade_lets_the_shipped_sandbox_recipes_reach_this_machine_and_no_other_recipe(sandbox):
    import importlib

    from django.apps import apps

    for slug in ("sandbox_maps", "sandbox_directory", "google_maps", "website"):
        shipped_recipe(slug, sandbox.base_url)
    migration = importlib.import_module("scraping.migrations.0009_recipe_allow_internal")
    migration.allow_the_sandbox(apps, None)
    allowed = set(PlatformRecipe.objects.filter(allow_internal=True).values_list("slug", flat=True))
    assert allowed == {"sandbox_maps", "sandbox_directory"}
