"""The offline demo is honest: the sandbox maps and directory answer the query (a pizza search finds no pizza place
rather than every business of the city), the directory takes free text, and a task whose every search failed ends
failed with the reason."""

import httpx
import pytest

from accounts.tests.factories import UserFactory
from leads.models import Lead
from scraping.models import TaskStatus
from scraping.runner.engine import run_task
from scraping.sandbox.dataset import search
from scraping.services import task_create
from scraping.tests.runner.conftest import shipped_recipe


def test_sandbox_search_answers_the_query():
    assert search("pizza toronto") == []  # the sandbox has no pizzeria: none, not Toronto's plumbers and dentists
    plumbers = search("best plumbers near me in toronto")
    assert plumbers and {(b.category, b.city.name) for b in plumbers} == {("plumber", "Toronto")}
    assert search("cafe berlin") and all(b.category == "coffee" for b in search("cafe berlin"))
    assert len(search("coffee")) == 72  # category words alone, as before
    one = search("toronto")[0]
    named = search(f"{one.name.split()[0]} toronto")
    assert one in named and all(one.name.split()[0].lower() in b.name.lower() for b in named)


def test_sandbox_directory_takes_free_text(sandbox):
    page = httpx.get(sandbox.url("/directory/search"), params={"q": "plumber toronto"})
    assert page.status_code == 200 and page.text.count('class="listing"') == 5
    assert 'href="?q=plumber+toronto&amp;page=2"' in page.text  # the next page keeps the query
    none = httpx.get(sandbox.url("/directory/pizza+toronto"))
    assert none.status_code == 200 and 'class="no-results"' in none.text


def _run(recipe, query: str, max_results: int = 3):
    task = task_create(owner=UserFactory(), queries=[query], platforms=[recipe], max_results=max_results, enqueue=False)
    status = run_task(task.pk)
    task.refresh_from_db()
    return status, task


@pytest.mark.django_db(transaction=True)
def test_directory_demo_tasks_end_truthfully(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    recipe = shipped_recipe("sandbox_directory", sandbox.base_url)
    status, task = _run(recipe, "plumber in toronto")
    assert status == TaskStatus.COMPLETED and Lead.objects.filter(scrape_task=task).count() == 3
    status, task = _run(recipe, "pizza toronto")
    assert status == TaskStatus.COMPLETED and not Lead.objects.filter(scrape_task=task).exists()
    assert "no results" in task.events.order_by("-seq").first().message


@pytest.mark.django_db(transaction=True)
def test_a_task_whose_every_search_failed_ends_failed_with_the_reason(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    definition = shipped_recipe("sandbox_directory", sandbox.base_url).definition
    definition["search"]["url_template"] = f"{sandbox.base_url}/status/404?q={{query}}"
    recipe = shipped_recipe("sandbox_directory", sandbox.base_url, definition=definition)
    status, task = _run(recipe, "plumber toronto")
    assert status == TaskStatus.FAILED
    assert "HTTP 404" in task.error and "search.url_template" in task.error
