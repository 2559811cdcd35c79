"""The website step through the real crawler against the sandbox web, and the business-page parser."""

import pytest
from django.utils import timezone

from enrichment.business_page import business_from_page
from enrichment.models import LeadEnrichment, LookupCache, StepStatus
from enrichment.pipeline import context_build
from enrichment.providers import provider_get
from enrichment.providers.base import ProviderBadResponse, StepSkipped
from enrichment.services import lead_enrich_enqueue
from leads.models import ContactKind, ExtractionLayer
from leads.tests.factories import ContactPointFactory, LeadFactory
from scraping.extraction.page import load_page
from scraping.sandbox import SandboxServer

pytestmark = pytest.mark.django_db

SITE = "/sites/cedar-espresso-bar-toronto-4/"


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer() as server:
        yield server


def _with_website(url: str, **fields):
    lead = LeadFactory(**fields)
    ContactPointFactory(lead=lead, kind=ContactKind.WEBSITE, value=url, normalized_value=url.lower())
    return lead


def _run(lead):
    ctx = context_build(lead, now=timezone.now())
    provider = provider_get("website")
    return provider.run(ctx, provider.inputs(ctx))


def test_the_website_step_reads_json_ld_emails_and_socials_through_the_crawler(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    result = _run(_with_website(sandbox.url(SITE)))
    business = result["business"]
    assert result["reachable"] and business["found_structured_data"] and business["types"] == ["LocalBusiness"]
    assert business["name"] == "Cedar Espresso Bar" and business["geo"]["lat"]
    assert business["address"].endswith("Toronto, CA") and business["telephone"] == "+14165550104"
    assert "hello@cedar-espresso-bar-toronto.example.com" in result["emails"]  # from the contact page
    assert {s["network"] for s in result["socials"]} == {"facebook", "instagram"}
    assert result["from_cache"] is False
    assert _run(_with_website(sandbox.url(SITE)))["from_cache"] is True  # same URL, another lead: not fetched again


def test_internal_addresses_are_refused_by_the_ssrf_guard(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = False
    with pytest.raises(ProviderBadResponse, match="internal address"):
        _run(_with_website(sandbox.url(SITE)))
    assert not LookupCache.objects.exclude(value={}).exists()


def test_a_missing_site_is_cached_as_unreachable(sandbox, settings):
    settings.ALLOW_PRIVATE_URLS = True
    result = _run(_with_website(sandbox.url("/sites/no-such-business/")))
    assert result["reachable"] is False and result["status"] == 404


def test_no_website_means_nothing_to_do():
    with pytest.raises(StepSkipped, match="no website"):
        _run(LeadFactory(domain=""))


def test_the_pipeline_adds_the_sites_emails_and_socials_as_contact_points(
    sandbox, enrich_auto, django_capture_on_commit_callbacks
):
    enrich_auto.ALLOW_PRIVATE_URLS = True
    lead = _with_website(sandbox.url(SITE), name="Cedar Espresso Bar", text="")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        lead_enrich_enqueue(lead_id=lead.pk)
    assert len(callbacks) == 1  # the contact points the run adds do not queue it again
    enrichment = LeadEnrichment.objects.get(lead=lead)
    assert enrichment.steps.get(step="website").status == StepStatus.DONE
    email = lead.contact_points.get(kind=ContactKind.EMAIL)
    assert email.layer == ExtractionLayer.WEBSITE_CRAWL
    assert lead.contact_points.filter(kind=ContactKind.SOCIAL).count() == 2
    assert any(i.startswith("website lists 1 email(s) and 2 social profile(s)") for i in enrichment.insights)


PAGE = """<!doctype html><html><head><title>Home | Birch &amp; Co</title>
<meta name="description" content="Bicycle repairs and  rentals by the lake.">
<meta name="generator" content="WordPress 6.6">
<link rel="stylesheet" href="/wp-content/themes/birch/style.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-FAKE"></script>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Birch site", "url": "https://birch.example.org/"},
  {"@type": ["BicycleStore"], "name": "Birch & Co Cycles", "description": "Repairs while you wait.",
   "address": {"@type": "PostalAddress", "streetAddress": "1 Lake Rd", "addressLocality": "Kingston",
               "addressCountry": "CA"},
   "geo": {"latitude": "44.23", "longitude": "-76.48"},
   "openingHoursSpecification": [{"dayOfWeek": ["https://schema.org/Monday", "Tuesday"], "opens": "09:00:00",
                                  "closes": "17:30:00"}],
   "openingHours": "Sa 10:00-14:00",
   "sameAs": ["https://www.facebook.com/birchcycles", "javascript:alert(1)"]}
]}</script></head><body><h1>Birch</h1></body></html>"""


def test_the_parser_reads_a_local_business_from_a_graph():
    business = business_from_page(load_page(PAGE, "https://birch.example.org/"))
    assert business["name"] == "Birch & Co Cycles" and business["types"] == ["BicycleStore"]
    assert business["description"] == "Repairs while you wait."
    assert business["meta_description"] == "Bicycle repairs and rentals by the lake."
    assert business["address"] == "1 Lake Rd, Kingston, CA" and business["geo"] == {"lat": 44.23, "lng": -76.48}
    assert business["opening_hours"] == ["Sa 10:00-14:00", "Mo,Tu 09:00-17:30"]
    assert business["same_as"] == ["https://www.facebook.com/birchcycles"]
    assert business["technologies"] == ["WordPress", "Google Analytics"]


def test_the_parser_falls_back_to_meta_tags_without_structured_data():
    business = business_from_page(load_page("<html><head><title>Just a page</title></head></html>", ""))
    assert business["found_structured_data"] is False and business["name"] == "Just a page"
    assert business["geo"] is None and business["opening_hours"] == []
