"""Models learn from real posts and are judged on real posts; they are built before the first lead, one retrain at
a time. The fixture posts are fictional, in the layout of the real samples; the last test reads the real ones."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from accounts.models import Role
from enrichment import services
from enrichment.models import ModelKind, RetrainRun, RetrainTrigger
from enrichment.nlp.real_posts import PROMOTION_FOLD, real_posts
from enrichment.selectors import active_version
from leads.models import LabelKind, LeadKind
from leads.tests.factories import LabelFactory, LeadFactory

pytestmark = pytest.mark.django_db

FIXTURE = str(Path(__file__).resolve().parent / "real_posts_fixture")
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"


def _split(kind: str) -> tuple[int, int]:
    posts = real_posts(kind)
    held = sum(1 for _, _, fold in posts if fold == PROMOTION_FOLD)
    return len(posts) - held, held


@override_settings(NLP_REAL_SAMPLES_DIR=FIXTURE)
def test_heads_train_on_real_posts_outside_the_promotion_fold_and_are_judged_on_it():
    for kind in (ModelKind.INTENT, ModelKind.SENTIMENT):
        trained_on, judged_on = _split(kind)
        version = services.model_version_train(kind=kind, include_labels=False)
        assert sum(version.training_counts["real_posts"].values()) == trained_on
        assert version.metrics["n"] == judged_on
        assert version.metrics["evaluated_on"] == f"promotion fold of real posts ({judged_on} real posts)"
        assert version.metrics["heldout"].startswith("real-")


@override_settings(NLP_REAL_SAMPLES_DIR=FIXTURE)
def test_peoples_labels_join_the_judging_posts_or_the_training_posts_never_both():
    shops = ["bakery", "florist", "garage", "salon", "bistro", "gym", "clinic", "studio", "hostel", "kennel", "deli"]
    texts = [f"Looking for a bookkeeper for our {shop}, quotes welcome" for shop in shops]
    for text in texts:
        LabelFactory(lead=LeadFactory(kind=LeadKind.CONVERSATION, name="", text=text), kind=LabelKind.GOOD_LEAD)
    version = services.model_version_train(kind=ModelKind.INTENT)
    trained_on, judged_on = _split(ModelKind.INTENT)
    in_training = sum(version.training_counts["labels"].values())
    judged_labels = version.metrics["n"] - judged_on
    assert in_training + judged_labels == len(texts) and in_training and judged_labels
    assert f"{judged_labels} labels" in version.metrics["evaluated_on"]


@override_settings(NLP_REAL_SAMPLES_DIR=FIXTURE)
def test_a_second_retrain_request_joins_the_one_already_queued(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as queued:
        first = services.retrain_run_create(trigger=RetrainTrigger.API)
        second = services.retrain_run_create(trigger=RetrainTrigger.ADMIN)
        third = services.retrain_if_enough_labels()
    assert second.pk == first.pk and second.joined and not getattr(first, "joined", False) and third is None
    assert RetrainRun.objects.count() == 1 and len(queued) == 1


@override_settings(NLP_TRAIN_ON_FIRST_USE=False, NLP_REAL_SAMPLES_DIR=FIXTURE)
def test_analysis_never_trains_on_first_use_and_models_ready_builds_the_models(client_as):
    api = client_as(Role.SALES)
    response = api.post("/api/v1/analyze", {"text": "any recommendations for a payroll tool?"}, format="json")
    error = response.json()["error"]
    assert response.status_code == 503 and error["code"] == "models_not_ready"
    assert "manage.py models_ready" in error["message"]
    with pytest.raises(CommandError, match="models_ready"):
        call_command("analyze", "any recommendations for a payroll tool?", stdout=StringIO())

    out = StringIO()
    call_command("models_ready", stdout=out, stderr=StringIO())
    assert "Models ready: intent" in out.getvalue() and "Models ready: sentiment" in out.getvalue()
    assert active_version(ModelKind.INTENT) and active_version(ModelKind.SENTIMENT)
    response = api.post("/api/v1/analyze", {"text": "any recommendations for a payroll tool?"}, format="json")
    assert response.status_code == 200 and response.json()["intent"]["level"] in ("medium", "high")

    again = StringIO()
    call_command("models_ready", stdout=again, stderr=StringIO())
    assert "already trained" in again.getvalue()


@pytest.mark.skipif(not (SAMPLES / "intent").exists(), reason=f"the real samples are not at {SAMPLES}")
def test_on_the_real_samples_the_shipped_recipe_finds_real_buyers():
    """Trained on four folds of the real Reddit business posts and tweets (+ the seed prior), judged on the fifth:
    figures the team measured at 0.73 F1 and 0.66 macro-recall (bench/intent_real.py has the cross-validation)."""
    with override_settings(NLP_REAL_SAMPLES_DIR=str(SAMPLES)):
        intent = services.model_version_train(kind=ModelKind.INTENT, include_labels=False)
        sentiment = services.model_version_train(kind=ModelKind.SENTIMENT, include_labels=False)
    assert intent.metrics["evaluated_on"].startswith("promotion fold of real posts"), json.dumps(intent.metrics)
    assert intent.metrics["f1"] >= 0.68 and intent.metrics["precision"] >= 0.6, json.dumps(intent.metrics)
    assert sentiment.metrics["macro_recall"] >= 0.62, json.dumps(sentiment.metrics)
