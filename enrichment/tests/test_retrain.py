import pytest
from django.test import override_settings

from enrichment import services
from enrichment.models import ModelKind, ModelVersion, RetrainRun, RetrainStatus, RetrainTrigger
from enrichment.selectors import active_version
from leads.models import LabelKind, LeadKind
from leads.tests.factories import LabelFactory, LeadFactory

pytestmark = pytest.mark.django_db


def _weak_intent_model() -> ModelVersion:
    """Honestly worse: trained on only the first 12 seed posts."""
    return services.model_version_train(kind=ModelKind.INTENT, seed_limit=12, include_labels=False)


def test_retrain_promotes_a_better_model_and_refuses_a_worse_one():
    weak = _weak_intent_model()
    assert services.model_version_activate(version=weak)  # the first model is always taken
    strong = services.model_version_train(kind=ModelKind.INTENT)
    assert strong.metrics["f1"] > weak.metrics["f1"]
    assert services.model_version_activate(version=strong)
    assert active_version(ModelKind.INTENT) == strong

    worse = _weak_intent_model()
    assert services.model_version_activate(version=worse) is False
    worse.refresh_from_db()
    assert not worse.is_active and "does not beat" in worse.activation_reason
    assert active_version(ModelKind.INTENT) == strong


def test_the_active_version_is_measured_again_when_the_heldout_split_has_changed():
    """After an upgrade that changed the held-out posts, figures from the old split are no yardstick: the active
    version is measured on today's split (its old figures kept) before a candidate is compared with it."""
    weak = _weak_intent_model()
    services.model_version_activate(version=weak)
    weak_f1 = weak.metrics["f1"]
    # as if measured on an easier split before an upgrade changed the held-out posts
    ModelVersion.objects.filter(pk=weak.pk).update(metrics={**weak.metrics, "f1": 0.99, "heldout": "older-split"})
    strong = services.model_version_train(kind=ModelKind.INTENT)
    assert services.model_version_activate(version=strong)
    weak.refresh_from_db()
    assert weak.metrics["f1"] == weak_f1 and weak.metrics["heldout"] == strong.metrics["heldout"]
    assert weak.metrics["measured_before"]["f1"] == 0.99
    strong.refresh_from_db()
    assert f"> {weak_f1}" in strong.activation_reason


def test_forcing_a_version_needs_a_reason_and_records_it():
    strong = services.model_version_train(kind=ModelKind.INTENT)
    services.model_version_activate(version=strong)
    weak = _weak_intent_model()
    with pytest.raises(ValueError):
        services.model_version_activate(version=weak, force=True, reason=" ")
    assert services.model_version_activate(version=weak, force=True, reason="rollback test")
    weak.refresh_from_db()
    assert weak.is_active and "rollback test" in weak.activation_reason


def test_labels_become_training_examples():
    buyer = LeadFactory(kind=LeadKind.CONVERSATION, name="", text="our roofer retired, who do you use for gutters?")
    seller = LeadFactory(kind=LeadKind.CONVERSATION, name="", text="gutter cleaning $99 this week only, call us")
    LabelFactory(lead=buyer, kind=LabelKind.GOOD_LEAD)
    LabelFactory(lead=seller, kind=LabelKind.NOT_A_LEAD)
    LabelFactory(lead=seller, kind=LabelKind.WRONG_SENTIMENT, corrected_sentiment="positive")
    intent = services.model_version_train(kind=ModelKind.INTENT)
    sentiment = services.model_version_train(kind=ModelKind.SENTIMENT)
    assert intent.training_counts["labels"] == {"1": 1, "0": 1}
    assert sentiment.training_counts["labels"] == {"positive": 1}
    assert intent.metrics["evaluated_on"] == "seed held-out split" and intent.metrics["n"] >= 300


def test_retrain_run_trains_both_kinds_and_rescores_recent_leads(django_capture_on_commit_callbacks):
    lead = LeadFactory(kind=LeadKind.CONVERSATION, name="", text="need a cleaner for a 2 bed flat, quotes?")
    weak = _weak_intent_model()
    services.model_version_activate(version=weak)
    with django_capture_on_commit_callbacks(execute=True):  # Django-Q runs synchronously in tests
        run = services.retrain_run_create(trigger=RetrainTrigger.ADMIN)
    run.refresh_from_db()
    assert run.status == RetrainStatus.DONE, run.error
    assert run.result["intent"]["promoted"] is True
    assert run.result["rescored"] >= 1
    lead.refresh_from_db()
    assert lead.model_version_id == run.result["intent"]["version_id"]
    assert lead.score_explanation["model"]["intent_version_id"] == lead.model_version_id


@override_settings(RETRAIN_AFTER_LABELS=2)
def test_automatic_retrain_waits_for_enough_new_labels():
    services.model_versions_bootstrap()
    LabelFactory()
    assert services.retrain_if_enough_labels() is None
    LabelFactory()
    run = services.retrain_if_enough_labels()
    assert run is not None and run.trigger == RetrainTrigger.AUTO
    assert services.retrain_if_enough_labels() is None  # one job at a time
    assert RetrainRun.objects.count() == 1
    services.retrain_run_execute(run_id=run.pk)
    assert services.retrain_if_enough_labels() is None  # those labels were seen, promoted or not
    LabelFactory(), LabelFactory()
    assert services.retrain_if_enough_labels() is not None
