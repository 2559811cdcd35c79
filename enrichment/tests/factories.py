import factory
import numpy as np

from enrichment.models import ModelKind, ModelVersion
from enrichment.nlp.embeddings import meaning, tone

# Short posts of every kind (a buyer, a rant, a job advert, a long ask, nothing) for comparing embedding variants.
VARIANT_POSTS = [
    "can anyone recommend a good CRM for a 5 person team?",
    "this tool is awful",
    "we're hiring a senior backend engineer (remote). apply at example.com/jobs",
    "need a plumber in leeds tonight, old victorian house, pipes are ancient, who do you use?",
    "",
]


class ModelVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ModelVersion

    kind = ModelKind.INTENT
    version = factory.Sequence(lambda n: f"v{n}")
    artifact = factory.LazyAttribute(lambda o: f"models/{o.kind}-{o.version}.joblib")
    metrics = factory.LazyFunction(lambda: {"f1": 0.8})


def halves_are_unit_length(vectors: np.ndarray) -> bool:
    """Both halves of every vector (meaning, tone) have length 1."""
    return all(np.allclose(np.linalg.norm(part(vectors), axis=1), 1.0, atol=1e-5) for part in (meaning, tone))


def worst_cosine(a: np.ndarray, b: np.ndarray) -> float:
    """The lowest cosine between a row of ``a`` and the same row of ``b``, over both halves."""
    return float(min((part(a) * part(b)).sum(axis=1).min() for part in (meaning, tone)))
