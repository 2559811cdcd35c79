"""A forum without an API, watched by a monitor through the shipped ``sandbox_forum`` http recipe."""

import pytest

from leads.models import Lead, LeadKind
from leads.tests.factories import KeywordSetFactory
from scraping.models import MonitorStatus, PlatformRecipe, SeenPost
from scraping.monitor_sources import monitor_source_errors
from scraping.monitoring import monitor_poll
from scraping.sandbox import SandboxServer, forum
from scraping.tests.factories import MonitorFactory

pytestmark = pytest.mark.django_db

CRM = '"looking for a CRM" OR (recommend* AND crm) NOT hiring'


@pytest.fixture
def sandbox(settings):
    settings.ALLOW_PRIVATE_URLS = True
    with SandboxServer() as server:
        yield server


@pytest.fixture
def forum_recipe(sandbox):
    """The recipe the migration shipped, pointed at this test's sandbox port."""
    recipe = PlatformRecipe.objects.get(slug="sandbox_forum")
    template = recipe.definition["search"]["url_template"]
    recipe.definition["search"]["url_template"] = sandbox.url(template[template.index("/forum/") :])
    recipe.save()
    return recipe


def forum_monitor(**source):
    return MonitorFactory(
        keyword_set=KeywordSetFactory(expression=CRM),
        sources=[{"source": "recipe", "recipe": "sandbox_forum", "query": "recommend", **source}],
        min_score=0,
    )


def test_forum_threads_matching_the_keywords_become_conversation_leads(forum_recipe, sandbox):
    monitor = forum_monitor()

    report = monitor_poll(monitor_id=monitor.pk)

    assert report.errors == {}
    leads = Lead.objects.filter(monitor=monitor)
    # Six threads mention "recommend"; three ask for a CRM (the hiring one is excluded by NOT hiring).
    assert report.posts_read == 6 and report.matched == 3
    assert sorted(leads.values_list("name", flat=True)) == [
        "Anyone know a good CRM for a bakery?",
        "Looking for a CRM that works offline",
        "Recommend a CRM for a two-person dog grooming salon?",
    ]
    bakery = leads.get(name__startswith="Anyone know")
    assert bakery.kind == LeadKind.CONVERSATION and bakery.author == "crumb_and_co"
    assert bakery.url == sandbox.url("/forum/thread/t1007/anyone-know-a-good-crm-for-a-bakery")
    # The text is the thread's whole first post (its detail page), not the listing's cut excerpt.
    assert bakery.text.endswith("sends reminders?") and bakery.published_at.isoformat().startswith("2026-11-20")
    assert SeenPost.objects.filter(monitor=monitor).count() == 6
    monitor.refresh_from_db()
    assert monitor.status == MonitorStatus.OK and monitor.source_health["recipe"]["status"] == "ok"


def test_a_re_poll_reads_no_thread_twice_and_picks_up_a_new_one(forum_recipe, sandbox, monkeypatch):
    monitor = forum_monitor()
    monitor_poll(monitor_id=monitor.pk)
    thread_pages = sum(n for path, n in sandbox.app.hits.items() if path.startswith("/forum/thread/"))

    again = monitor_poll(monitor_id=monitor.pk, force=True)

    assert again.posts_read == 0 and again.leads_created == 0 and Lead.objects.count() == 3
    # Seen threads are skipped before their pages are fetched.
    assert sum(n for path, n in sandbox.app.hits.items() if path.startswith("/forum/thread/")) == thread_pages

    new = forum.ForumThread(
        "t1008", "Can anyone recommend a CRM for a food truck?", "rolling_tacos", "2026-11-21T12:00:00Z", "Thanks!"
    )
    monkeypatch.setattr(forum, "THREADS", [*forum.THREADS, new])
    third = monitor_poll(monitor_id=monitor.pk, force=True)

    assert third.posts_read == 1 and third.leads_created == 1
    assert Lead.objects.filter(monitor=monitor).count() == 4


def test_validation_refuses_an_unknown_or_inactive_recipe():
    assert monitor_source_errors([{"source": "recipe", "recipe": "sandbox_forum", "query": "crm"}]) == []
    assert monitor_source_errors([{"source": "recipe", "recipe": "no_such_forum"}]) == [
        "sources[0].recipe: no platform recipe is called 'no_such_forum'."
    ]
    assert monitor_source_errors([{"source": "recipe"}]) == ["sources[0].recipe: recipe needs this."]
    PlatformRecipe.objects.filter(slug="sandbox_forum").update(is_active=False)
    (error,) = monitor_source_errors([{"source": "recipe", "recipe": "sandbox_forum"}])
    assert error.startswith("sources[0].recipe: the recipe 'sandbox_forum' is switched off")


def test_a_broken_recipe_marks_the_source_with_an_error_naming_the_field(forum_recipe):
    forum_recipe.definition["items"]["selectors"] = ["li.renamed-thread-row"]
    forum_recipe.save()
    monitor = forum_monitor()

    report = monitor_poll(monitor_id=monitor.pk)

    assert "items.selectors" in report.errors["recipe"] and "sandbox_forum" in report.errors["recipe"]
    monitor.refresh_from_db()
    health = monitor.source_health["recipe"]
    assert health["status"] == "error" and "items.selectors: none of ['li.renamed-thread-row']" in health["last_error"]
    assert monitor.status == MonitorStatus.ERROR and not Lead.objects.exists()


def test_a_recipe_switched_off_after_the_monitor_was_saved_blocks_the_source(forum_recipe):
    monitor = forum_monitor()
    PlatformRecipe.objects.filter(pk=forum_recipe.pk).update(is_active=False)

    monitor_poll(monitor_id=monitor.pk)

    monitor.refresh_from_db()
    assert monitor.status == MonitorStatus.BLOCKED and "switched off" in monitor.last_error


def test_a_source_listed_twice_is_refused_and_the_same_source_with_other_options_is_not():
    hn, bakers = {"source": "hackernews"}, {"source": "reddit", "subreddits": ["smallbusiness"]}
    twice = monitor_source_errors([hn, bakers, dict(hn)])
    assert twice == ["sources[2]: the same as sources[0]; list each source once."]
    florists = {"source": "reddit", "subreddits": ["florists"]}
    assert monitor_source_errors([bakers, florists]) == []
