"""Issue 24: a listing found by a recipe granted internal addresses (the offline sandbox) has its own website read
by enrichment when the site is on the listing's origin; every other internal address stays refused."""

import pytest
from django.utils import timezone

from enrichment.pipeline import context_build
from enrichment.providers import provider_get
from enrichment.providers.base import ProviderBadResponse
from leads.models import ContactKind
from leads.tests.factories import ContactPointFactory, LeadFactory
from scraping.internal_grant import internal_site_granted
from scraping.sandbox import SandboxServer
from scraping.tests.factories import PlatformRecipeFactory, ScrapeTaskFactory

pytestmark = pytest.mark.django_db
SITE = "/sites/cedar-espresso-bar-toronto-4/"


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer() as server:
        yield server


def _listing(sandbox, *, allow_internal: bool, listing_url: str | None = None):
    task = ScrapeTaskFactory(platforms=[PlatformRecipeFactory(allow_internal=allow_internal)])
    lead = LeadFactory(url=listing_url or sandbox.url("/biz/cedar-espresso-bar-toronto-4"), scrape_task=task)
    site = sandbox.url(SITE)
    ContactPointFactory(lead=lead, kind=ContactKind.WEBSITE, value=site, normalized_value=site.lower())
    return lead


def _run(lead):
    ctx = context_build(lead, now=timezone.now())
    provider = provider_get("website")
    return provider.run(ctx, provider.inputs(ctx))


def test_a_granted_sandbox_listing_has_its_site_read(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = False
    result = _run(_listing(sandbox, allow_internal=True))
    assert result["reachable"] and result["business"]["name"] == "Cedar Espresso Bar"
    assert result["business"]["description"] or result["business"]["meta_description"]


def test_without_the_grant_or_on_another_origin_the_site_is_refused(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = False
    with pytest.raises(ProviderBadResponse, match="internal address"):
        _run(_listing(sandbox, allow_internal=False))
    other_origin = _listing(sandbox, allow_internal=True, listing_url="https://directory.example.com/biz/1")
    assert not internal_site_granted(lead=other_origin, url=sandbox.url(SITE))
    with pytest.raises(ProviderBadResponse, match="internal address"):
        _run(other_origin)


def test_no_task_or_no_url_is_no_grant():
    assert not internal_site_granted(lead=LeadFactory(url="http://127.0.0.1:8000/x"), url="http://127.0.0.1:8000/y")
    assert not internal_site_granted(lead=LeadFactory(url=""), url="http://127.0.0.1:8000/y")
