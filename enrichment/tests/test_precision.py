"""NLP_PRECISION: bfloat16 matrix products where the CPU has them, without changing what people are told."""

import numpy as np
import pytest

from enrichment.nlp import embeddings
from enrichment.nlp.analyze import analyze_texts
from enrichment.nlp.embeddings import embed, embedder_id, precision
from enrichment.nlp.training import seed_dataset
from enrichment.selectors import active_heads
from enrichment.tests.factories import VARIANT_POSTS, halves_are_unit_length, worst_cosine


@pytest.fixture
def cpu_flags(monkeypatch):
    """Pretend the CPU reports ``flags`` in /proc/cpuinfo."""

    def pretend(*flags: str) -> None:
        embeddings.native_bf16.cache_clear()
        monkeypatch.setattr(embeddings, "_cpu_flags", lambda: frozenset(flags))

    yield pretend
    embeddings.native_bf16.cache_clear()


def test_auto_uses_bfloat16_only_where_the_cpu_multiplies_it_natively(settings, cpu_flags):
    settings.NLP_PRECISION = "auto"
    cpu_flags("avx2", "avx512f")  # bfloat16 would be emulated there: slower than float32
    assert precision() == "fp32"
    cpu_flags("avx512f", "amx_bf16", "amx_tile")
    assert precision() == "bf16"
    cpu_flags("avx512_bf16")
    assert precision() == "bf16"
    settings.NLP_PRECISION = "fp32"  # an explicit choice wins
    assert precision() == "fp32"


def test_bf16_vectors_stay_next_to_the_exact_ones_and_keep_the_embedder(settings):
    settings.NLP_PRECISION = "fp32"
    exact, exact_id = embed(VARIANT_POSTS), embedder_id()
    settings.NLP_PRECISION = "bf16"
    fast = embed(VARIANT_POSTS)
    assert embedder_id() == exact_id  # heads trained under either precision serve both
    assert np.array_equal(fast, embed(VARIANT_POSTS))  # deterministic
    assert np.abs(fast - exact).max() < 5e-3
    assert worst_cosine(fast, exact) > 0.9995
    assert halves_are_unit_length(fast)
    single = np.vstack([embed([t]) for t in VARIANT_POSTS])
    assert np.abs(single - fast).max() < 5e-3  # batch neighbours move a vector by ~1e-3 at most


@pytest.mark.django_db
def test_heads_trained_in_float32_tell_people_the_same_under_bf16(settings):
    """Held-out posts: the intent level and the sentiment label people see do not depend on the precision."""
    heads = active_heads()
    intent = seed_dataset("intent", "heldout").texts
    sentiment = seed_dataset("sentiment", "heldout").texts
    runs = {}
    for mode in ("fp32", "bf16"):
        settings.NLP_PRECISION = mode
        runs[mode] = (analyze_texts(intent, heads=heads), analyze_texts(sentiment, heads=heads))
    (exact_intent, exact_sentiment), (fast_intent, fast_sentiment) = runs["fp32"], runs["bf16"]
    probability_gap = max(
        abs(a.intent["probability"] - b.intent["probability"]) for a, b in zip(exact_intent, fast_intent, strict=True)
    )
    assert probability_gap < 0.02
    same_levels = sum(a.intent["level"] == b.intent["level"] for a, b in zip(exact_intent, fast_intent, strict=True))
    assert same_levels >= 0.99 * len(intent)
    same_labels = sum(
        a.sentiment["label"] == b.sentiment["label"] for a, b in zip(exact_sentiment, fast_sentiment, strict=True)
    )
    assert same_labels >= 0.99 * len(sentiment)
