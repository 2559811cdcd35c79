"""Suppressed phones, emails and domains never reach the lead table: the sandbox directory through the real http
runner, and a monitor polling the fake conversation sources."""

import pytest

from accounts.tests.factories import UserFactory
from compliance.models import SuppressionKind
from compliance.services import suppression_add
from leads.models import ContactKind, ContactPoint, Lead
from leads.tests.factories import KeywordSetFactory
from scraping.models import SeenPost, TaskStatus
from scraping.monitoring import monitor_poll
from scraping.runner.engine import run_task
from scraping.services import task_create
from scraping.tests.factories import MonitorFactory
from scraping.tests.monitoring.conftest import fakes  # noqa: F401 - fixture
from scraping.tests.runner.conftest import sandbox, shipped_recipe  # noqa: F401 - fixture


def _directory_run(recipe, max_results: int):
    task = task_create(
        owner=UserFactory(), queries=["toronto/plumber"], platforms=[recipe], max_results=max_results, enqueue=False
    )
    assert run_task(task.pk) == TaskStatus.COMPLETED
    task.refresh_from_db()
    return task


@pytest.mark.django_db(transaction=True)
def test_a_scrape_skips_and_counts_suppressed_businesses(sandbox, settings):  # noqa: F811
    settings.ALLOW_PRIVATE_URLS = True
    recipe = shipped_recipe("sandbox_directory", sandbox.base_url)
    first = _directory_run(recipe, max_results=4)
    phones = list(
        ContactPoint.objects.filter(lead__scrape_task=first, kind=ContactKind.PHONE)
        .order_by("lead__name")
        .values_list("normalized_value", flat=True)
    )
    Lead.objects.all().delete()
    suppression_add(kind=SuppressionKind.PHONE, value=phones[0])

    second = _directory_run(recipe, max_results=4)

    assert second.counters["suppressed"] >= 1
    stored = set(ContactPoint.objects.filter(kind=ContactKind.PHONE).values_list("normalized_value", flat=True))
    assert phones[0] not in stored and len(stored) == 4
    skipped = second.events.filter(message__contains="suppression list")
    assert skipped.count() == second.counters["suppressed"]
    assert phones[0] not in " ".join(second.events.values_list("message", flat=True))


CRM = '"looking for a CRM" OR (recommend* AND crm) NOT hiring'


@pytest.mark.django_db
def test_a_monitor_drops_posts_naming_a_suppressed_email_or_phone(fakes):  # noqa: F811
    monitor = MonitorFactory(
        keyword_set=KeywordSetFactory(expression=CRM), sources=[{"source": "hackernews"}], min_score=0
    )
    monitor_poll(monitor_id=monitor.pk)
    before = Lead.objects.count()
    suppression_add(kind=SuppressionKind.EMAIL, value="Dana@Example.org")
    suppression_add(kind=SuppressionKind.PHONE, value="+1 416 555 0177")
    fakes.state.add("hackernews", "Looking for a CRM, write to dana@example.org", title="CRM wanted", age=-5)
    fakes.state.add("hackernews", "Looking for a CRM! Call 416-555-0177", title="CRM please", age=-5)
    fakes.state.add("hackernews", "Looking for a CRM for my bakery", title="Bakery CRM", age=-5)

    report = monitor_poll(monitor_id=monitor.pk, force=True)

    assert report.suppressed == 2 and report.leads_created == 1
    assert Lead.objects.count() == before + 1
    assert not Lead.objects.filter(name__in=["CRM wanted", "CRM please"]).exists()
    dropped = SeenPost.objects.filter(details__dropped="suppressed")
    assert dropped.count() == 2 and all("title" not in seen.details for seen in dropped)
