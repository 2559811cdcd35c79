import numpy as np
import pytest
from django.test import override_settings

from enrichment.nlp.embeddings import embed, embedder_id, meaning, model_dir, tone_layers, torch_threads
from enrichment.tests.factories import halves_are_unit_length

TEXTS = [
    "can anyone recommend a good CRM for a 5 person team?",
    "this tool is awful",
    "we're hiring a senior backend engineer (remote). apply at example.com/jobs",
    "",
]


@pytest.fixture
def exact(settings):
    """float32 throughout: the precision in which a text's vector is independent of its batch to 1e-5."""
    settings.NLP_PRECISION = "fp32"


def test_embeddings_are_deterministic_and_unit_length():
    first, second = embed(TEXTS), embed(TEXTS)
    assert first.shape == (4, 2 * 384)  # meaning | tone
    assert np.array_equal(first, second)
    assert halves_are_unit_length(first)


def test_batched_vectors_equal_one_at_a_time(exact):
    batched = embed(TEXTS, batch_size=64)
    single = np.vstack([embed([t]) for t in TEXTS])
    assert np.abs(batched - single).max() < 1e-5


def test_similar_posts_are_closer_than_unrelated_ones():
    crm, crm2, dog = meaning(
        embed(["looking for a crm for my sales team", "any good sales pipeline software?", "my dog ate it"])
    )
    assert crm @ crm2 > crm @ dog


def test_model_directory_defaults_to_the_packaged_model_and_can_be_overridden(tmp_path):
    assert (model_dir() / "config.json").exists()
    with override_settings(NLP_MODEL_DIR=str(tmp_path)):
        assert model_dir() == tmp_path


def test_a_call_split_into_sub_batches_keeps_each_text_in_its_place(exact):
    texts = [*TEXTS, "ok", "a much longer post about switching payroll providers before the new tax year starts", "ok"]
    batched = embed(texts, batch_size=2)
    single = np.vstack([embed([t]) for t in texts])
    assert np.abs(batched - single).max() < 1e-5
    assert np.array_equal(batched[4], batched[6])


def test_the_tone_half_comes_from_the_layers_below_the_last_whatever_the_model_depth():
    assert tone_layers(6) == (4, 5)  # MiniLM-L6: what was measured on real posts
    assert tone_layers(12) == (10, 11)
    assert tone_layers(1) == (1,)  # a one-layer model: tone and meaning read the same layer
    assert embedder_id().endswith("/tone4-5")  # heads record which layers their vectors came from


def test_a_model_directory_without_a_config_is_named_in_the_error(tmp_path):
    with override_settings(NLP_MODEL_DIR=str(tmp_path)), pytest.raises(FileNotFoundError, match=str(tmp_path)):
        embedder_id()


def test_each_task_worker_gets_its_share_of_the_cores_unless_threads_are_configured(settings, monkeypatch):
    """Workers analyse at the same time: more threads than cores per worker only wait on each other."""
    settings.NLP_TORCH_THREADS = 0
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "workers": 2}
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert torch_threads() == 1
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert torch_threads() == 4
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "workers": 16}
    assert torch_threads() == 1
    settings.NLP_TORCH_THREADS = 3
    assert torch_threads() == 3
