"""int8 embeddings (NLP_PRECISION=int8): fixed activation scales keep a post's vector independent of its batch."""

import numpy as np
import pytest

from enrichment.nlp import embeddings
from enrichment.nlp.embeddings import embed, embedder_id
from enrichment.nlp.quantize import StaticInt8Linear
from enrichment.tests.factories import VARIANT_POSTS, halves_are_unit_length, worst_cosine


@pytest.fixture
def quantized(settings):
    settings.NLP_PRECISION = "fp32"
    exact = embed(VARIANT_POSTS)
    embeddings._load.cache_clear()
    settings.NLP_PRECISION = "int8"
    yield exact
    embeddings._load.cache_clear()  # the next test loads the float model again


def test_quantized_vectors_do_not_depend_on_the_batch_and_stay_close_to_float(quantized):
    model = embeddings._load("int8")[1]
    assert any(isinstance(m, StaticInt8Linear) for m in model.modules())
    assert embedder_id().startswith("all-MiniLM-L6-v2+s8/")  # heads record which variant they were trained on

    batched = embed(VARIANT_POSTS, batch_size=64)
    assert np.array_equal(batched, embed(VARIANT_POSTS, batch_size=64))  # deterministic
    single = np.vstack([embed([t]) for t in VARIANT_POSTS])
    assert np.array_equal(batched, single)  # exact: padding and neighbours change nothing
    assert np.array_equal(embed(VARIANT_POSTS[::-1], batch_size=2)[::-1], batched)
    assert halves_are_unit_length(batched)
    assert worst_cosine(batched, quantized) > 0.9  # to the float vectors
