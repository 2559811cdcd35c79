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


def analyze_texts(texts: list[str], *, heads: Heads | None = None) -> list[Analysis]:
    """Sentiment and buyer intent for each text, in order; ``heads`` defaults to the active model versions."""
    if heads is None:
        from enrichment.selectors import active_heads

        heads = active_heads()
    texts = [(t or "")[:10_000] for t in texts]
    if not texts:
        return []
    vectors = embed(texts)
    intent_clf = head_load(heads.intent_artifact)["classifier"]
    sentiment_clf = head_load(heads.sentiment_artifact)["classifier"]
    intents = intent_predict(intent_clf, vectors, texts)
    sentiments = sentiment_predict(sentiment_clf, vectors, vader_scores(texts))
    embedder = embedder_id()
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
