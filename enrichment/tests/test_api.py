import pytest

from accounts.models import Role
from enrichment.models import RetrainRun
from leads.models import RuleCondition, ScoringRule

pytestmark = pytest.mark.django_db


def test_analyze_one_text_returns_sentiment_intent_score_and_explanation(client_as):
    ScoringRule.objects.create(name="Asks for recs", condition=RuleCondition.KEYWORD, value="recommend", weight=15)
    response = client_as(Role.SALES).post(
        "/api/v1/analyze", {"text": "can anyone recommend a good CRM for a 5 person team?"}, format="json"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["intent"]["level"] == "high"
    rule = next(c for c in body["explanation"]["contributions"] if c["source"] == "rule")
    assert rule["name"] == "Asks for recs" and rule["evidence"]["match"] == "recommend"
    assert body["score"] == body["explanation"]["total"] >= 45
    assert body["model_version_ids"]["intent"] == body["explanation"]["model"]["intent_version_id"]


def test_batch_results_come_back_in_order_and_match_single_calls(client_as):
    api = client_as(Role.MARKETING)
    texts = ["this tool is awful", "looking for a plumber in leeds tonight", "we sell CRM software, DM me"]
    batch = api.post("/api/v1/analyze", {"texts": texts}, format="json").json()["results"]
    singles = [api.post("/api/v1/analyze", {"text": t}, format="json").json() for t in texts]
    assert [b["score"] for b in batch] == [s["score"] for s in singles]
    assert [b["intent"]["level"] for b in batch] == [s["intent"]["level"] for s in singles]
    assert batch[0]["sentiment"]["label"] == "negative"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "text"),
        ({"text": "a", "texts": ["b"]}, "text"),
        ({"text": ""}, "text"),
        ({"texts": []}, "texts"),
        ({"texts": ["ok"] * 257}, "texts"),
        ({"text": "x" * 10_001}, "text"),
        ({"texts": ["fine", 5 * "y" * 2001]}, "texts"),
    ],
)
def test_analyze_rejects_bad_input_with_a_clear_error(client_as, payload, field):
    response = client_as(Role.SALES).post("/api/v1/analyze", payload, format="json")
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]


def test_analyze_needs_an_account(client_as):
    assert client_as(None).post("/api/v1/analyze", {"text": "hi"}, format="json").status_code in (401, 403)


def test_only_admins_start_a_retrain_and_get_a_job_id(client_as):
    assert client_as(Role.SALES).post("/api/v1/models/retrain").status_code == 403
    assert client_as(Role.MANAGER).post("/api/v1/models/retrain").status_code == 403
    response = client_as(Role.ADMIN).post("/api/v1/models/retrain")
    assert response.status_code == 202
    run = RetrainRun.objects.get(pk=response.json()["id"])
    assert run.trigger == "api" and response.json()["status"] == "queued"


def test_model_list_shows_versions_with_metrics(client_as):
    api = client_as(Role.SALES)
    api.post("/api/v1/analyze", {"text": "first call trains the seed models"}, format="json")
    versions = api.get("/api/v1/models").json()
    assert {v["kind"] for v in versions if v["is_active"]} == {"intent", "sentiment"}
    intent = next(v for v in versions if v["kind"] == "intent")
    assert 0 < intent["metrics"]["f1"] <= 1
