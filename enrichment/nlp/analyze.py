"""The single entry point of understanding: ``analyze_texts(texts) -> list[Analysis]``.

Used by the analyze API and command, lead scoring and monitors. One embedding pass serves both heads.
"""

from dataclasses import asdict, dataclass

from enrichment.nlp.embeddings import embed, embedder_id
from enrichment.nlp.heads import head_load
from enrichment.nlp.intent import intent_predict
from enrichment.nlp.sentiment import sentiment_predict, vader_scores


@dataclass(frozen=True)
class Heads:
    """The classifier heads to use and the ModelVersion ids recorded with every result."""

    intent_version_id: int
    intent_artifact: str
    sentiment_version_id: int
    sentiment_artifact: str


@dataclass
class Analysis:
    sentiment: dict
    intent: dict
    intent_version_id: int
    sentiment_version_id: int
    embedder: str

    def as_dict(self) -> dict:
        return asdict(self)


class EmbedderMismatch(RuntimeError):
    """A head was trained on vectors of another embedder (model, int8 variant or max tokens) than the configured one."""


def _head(artifact: str, embedder: str):
    stored = head_load(artifact)
    trained_on = stored.get("embedder")
    if trained_on and trained_on != embedder:
        raise EmbedderMismatch(
            f"{artifact} was trained on {trained_on} vectors but the embedder is now {embedder}; "
            "retrain (python manage.py retrain) or restore the NLP_* settings it was trained with."
        )
    return stored["classifier"]


def analyze_texts(texts: list[str], *, heads: Heads | None = None) -> list[Analysis]:
    """Sentiment and buyer intent for each text, in order; ``heads`` defaults to the active model versions."""
    if heads is None:
        from enrichment.selectors import active_heads

        heads = active_heads()
    texts = [(t or "")[:10_000] for t in texts]
    if not texts:
        return []
    embedder = embedder_id()
    intent_clf = _head(heads.intent_artifact, embedder)
    sentiment_clf = _head(heads.sentiment_artifact, embedder)
    vectors = embed(texts)
    intents = intent_predict(intent_clf, vectors, texts)
    sentiments = sentiment_predict(sentiment_clf, vectors, vader_scores(texts))
    return [
        Analysis(
            sentiment=s,
            intent=i,
            intent_version_id=heads.intent_version_id,
            sentiment_version_id=heads.sentiment_version_id,
            embedder=embedder,
        )
        for s, i in zip(sentiments, intents, strict=True)
    ]
