"""Search-engine and site redirect links are unwrapped before anything opens them; a meta refresh is followed by the
HTTP runner like a redirect; only profile links of a ``site:`` search become items (``items.url_pattern``)."""

import asyncio
import base64
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings

from scraping.crawler import Crawler, TooManyRedirects
from scraping.recipes import recipe_definition_errors
from scraping.runner.common import wanted_items
from scraping.runner.fields import parse_html, read_field, read_items, select_first_matching
from scraping.runner.http_runner import fetch_following_refresh
from scraping.runner.links import meta_refresh_target, unwrap_url
from scraping.runner.shipped import recipes

SAMPLES = Path(settings.BASE_DIR).parent / "shared" / "samples" / "pages"
needs_samples = pytest.mark.skipif(not SAMPLES.exists(), reason=f"the real page samples are not at {SAMPLES}")

TARGET = "https://www.example.com/about?a=1&b=2"


def _bing(url: str) -> str:
    encoded = base64.urlsafe_b64encode(url.encode()).decode().rstrip("=")
    return f"https://www.bing.com/ck/a?!&&p=abc&ptn=3&ver=2&hsh=4&u=a1{encoded}&ntb=1"


def _shipped(slug: str) -> dict:
    return next(r for r in recipes() if r["slug"] == slug)["definition"]


@pytest.mark.parametrize(
    "wrapped",
    [
        _bing(TARGET),
        f"https://duckduckgo.com/l/?uddg={quote(TARGET, safe='')}&rut=abc",
        f"//duckduckgo.com/l/?uddg={quote(TARGET, safe='')}",
        f"https://www.google.com/url?q={quote(TARGET, safe='')}&sa=U&ved=x",
        f"https://www.google.co.uk/url?url={quote(TARGET, safe='')}",
        f"https://www.linkedin.com/redir/redirect?url={quote(TARGET, safe='')}&urlhash=abc&trk=about_website",
        f"https://l.facebook.com/l.php?u={quote(TARGET, safe='')}&h=x",
        # a wrapper wrapping another one
        f"https://www.google.com/url?q={quote(f'https://www.linkedin.com/redir/redirect?url={quote(TARGET)}')}",
    ],
)
def test_redirect_links_are_unwrapped_to_their_target(wrapped):
    assert unwrap_url(wrapped) == TARGET


@pytest.mark.parametrize(
    "url",
    [
        TARGET,
        "https://www.bing.com/search?q=pizza",  # a search page, not a redirect link
        "https://www.bing.com/ck/a?u=a1!!!notbase64",  # undecodable: left as it is
        "https://duckduckgo.com/l/?uddg=javascript%3Aalert(1)",  # not a web address: left as it is
        "https://www.google.com/maps/place/Example",
    ],
)
def test_other_links_are_left_alone(url):
    assert unwrap_url(url) == url


def test_tco_link_takes_the_target_the_page_shows():
    root = parse_html(
        '<div><a id="a" href="https://t.co/AbC123">example.com/menu…</a>'
        '<a id="b" href="https://t.co/XyZ" data-expanded-url="https://www.example.org/x">x</a>'
        '<a id="c" href="https://t.co/Nothing">pic</a></div>'
    )
    spec = {"selectors": ["a#a"], "attribute": "href"}
    assert read_field(root, spec)[0] == "https://example.com/menu"
    assert read_field(root, {**spec, "selectors": ["a#b"]})[0] == "https://www.example.org/x"
    assert read_field(root, {**spec, "selectors": ["a#c"]})[0] == "https://t.co/Nothing"


def test_listing_links_read_through_a_recipe_are_unwrapped():
    company, post = _bing("https://www.linkedin.com/company/example-co"), _bing("https://www.linkedin.com/posts/x-1")
    html = f"""<ol><li class="b_algo"><h2><a href="{company}">Example Co</a></h2></li>
      <li class="b_algo"><h2><a href="{post}">A post</a></h2></li></ol>"""
    definition = _shipped("linkedin_company")
    root = parse_html(html)
    elements, _ = select_first_matching(root, definition["items"]["selectors"])
    items, skipped = wanted_items(definition, read_items(elements, definition["fields"], "https://www.bing.com/"))
    assert [values["url"] for values, _ in items] == ["https://www.linkedin.com/company/example-co"]
    assert skipped == 1


@pytest.mark.parametrize(
    "slug, profile, others",
    [
        (
            "linkedin_company",
            "https://uk.linkedin.com/company/example-co",
            ["https://www.linkedin.com/posts/x-1", "https://www.linkedin.com/company/example-co/jobs"],
        ),
        (
            "facebook_page",
            "https://www.facebook.com/ExamplePizzeria/",
            [
                "https://www.facebook.com/groups/123/",
                "https://www.facebook.com/reel/99",
                "https://www.facebook.com/a/posts/1",
            ],
        ),
        (
            "instagram_profile",
            "https://www.instagram.com/example.pizzeria/",
            [
                "https://www.instagram.com/p/Cx1/",
                "https://www.instagram.com/reel/Cx2/",
                "https://www.instagram.com/explore/",
            ],
        ),
        ("x_profile", "https://x.com/example_co", ["https://x.com/example_co/status/1", "https://x.com/i/flow/login"]),
    ],
)
def test_site_search_keeps_only_profile_links(slug, profile, others):
    definition = _shipped(slug)
    assert not recipe_definition_errors("browser", definition)
    items = [({"url": url}, {}) for url in [profile, *others]]
    kept, skipped = wanted_items(definition, items)
    assert [values["url"] for values, _ in kept] == [profile]
    assert skipped == len(others)


def test_an_invalid_url_pattern_is_refused_on_save():
    definition = {**_shipped("x_profile"), "items": {"selectors": ["li"], "url_pattern": "("}}
    assert any(line.startswith("items.url_pattern:") for line in recipe_definition_errors("browser", definition))


@needs_samples
def test_real_bing_results_lead_to_their_targets_not_to_bing():
    path = SAMPLES / "search_engines" / "wsmcp__http-bing.html"
    definition = _shipped("linkedin_company")
    root = parse_html(path.read_bytes())
    elements, _ = select_first_matching(root, definition["items"]["selectors"])
    values = [v for v, _ in read_items(elements, definition["fields"], "https://www.bing.com/search?q=x")]
    assert len(values) == 10
    assert all(v["url"].startswith("https://") and "bing.com" not in v["url"] for v in values)
    assert values[0]["url"] == "https://www.w3schools.com/Js/"


def test_meta_refresh_target():
    page = b'<html><head><meta http-equiv="refresh" content="0; url=https://example.com/x?a=1&amp;b=2"></head></html>'
    assert meta_refresh_target(page, "https://duckduckgo.com/l/") == "https://example.com/x?a=1&b=2"
    assert meta_refresh_target(b'<meta http-equiv="Refresh" content="0;URL=\'/y\'">', "https://a.example/") == (
        "https://a.example/y"
    )
    assert meta_refresh_target(b'<meta http-equiv="refresh" content="300">', "https://a.example/") == ""
    assert meta_refresh_target(b'<meta http-equiv="refresh" content="600; url=/later">', "https://a.example/") == ""
    assert meta_refresh_target(b"<p>no refresh</p>", "https://a.example/") == ""


@pytest.fixture
def crawl(sandbox):
    def run(path: str, **options):
        async def go():
            async with Crawler.from_settings(allow_private=True, respect_robots=False, **options) as crawler:
                return await fetch_following_refresh(crawler, sandbox.url(path))

        return asyncio.run(go())

    return run


def test_the_http_runner_follows_a_meta_refresh_as_a_redirect(sandbox, crawl):
    response = crawl(f"/refresh-to?url={quote(sandbox.url('/redirect/1'), safe='')}")
    assert response.status == 200
    assert response.final_url == sandbox.url("/redirect/0")
    assert b"End of the redirect chain" in response.content
    assert len(response.redirects) == 2  # the refresh page, then the HTTP redirect


def test_a_refresh_counts_towards_the_redirect_limit(sandbox, crawl):
    crawl(f"/refresh-to?url={quote(sandbox.url('/redirect/2'), safe='')}", max_redirects=3)  # 1 + 2 hops: fine
    with pytest.raises(TooManyRedirects):
        crawl(f"/refresh-to?url={quote(sandbox.url('/refresh-to?url=/redirect/2'), safe='')}", max_redirects=3)


def test_a_403_wall_is_blocked_not_a_failed_recipe(sandbox):
    from scraping.runner.check import recipe_check

    for slug in ("business_directory", "website"):
        result = recipe_check(
            _shipped(slug), page="listing", url=sandbox.url("/status/403"), allow_private=True, respect_robots=False
        )
        assert result["blocked"] and "403" in result["blocked"] and result["items"] == []


def test_recipe_check_follows_a_meta_refresh_to_the_page_it_reads(sandbox):
    from scraping.runner.check import recipe_check

    definition = _shipped("website")
    result = recipe_check(
        definition,
        page="detail",
        url=sandbox.url(f"/refresh-to?url={quote(sandbox.url('/redirect/0'), safe='')}"),
        allow_private=True,
        respect_robots=False,
    )
    assert result["url"] == sandbox.url("/redirect/0") and result["fields"]["name"] == "Arrived"


def test_website_recipe_skips_the_search_engines_own_links():
    html = f"""<div class="result result--ad"><a class="result__a" href="https://duckduckgo.com/y.js?ad_domain=x&u3=y">Ad</a>
    </div><div class="result"><a class="result__a" href="{_bing("https://www.example.com/")}">Example Co</a></div>"""
    definition = _shipped("website")
    elements, _ = select_first_matching(parse_html(html), definition["items"]["selectors"])
    items, skipped = wanted_items(
        definition, read_items(elements, definition["fields"], "https://html.duckduckgo.com/")
    )
    assert [values["url"] for values, _ in items] == ["https://www.example.com/"] and skipped == 1


@pytest.fixture(scope="module")
def hostile():
    from scraping.sandbox import SandboxServer
    from scraping.tests.runner.test_http_pages import HostileWeb

    server = SandboxServer()
    server.app = HostileWeb()
    with server:
        yield server


@pytest.mark.django_db(transaction=True)
def test_one_detail_page_answering_403_is_its_items_error_not_the_sites_wall(hostile, settings):
    from scraping.models import EventKind, TaskStatus
    from scraping.runner.engine import run_task
    from scraping.tests.runner.test_http_pages import _hostile_recipe, _task

    settings.ALLOW_PRIVATE_URLS = True
    links = [("One", "/redirect/0"), ("Walled", "/status/403"), ("Two", "/redirect/1")]
    task = _task(_hostile_recipe(hostile.base_url, links), "anything", max_results=5)
    assert run_task(task.pk) == TaskStatus.COMPLETED
    errors = [e.message for e in task.events.filter(kind=EventKind.LOG, level="error")]
    assert any("answered HTTP 403" in message for message in errors)
    assert task.events.filter(kind=EventKind.RESULT).count() == 3
