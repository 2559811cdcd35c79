"""The score's evidence in words (dashboard/score_words.py), and the lead page showing them (issue 24)."""

import pytest

from accounts.models import Role
from dashboard.score_words import evidence_words, listed, phone_words
from leads.tests.factories import LeadFactory


def rule(evidence: dict, name: str = "A rule") -> dict:
    return {"source": "rule", "name": name, "weight": 10, "evidence": evidence}


def listing(evidence: dict, name: str) -> dict:
    return {"source": "listing", "name": name, "weight": 10, "evidence": evidence}


@pytest.mark.parametrize(
    ("contribution", "words"),
    [
        ({"source": "model", "evidence": {"probability": 0.912, "level": "high"}}, "buyer intent 0.91 (high)"),
        (rule({"match": "recommend", "start": 4, "end": 13}), "matched “recommend”"),
        (rule({"platform": "reddit"}), "posted on reddit"),
        (rule({"kind": "business"}), "the lead is a business"),
        (rule({"category": "Bakery"}), "category “Bakery”"),
        (rule({"author": "u/rosa_bakes"}), "posted by “u/rosa_bakes”"),
        (rule({"found": ["+14165550142", "+14165550143"]}), "found +1 416-555-0142 and +1 416-555-0143"),
        (rule({"found": []}), "none found"),
        (rule({"intent_level": "medium", "probability": 0.6}), "buyer intent 0.60 (medium)"),
        (rule({"sentiment": "negative"}), "sentiment negative"),
        (rule({"published_at": "2026-01-01T00:00:00+00:00", "age_hours": 3.5}), "posted 3.5 hours ago"),
        (
            listing({"phones": [{"phone": "+14165550142", "type": "landline"}]}, "Callable phone"),
            "callable phone +1 416-555-0142 (landline)",
        ),
        (
            listing({"phones": ["+14165550142"], "line_type": "not checked yet"}, "Phone (line type not checked yet)"),
            "phone +1 416-555-0142 (line type not checked yet)",
        ),
        (
            listing({"phones": [{"phone": "+14165550199", "type": "fax"}]}, "No callable phone"),
            "no callable phone: +1 416-555-0199 (fax)",
        ),
        (listing({"phones": []}, "No phone number"), "no phone number"),
        (
            listing({"has": "name, phone, website", "missing": "address, email"}, "Listing completeness"),
            "has name, phone and website; no address or email",
        ),
        (
            listing({"has": "name, phone, website, address, email", "missing": "nothing"}, "Listing completeness"),
            "has name, phone, website, address and email; nothing missing",
        ),
        (
            listing({"has": "nothing", "missing": "name, phone, website, address, email"}, "Listing completeness"),
            "has none of name, phone, website, address or email",
        ),
        (listing({"quality_score": 72}, "Enrichment quality"), "enrichment quality 72 of 100"),
        (listing({"quality_score": "not enriched yet"}, "Enrichment quality"), "not enriched yet"),
        (
            listing({"company_id": 4, "company": "Rosa's Bakery", "company_score": 64}, "Company signals"),
            "Rosa's Bakery scores 64 of 100",
        ),
        (listing({"company": "not linked to a company yet"}, "Company signals"), "not linked to a company yet"),
        # Odd or unknown shapes are still words, never an error.
        (rule({"line_type": "mobile", "extra_bits": [1, 2, 3, 4]}), "line type mobile; extra bits 1, 2 and 3"),
        (rule({"age_hours": "soon"}), "posted recently"),
        (listing({"phones": "not a list"}, "Callable phone"), "no phone number"),
        (listing({"quality_score": True}, "Enrichment quality"), "True"),
        ({"source": "model", "evidence": {"probability": "x", "level": None}}, "buyer intent unknown"),
        (rule({}), ""),
        ({"evidence": "a string"}, ""),
        ("not a dict", ""),
        (None, ""),
    ],
)
def test_evidence_in_words(contribution, words):
    assert evidence_words(contribution) == words


def test_small_pieces():
    assert listed(["a"]) == "a" and listed([]) == "" and listed(["a", "b"], "or") == "a or b"
    assert phone_words("+14165550142") == "+1 416-555-0142" and phone_words("call us") == "call us"


def test_the_lead_page_says_the_evidence_in_words(client_for):
    client = client_for(Role.SALES)
    explanation = {
        "contributions": [
            {"source": "model", "weight": 73, "evidence": {"probability": 0.91, "level": "high"}},
            rule({"match": "recommend", "start": 4, "end": 13}, name="Asks for a recommendation"),
            {"source": "rule", "name": "Broken", "weight": 1, "evidence": ["not", "a", "dict"]},
            "not a dict",
        ]
    }
    lead = LeadFactory(kind="conversation", score=83, score_explanation=explanation)
    response = client.get(f"/leads/{lead.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "buyer intent 0.91 (high)" in html and "matched “recommend”" in html
    assert "probability:" not in html and "match:" not in html
    odd = LeadFactory(kind="conversation", score=1, score_explanation={"contributions": "odd"})
    assert client.get(f"/leads/{odd.pk}/").status_code == 200
