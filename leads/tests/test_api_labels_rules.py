"""Labels, keyword sets and scoring rules: authorship, filters and clear field errors."""

import pytest
from drf_spectacular.generators import SchemaGenerator

from leads.models import Label, ScoringRule
from leads.tests.api_roles import client_as
from leads.tests.factories import KeywordSetFactory, LabelFactory, LeadFactory
from scraping.tests.factories import MonitorFactory

pytestmark = pytest.mark.django_db


def test_label_author_is_the_caller_whatever_the_body_says():
    lead = LeadFactory()
    client, me = client_as("sales")
    other, _ = client_as("manager")
    response = client.post(f"/api/v1/leads/{lead.pk}/labels", {"kind": "good_lead", "author": 12345, "note": "Ready"})
    assert response.status_code == 201, response.content
    assert response.json()["author"]["id"] == me.pk
    assert Label.objects.get().author == me
    listed = other.get(f"/api/v1/leads/{lead.pk}/labels").json()
    assert [row["note"] for row in listed] == ["Ready"]


def test_wrong_sentiment_needs_the_correction():
    lead = LeadFactory()
    client, _ = client_as("sales")
    response = client.post(f"/api/v1/leads/{lead.pk}/labels", {"kind": "wrong_sentiment"})
    assert response.status_code == 400
    assert "corrected_sentiment" in response.json()["error"]["fields"]
    ok = client.post(f"/api/v1/leads/{lead.pk}/labels", {"kind": "wrong_sentiment", "corrected_sentiment": "negative"})
    assert ok.status_code == 201
    bad_kind = client.post(f"/api/v1/leads/{lead.pk}/labels", {"kind": "spam"})
    assert bad_kind.status_code == 400 and "kind" in bad_kind.json()["error"]["fields"]
    assert Label.objects.count() == 1


def test_label_list_filters():
    client, me = client_as("sales")
    lead = LeadFactory()
    mine = LabelFactory(lead=lead, author=me, kind="good_lead")
    other_kind = LabelFactory(lead=lead, kind="not_a_lead")
    elsewhere = LabelFactory(kind="good_lead")

    def ids(query: str) -> set[int]:
        response = client.get(f"/api/v1/labels?{query}")
        assert response.status_code == 200, response.content
        return {row["id"] for row in response.json()["results"]}

    assert ids(f"lead={lead.pk}") == {mine.pk, other_kind.pk}
    assert ids("kind=good_lead") == {mine.pk, elsewhere.pk}
    assert ids("author=me") == {mine.pk}
    assert client.get("/api/v1/labels?kind=spam").status_code == 400
    assert client.get("/api/v1/labels?author=x").status_code == 400


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "Broken", "expression": '"looking for a CRM'}, "expression"),
        ({"name": "Unbalanced", "expression": "(crm AND sales"}, "expression"),
        ({"name": "Empty", "expression": "   "}, "expression"),
        ({"expression": "crm"}, "name"),
    ],
)
def test_keyword_set_validation(body, field):
    client, _ = client_as("marketing")
    response = client.post("/api/v1/keyword-sets", body)
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]


def test_keyword_set_names_are_unique_and_used_sets_are_not_deleted():
    existing = KeywordSetFactory(name="CRM seekers")
    client, _ = client_as("marketing")
    response = client.post("/api/v1/keyword-sets", {"name": "CRM seekers", "expression": "crm"})
    assert response.status_code == 400 and "name" in response.json()["error"]["fields"]
    MonitorFactory(keyword_set=existing, name="Bakery CRM")
    response = client.delete(f"/api/v1/keyword-sets/{existing.pk}")
    assert response.status_code == 409 and "Bakery CRM" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"condition": "regex", "value": "(unclosed"}, "value", "Not a valid regular expression"),
        ({"condition": "intent_level", "value": "huge"}, "value", "Use one of"),
        ({"condition": "recency", "value": "0"}, "value", "greater than zero"),
        ({"condition": "keyword", "value": "crm", "weight": 250}, "weight", ""),
        ({"condition": "teleport", "value": "x"}, "condition", ""),
        (
            {
                "condition": "keyword",
                "value": "crm",
                "active_from": "2026-06-02T00:00:00Z",
                "active_until": "2026-06-01T00:00:00Z",
            },
            "active_until",
            "after the start",
        ),
    ],
)
def test_scoring_rule_validation(body, field, message):
    client, _ = client_as("admin")
    response = client.post("/api/v1/scoring-rules", {"name": "Rule", "weight": 10, **body})
    assert response.status_code == 400
    fields = response.json()["error"]["fields"]
    assert field in fields and message in " ".join(fields[field])
    assert not ScoringRule.objects.filter(name="Rule").exists()  # the starter rules aside


def test_admin_changes_a_scoring_rule():
    rule = ScoringRule.objects.create(name="Phone", condition="has_phone", weight=10)
    client, _ = client_as("admin")
    response = client.patch(f"/api/v1/scoring-rules/{rule.pk}", {"weight": -20, "value": "false"})
    assert response.status_code == 200, response.content
    rule.refresh_from_db()
    assert (rule.weight, rule.value) == (-20, "false")
    bad = client.patch(f"/api/v1/scoring-rules/{rule.pk}", {"condition": "sentiment"})
    assert bad.status_code == 400 and "value" in bad.json()["error"]["fields"]


def test_a_label_that_corrects_nothing_answers_null_not_an_empty_string_outside_the_enum():
    lead = LeadFactory()
    client, _ = client_as("sales")
    created = client.post(f"/api/v1/leads/{lead.pk}/labels", {"kind": "good_lead", "corrected_intent": None})
    assert created.status_code == 201, created.content
    assert created.json()["corrected_sentiment"] is None and created.json()["corrected_intent"] is None
    fixed = client.post(
        f"/api/v1/leads/{lead.pk}/labels", {"kind": "wrong_sentiment", "corrected_sentiment": "negative"}
    )
    for row in [
        *client.get("/api/v1/labels").json()["results"],
        *client.get(f"/api/v1/leads/{lead.pk}").json()["labels"],
    ]:
        expected = "negative" if row["id"] == fixed.json()["id"] else None
        assert (row["corrected_sentiment"], row["corrected_intent"]) == (expected, None)
    refused = client.post(f"/api/v1/leads/{lead.pk}/labels", {"kind": "wrong_sentiment", "corrected_sentiment": None})
    assert refused.status_code == 400 and "corrected_sentiment" in refused.json()["error"]["fields"]


def test_the_schema_says_a_label_correction_may_be_null():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    label = schema["components"]["schemas"]["Label"]["properties"]
    for name, enum in (("corrected_sentiment", "SentimentLabelEnum"), ("corrected_intent", "IntentLevelEnum")):
        refs = [option.get("$ref", "") for option in label[name]["oneOf"]]
        assert refs == [f"#/components/schemas/{enum}", "#/components/schemas/NullEnum"], label[name]
        assert "" not in schema["components"]["schemas"][enum]["enum"]
