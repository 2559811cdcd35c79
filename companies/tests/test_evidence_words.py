"""Issue #24: a company's score evidence reads as sentences, and engagement counts only when we engaged."""

import pytest
from django.test import Client
from django.utils import timezone

from accounts.models import Role
from accounts.tests.factories import UserFactory
from companies.evidence import evidence_sentence
from companies.services import company_rescore, lead_company_match
from companies.tests.factories import listing
from leads.models import Label, LabelKind, LeadStatus

pytestmark = pytest.mark.django_db


def _parts(company) -> dict:
    return {c.get("signal") or c["name"]: c for c in company.score_explanation["contributions"]}


def test_listing_evidence_is_a_sentence_with_the_callable_phones():
    office = listing(
        name="Harbour Heating",
        phones={"+14165550142": "fixed_line", "+14165550143": "mobile"},
        website="harbour.example.com",
    )
    company = company_rescore(company_id=lead_company_match(lead_id=office.pk).company.pk, now=timezone.now())
    words = evidence_sentence(_parts(company)["listing"])
    assert "2 callable phones: +1 416-555-0142 (landline), +1 416-555-0143 (mobile)." in words
    assert "% complete (no email)" in words and "{" not in words and "callable_phones" not in words

    client = Client()
    client.force_login(UserFactory(role=Role.SALES))
    html = client.get(f"/companies/{company.pk}").content.decode()
    assert "2 callable phones: +1 416-555-0142 (landline)" in html and "callable_phones:" not in html


def test_a_good_lead_label_is_not_engagement():
    office = listing(name="Quiet Bakery", phones={"+14165550144": "fixed_line"})
    Label.objects.create(lead=office, kind=LabelKind.GOOD_LEAD)
    company = company_rescore(company_id=lead_company_match(lead_id=office.pk).company.pk, now=timezone.now())
    assert "engagement" not in _parts(company)

    office.status = LeadStatus.CONTACTED
    office.save()
    company = company_rescore(company_id=company.pk, now=office.updated_at)
    engagement = _parts(company)["engagement"]
    assert evidence_sentence(engagement).startswith("Our lead “Quiet Bakery” is contacted")


@pytest.mark.parametrize(
    "part",
    [
        {"source": "signal", "signal": "listing", "evidence": {"callable_phones": "garbage", "completeness": "x"}},
        {"source": "signal", "signal": "intent", "evidence": {"posts": None}},
        {"source": "rule", "evidence": {"phones": ["not a phone"]}},
        {"source": "rule", "evidence": {"odd": 1}},
        {"evidence": None},
        "nonsense",
    ],
)
def test_odd_evidence_never_breaks_the_page(part):
    assert isinstance(evidence_sentence(part), str)


def test_the_list_shows_a_city_read_from_the_listing_or_no_city_column():
    client = Client()
    client.force_login(UserFactory(role=Role.SALES))
    office = listing(name="Harbour Heating", location="Main St 12, M5H123 Toronto", phones={"+14165550145": "mobile"})
    company = lead_company_match(lead_id=office.pk).company
    assert company.city == ""  # matching found no city in this address form
    html = client.get("/companies/").content.decode()
    assert "<th>City</th>" in html and "<td>Toronto</td>" in html

    office.location = ""
    office.save()
    html = client.get("/companies/").content.decode()
    assert "<th>City</th>" not in html  # no empty column


def test_history_details_are_words():
    from companies.evidence import details_words

    assert details_words({"method": "founder", "lead_id": 1, "confidence": 1.0}) == (
        "first lead of the company · lead #1 · 100% sure"
    )
    assert details_words({"method": "domain", "lead_ids": [3, 4]}) == "Same registrable domain · 2 leads (#3, #4)"
    assert details_words(None) == "" and details_words({"odd": {"x": 1}}) == "odd: x: 1"
