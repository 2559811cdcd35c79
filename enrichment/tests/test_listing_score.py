"""Business listings get a score from what the product knows of them (issue 20): a callable phone, completeness,
enrichment quality and company signals, each listed in the explanation; scored when enriched and on rescore."""

import pytest

from companies.models import Company, CompanyLink
from enrichment.models import LeadEnrichment
from enrichment.nlp.analyze import Analysis
from enrichment.services import lead_score_apply, leads_rescore
from leads.models import ContactKind, ExtractionLayer, LeadKind, ScoringRule
from leads.scoring import FORMULA_CONVERSATION, FORMULA_LISTING, ScoringInput, score_compute
from leads.services import contact_point_add, lead_upsert
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db


def _analysis(probability=0.05, level="none") -> Analysis:
    return Analysis(
        sentiment={"label": "neutral", "score": 0.0},
        intent={"probability": probability, "level": level},
        intent_version_id=None,
        sentiment_version_id=None,
        embedder="test",
    )


def _listing(**extra):
    lead, _ = lead_upsert(
        kind=LeadKind.BUSINESS,
        name="Maple Leaf Coffee Roasters",
        text="Small-batch coffee roasted daily in Toronto.",
        url="https://maps.example.com/place/maple-leaf-coffee",
        platform="sandbox_maps",
        location="Toronto, ON",
        **extra,
    )
    contact_point_add(
        lead=lead,
        kind=ContactKind.PHONE,
        value="(416) 555-0123",
        normalized_value="+14165550123",
        layer=ExtractionLayer.TEL_LINK,
        confidence=0.95,
    )
    return lead


def _parts(lead) -> dict[str, dict]:
    return {c["name"]: c for c in lead.score_explanation["contributions"] if c["source"] == "listing"}


def test_a_new_listing_is_scored_when_its_enrichment_runs(enrich_auto, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        lead = _listing(domain="maple-coffee.example.com")
    lead.refresh_from_db()
    quality = LeadEnrichment.objects.get(lead=lead).quality_score
    parts = _parts(lead)
    assert parts["Callable phone"]["weight"] == 30
    assert parts["Callable phone"]["evidence"]["phones"] == [{"phone": "+14165550123", "type": "fixed_line_or_mobile"}]
    assert parts["Listing completeness"]["weight"] == 16  # name, phone, website, address of five
    assert parts["Listing completeness"]["evidence"] == {"has": "name, phone, website, address", "missing": "email"}
    assert parts["Enrichment quality"]["evidence"] == {"quality_score": quality}
    assert parts["Enrichment quality"]["weight"] == round(20 * quality / 100) > 0
    assert parts["Company signals"]["weight"] == 0
    assert lead.scored_at is not None and lead.score_explanation["formula"] == FORMULA_LISTING
    assert lead.score == max(0, min(100, sum(c["weight"] for c in lead.score_explanation["contributions"])))
    assert lead.score >= 50


def test_an_existing_unscored_listing_is_scored_by_rescore():
    lead = LeadFactory(kind=LeadKind.BUSINESS, domain="", name="Example Plumbing")
    ContactPointFactory(lead=lead, value="(416) 555-0142", normalized_value="+14165550142")
    assert lead.scored_at is None and lead.score == 0
    assert leads_rescore(lead_ids=[lead.pk]) == 1
    lead.refresh_from_db()
    parts = _parts(lead)
    # Not enriched yet: the phone's line type is unknown, there is no quality score.
    assert parts["Phone (line type not checked yet)"]["weight"] == 15
    assert parts["Enrichment quality"]["evidence"] == {"quality_score": "not enriched yet"}
    assert parts["Listing completeness"]["evidence"]["missing"] == "website, email"
    assert lead.score > 0 and "Buyer intent" not in {c["name"] for c in lead.score_explanation["contributions"]}


def test_the_company_score_adds_to_its_listing():
    lead = LeadFactory(kind=LeadKind.BUSINESS)
    company = Company.objects.create(name="Maple Leaf Plumbing", score=60, scored_at=lead.discovered_at)
    CompanyLink.objects.create(lead=lead, company=company, method="founder", confidence=1.0)
    lead_score_apply(lead=lead, analysis=_analysis(), rules=[])
    part = _parts(lead)["Company signals"]
    assert part["weight"] == 6
    assert part["evidence"] == {"company_id": company.pk, "company": "Maple Leaf Plumbing", "company_score": 60}


def test_listings_sort_by_what_sales_can_do_with_them():
    ScoringRule.objects.update(is_active=False)  # the listing's own signals alone
    callable_listing = LeadFactory(kind=LeadKind.BUSINESS, domain="maple.example.com")
    ContactPointFactory(lead=callable_listing, details={"type": "mobile"})
    ContactPointFactory(lead=callable_listing, kind=ContactKind.EMAIL, value="hi@maple.example.com")
    unchecked = LeadFactory(kind=LeadKind.BUSINESS, domain="")
    ContactPointFactory(lead=unchecked)
    bare = LeadFactory(kind=LeadKind.BUSINESS, domain="", location="", category="")
    scores = []
    for lead in (callable_listing, unchecked, bare):
        lead_score_apply(lead=lead, analysis=_analysis())
        scores.append(lead.score)
    assert scores[0] > scores[1] > scores[2] > 0
    assert scores[0] == 30 + 20  # callable phone, all five fields; not enriched, no company


def test_a_high_intent_post_reaches_the_top_of_the_scale_without_any_rule():
    post = ScoringInput(text="x", intent_probability=1.0, intent_level="high", sentiment_label="neutral", kind="")
    score, explanation = score_compute(post, [])
    assert score == 80 and explanation["formula"] == FORMULA_CONVERSATION
    weak = ScoringInput(text="x", intent_probability=0.2, intent_level="none", sentiment_label="neutral")
    assert score_compute(weak, [])[0] == 16


def test_a_high_intent_post_with_the_starter_rules_scores_above_eighty():
    lead = LeadFactory(
        kind=LeadKind.CONVERSATION,
        text="Can anyone recommend a bookkeeper? We have a budget of $300 a month.",
        platform="reddit",
    )
    lead_score_apply(lead=lead, analysis=_analysis(probability=0.85, level="high"))
    names = {c["name"] for c in lead.score_explanation["contributions"]}
    assert {"Buyer intent", "Asks for recommendations", "Mentions a budget or a quote"} <= names
    assert lead.score >= 90


def test_analyze_scores_a_listing_text_from_the_contacts_it_shows(client_as):
    from accounts.models import Role

    response = client_as(Role.SALES).post(
        "/api/v1/analyze",
        {"text": "Example Bakery, call (416) 555-0177 or write to hello@example.com", "kind": "business"},
        format="json",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    parts = {c["name"]: c for c in body["explanation"]["contributions"]}
    assert parts["Phone (line type not checked yet)"]["weight"] == 15
    assert parts["Listing completeness"]["evidence"]["has"] == "phone, email"
    assert body["score"] > 0 and body["explanation"]["formula"] == FORMULA_LISTING


def test_the_rescore_command_scores_the_listings_never_scored():
    from io import StringIO

    from django.core.management import call_command

    listing = LeadFactory(kind=LeadKind.BUSINESS)
    ContactPointFactory(lead=listing)
    scored = LeadFactory(kind=LeadKind.CONVERSATION, text="any accountant recommendations?")
    lead_score_apply(lead=scored, analysis=_analysis(0.5, "medium"))
    scored_at = scored.scored_at
    out = StringIO()
    call_command("rescore", "--unscored", "--kind", "business", stdout=out)
    assert out.getvalue().strip() == "Rescored 1 lead(s)."
    listing.refresh_from_db()
    scored.refresh_from_db()
    assert listing.score > 0 and listing.scored_at is not None and scored.scored_at == scored_at
