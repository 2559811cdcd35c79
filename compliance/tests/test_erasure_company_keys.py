"""Erasure and opt-out reach the companies: keys holding the identifier go, explanations are recomputed."""

import pytest

from companies.models import Company, CompanyKey
from companies.services import company_rescore, lead_company_match
from companies.tests.factories import listing
from compliance.lifecycle import erasure_perform
from compliance.models import SuppressionKind
from compliance.services import suppression_add
from leads.models import Lead

pytestmark = pytest.mark.django_db

ERASED = "+14165550103"
KEPT = "+14165550104"


@pytest.fixture
def company():
    """A fictional company founded by a listing with the person's phone; a second listing keeps it alive."""
    founder = listing(
        name="Maple Leaf Plumbing",
        website="maple-leaf.example.com",
        category="Plumber",
        phones={ERASED: "fixed_line"},
    )
    company = lead_company_match(lead_id=founder.pk).company
    other = listing(name="Maple Leaf Plumbing", category="", phones={KEPT: "fixed_line"})  # same name and city
    assert lead_company_match(lead_id=other.pk).company == company
    company = company_rescore(company_id=company.pk)
    assert ERASED in str(company.score_explanation)  # the founder is the best listing: its phone is the evidence
    keys = _keys(company)
    assert ("phone", ERASED) in keys and ("phone", KEPT) in keys and any(kind == "domain" for kind, _ in keys)
    return company, other


def _keys(company):
    return set(CompanyKey.objects.filter(company=company).values_list("kind", "value"))


def test_an_erasure_removes_the_company_key_and_the_number_from_the_explanation(company):
    company, other = company
    before = _keys(company)

    receipt = erasure_perform(actor=None, phone="+1 416 555 0103")

    company = Company.objects.get(pk=company.pk)
    assert ("phone", ERASED) not in _keys(company)
    assert _keys(company) == before - {("phone", ERASED)}  # its domain, the other phone, name + city stay
    assert any(kind == "domain" for kind, _ in _keys(company))
    assert ERASED not in str(company.score_explanation) and "5550103" not in str(company.score_explanation)
    assert KEPT in str(company.score_explanation)  # rescored from the lead that stays
    assert list(Lead.objects.values_list("pk", flat=True)) == [other.pk]
    assert receipt.counts["company_keys"] == 1
    assert "5550103" not in str(list(CompanyKey.objects.values()))


def test_an_email_erasure_keeps_the_domain_key():
    lead = listing(name="Robin Quill Studio", website="quill.example.com", emails=["robin@quill.example.com"])
    company = lead_company_match(lead_id=lead.pk).company
    domains = {v for k, v in _keys(company) if k == "domain"}
    assert domains

    receipt = erasure_perform(actor=None, email="robin@quill.example.com")

    assert {v for k, v in _keys(company) if k == "domain"} == domains
    assert receipt.counts["company_keys"] == 0
    company.refresh_from_db()
    assert "robin@" not in str(company.score_explanation)


def test_an_opt_out_for_a_phone_removes_the_company_key_as_it_purges_the_leads(company):
    company, _ = company

    suppression_add(kind=SuppressionKind.PHONE, value="(416) 555-0103")

    company = Company.objects.get(pk=company.pk)
    assert ("phone", ERASED) not in _keys(company)
    assert any(kind == "domain" for kind, _ in _keys(company))
    assert ERASED not in str(company.score_explanation)
