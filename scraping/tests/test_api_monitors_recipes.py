"""Monitors and platform recipes over the API: per-source options, ownership, recipe errors by path."""

import pytest
from django.test import override_settings

from leads.tests.api_roles import client_as
from leads.tests.factories import KeywordSetFactory
from scraping.models import Monitor, PlatformRecipe
from scraping.tests.factories import SANDBOX_RECIPE, MonitorFactory, PlatformRecipeFactory

pytestmark = pytest.mark.django_db


def _monitor(**changes) -> dict:
    return {
        "name": "Bakery CRM",
        "keyword_set": KeywordSetFactory().pk,
        "sources": [
            {"source": "reddit", "subreddits": ["smallbusiness", "r/Bakers"], "mode": "new"},
            {"source": "rss", "url": "https://news.example.com/feed.xml"},
            {"source": "rss", "urls": ["https://a.example.com/rss", "https://b.example.org/atom"]},
            {"source": "mastodon", "instance": "social.example.org", "hashtags": ["#crm"], "search": True},
            {"source": "hackernews", "tags": "story"},
            {"source": "bluesky", "lang": "en"},
            {"source": "x", "query": "need a CRM -hiring"},
        ],
        "poll_interval": 600,
        "min_score": 60,
        **changes,
    }


def test_create_monitor_owned_by_its_creator():
    client, me = client_as("marketing")
    response = client.post("/api/v1/monitors", _monitor())
    assert response.status_code == 201, response.content
    monitor = Monitor.objects.get()
    assert monitor.owner == me and monitor.poll_interval == 600 and len(monitor.sources) == 7
    assert response.json()["owner"]["id"] == me.pk


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"keyword_set": 999999}, "keyword_set", ""),
        ({"sources": []}, "sources", ""),
        ({"sources": [{"source": "myspace"}]}, "sources[0].source", "use one of"),
        ({"sources": [{"source": "rss"}]}, "sources[0].url", "needs a feed URL"),
        ({"sources": [{"source": "rss", "urls": ["https://ok.example.com", "gopher://x"]}]}, "sources[0].urls[1]", ""),
        ({"sources": [{"source": "reddit", "mode": "hot"}]}, "sources[0].mode", "new or search"),
        (
            {"sources": [{"source": "mastodon", "instance": "social.example.org", "search": "yes"}]},
            "sources[0].search",
            "",
        ),
        ({"sources": [{"source": "rss", "url": "ftp://files.example.com/feed"}]}, "sources[0].url", "http"),
        ({"sources": [{"source": "rss", "url": "http://127.0.0.1/feed"}]}, "sources[0].url", "internal address"),
        ({"sources": [{"source": "mastodon"}]}, "sources[0].instance", "needs this"),
        ({"sources": [{"source": "reddit", "subreddits": ["not a sub!"]}]}, "sources[0].subreddits[0]", ""),
        ({"sources": [{"source": "hackernews", "depth": 3}]}, "sources[0].depth", "not an option"),
        ({"poll_interval": 30}, "poll_interval", ""),
        ({"min_score": 101}, "min_score", ""),
        ({"name": ""}, "name", ""),
        ({"filters": {"language": "english"}}, "filters.language", "language code"),
        ({"filters": {"include_sites": ["not a host"]}}, "filters.include_sites[0]", "host name"),
        ({"filters": {"min_karma": 5}}, "filters.min_karma", "not a filter"),
    ],
)
def test_monitor_validation(changes, field, message):
    client, _ = client_as("manager")
    response = client.post("/api/v1/monitors", _monitor(**changes))
    assert response.status_code == 400, response.content
    fields = response.json()["error"]["fields"]
    assert field in fields, fields
    assert message in " ".join(fields[field])
    assert not Monitor.objects.exists()


@override_settings(ALLOW_PRIVATE_URLS=True)
def test_private_feed_urls_allowed_when_settings_say_so():
    client, _ = client_as("manager")
    body = _monitor(sources=[{"source": "rss", "url": "http://127.0.0.1:8001/feed.xml"}])
    assert client.post("/api/v1/monitors", body).status_code == 201


def test_owner_changes_monitor_with_the_same_validation():
    client, me = client_as("marketing")
    monitor = MonitorFactory(owner=me)
    ok = client.patch(f"/api/v1/monitors/{monitor.pk}", {"poll_interval": 120, "is_active": False})
    assert ok.status_code == 200, ok.content
    bad = client.patch(f"/api/v1/monitors/{monitor.pk}", {"sources": [{"source": "rss"}]})
    assert bad.status_code == 400
    monitor.refresh_from_db()
    assert (monitor.poll_interval, monitor.is_active) == (120, False)
    assert monitor.sources == [{"source": "reddit"}, {"source": "hackernews"}]


def test_recipe_errors_are_keyed_by_definition_path():
    client, _ = client_as("admin")
    definition = {
        "search": {"url_template": "https://maps.example.com/search"},
        "items": {"selectors": ["div..broken"]},
        "fields": {"name": {"selectors": ["h3"], "regex": "(unclosed"}},
    }
    response = client.post("/api/v1/recipes", {"slug": "broken", "name": "Broken", "definition": definition})
    assert response.status_code == 400
    fields = response.json()["error"]["fields"]
    assert "{query}" in fields["definition.search.url_template"][0]
    assert "not a valid CSS selector" in fields["definition.items.selectors[0]"][0]
    assert "regular expression" in fields["definition.fields.name.regex"][0]
    assert not PlatformRecipe.objects.filter(slug="broken").exists()


def test_recipe_runner_slug_and_uniqueness():
    PlatformRecipeFactory(slug="sandbox-maps")
    client, _ = client_as("admin")
    body = {"slug": "sandbox-maps", "name": "Again", "definition": SANDBOX_RECIPE, "runner": "teleport"}
    fields = client.post("/api/v1/recipes", body).json()["error"]["fields"]
    assert "runner" in fields
    fields = client.post("/api/v1/recipes", {**body, "runner": "http"}).json()["error"]["fields"]
    assert "slug" in fields


def test_admin_updates_a_recipe_and_keeps_it_valid():
    recipe = PlatformRecipeFactory()
    client, _ = client_as("admin")
    response = client.patch(f"/api/v1/recipes/{recipe.pk}", {"name": "Sandbox maps (EU)", "runner": "http"})
    assert response.status_code == 200, response.content
    bad = client.patch(f"/api/v1/recipes/{recipe.pk}", {"definition": {"search": {}}})
    assert bad.status_code == 400 and "definition.search" in bad.json()["error"]["fields"]
    recipe.refresh_from_db()
    assert (recipe.name, recipe.runner, recipe.definition) == ("Sandbox maps (EU)", "http", SANDBOX_RECIPE)


def test_sound_filters_are_kept():
    client, _ = client_as("marketing")
    filters = {"language": "pt-BR", "exclude_authors": ["spam_bot"], "include_sites": ["forum.example.com"]}
    response = client.post("/api/v1/monitors", _monitor(filters=filters))
    assert response.status_code == 201, response.content
    assert Monitor.objects.get().filters == filters


def test_poll_now_queues_one_poll_for_the_owner(django_capture_on_commit_callbacks):
    client, me = client_as("marketing")
    monitor = MonitorFactory(owner=me)
    with django_capture_on_commit_callbacks() as queued:
        response = client.post(f"/api/v1/monitors/{monitor.pk}/poll")
    assert response.status_code == 202, response.content
    assert len(queued) == 1


def test_poll_now_is_refused_for_others_and_for_paused_monitors(django_capture_on_commit_callbacks):
    monitor = MonitorFactory(is_active=False)
    sales, _ = client_as("sales")
    assert sales.post(f"/api/v1/monitors/{monitor.pk}/poll").status_code == 403
    manager, _ = client_as("manager")
    with django_capture_on_commit_callbacks() as queued:
        paused = manager.post(f"/api/v1/monitors/{monitor.pk}/poll")
    assert paused.status_code == 400
    assert paused.json()["error"]["code"] == "monitor_inactive"
    assert queued == []
