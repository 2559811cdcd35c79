import pytest

from enrichment.models import ModelVersion
from enrichment.nlp.analyze import EmbedderMismatch, Heads, analyze_texts
from enrichment.nlp.embeddings import embedder_id
from enrichment.nlp.heads import head_load, head_save
from enrichment.selectors import active_heads

pytestmark = pytest.mark.django_db


def test_clear_buyer_question_is_high_intent():
    (result,) = analyze_texts(["can anyone recommend a good CRM for a 5 person team?"])
    assert result.intent["level"] == "high"
    assert result.intent["probability"] >= 0.8


def test_seller_post_and_job_post_are_not_buyers():
    results = analyze_texts(["we sell CRM software, DM me", "we're hiring a sales rep, apply on our careers page"])
    assert all(r.intent["level"] in ("low", "none") for r in results), [r.intent for r in results]


def test_sentiment_of_clear_examples():
    awful, love = analyze_texts(["this tool is awful", "absolutely love this app, saved us hours"])
    assert awful.sentiment["label"] == "negative" and awful.sentiment["score"] < 0
    assert love.sentiment["label"] == "positive" and love.sentiment["score"] > 0


@pytest.mark.parametrize(("precision", "tolerance"), [("fp32", 1e-4), ("bf16", 5e-3)])
def test_batch_and_single_results_agree_and_record_versions(settings, precision, tolerance):
    settings.NLP_PRECISION = precision  # bf16 kernels round a little differently by batch shape
    texts = ["need a plumber in leeds tonight", "honestly the support here is a joke", "coffee #3 and it's 10am"]
    heads = active_heads()
    batch = analyze_texts(texts, heads=heads)
    single = [analyze_texts([t], heads=heads)[0] for t in texts]
    for b, s in zip(batch, single, strict=True):
        assert b.intent["level"] == s.intent["level"] and b.sentiment["label"] == s.sentiment["label"]
        assert b.intent["probability"] == pytest.approx(s.intent["probability"], abs=tolerance)
        assert b.sentiment["score"] == pytest.approx(s.sentiment["score"], abs=tolerance)
        assert (b.intent_version_id, b.sentiment_version_id) == (heads.intent_version_id, heads.sentiment_version_id)


def test_same_text_gives_the_same_answer_twice():
    first, second = analyze_texts(["any recs for bookkeeping software? sole trader"] * 2)
    assert first.intent == second.intent and first.sentiment == second.sentiment


def test_heads_trained_on_another_embedder_are_refused_not_mixed(settings, tmp_path):
    heads = active_heads()
    intent, sentiment = head_load(heads.intent_artifact), head_load(heads.sentiment_artifact)
    settings.MEDIA_ROOT = tmp_path
    stale = Heads(
        intent_version_id=heads.intent_version_id,
        intent_artifact=head_save(intent["classifier"], kind="intent", version="old", embedder="other-model/max64"),
        sentiment_version_id=heads.sentiment_version_id,
        sentiment_artifact=head_save(sentiment["classifier"], kind="sentiment", version="new", embedder=embedder_id()),
    )
    with pytest.raises(EmbedderMismatch, match="retrain"):
        analyze_texts(["need a plumber in leeds tonight"], heads=stale)


def test_heads_of_another_embedder_are_replaced_by_heads_for_the_configured_one():
    """NLP_MODEL_DIR, NLP_PRECISION=int8 or NLP_MAX_TOKENS changed since the active heads were trained: the next
    analysis retrains (seed + labels) for the configured embedder and says why, instead of failing every post."""
    before = active_heads()
    ModelVersion.objects.filter(is_active=True).update(embedder="other-model/max64")
    heads = active_heads()
    assert {heads.intent_version_id, heads.sentiment_version_id}.isdisjoint(
        {before.intent_version_id, before.sentiment_version_id}
    )
    for version in ModelVersion.objects.filter(is_active=True):
        assert version.embedder == embedder_id()
        assert "embedder changed from other-model/max64 to " in version.activation_reason
    assert analyze_texts(["need a plumber in leeds tonight"])[0].intent["level"] in ("high", "medium")
