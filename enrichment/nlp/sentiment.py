"""Sentiment: a VADER lexicon signal combined with a trained head over the tone half of the embeddings + the VADER
scores."""

from functools import lru_cache

import numpy as np
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from enrichment.nlp.embeddings import tone
from enrichment.nlp.heads import head_train

CLASSES = ["negative", "neutral", "positive"]
# The VADER scores are appended to the unit tone vector; scaling lets the head lean on them.
VADER_WEIGHT = 2.0
C = 4.0


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()  # reads the lexicon shipped in the package, no download


def vader_scores(texts: list[str]) -> np.ndarray:
    """Columns: compound, positive, neutral, negative."""
    analyzer = _vader()
    rows = []
    for text in texts:
        s = analyzer.polarity_scores(text or "")
        rows.append([s["compound"], s["pos"], s["neu"], s["neg"]])
    return np.asarray(rows, dtype=np.float32).reshape(len(texts), 4)


def sentiment_features(vectors: np.ndarray, vader: np.ndarray) -> np.ndarray:
    return np.hstack([tone(vectors), vader * VADER_WEIGHT]).astype(np.float32)


def sentiment_train(texts: list[str], vectors: np.ndarray, labels: list, weights=None):
    """The sentiment head: a balanced logistic regression over the tone vector and the VADER scores."""
    return head_train(sentiment_features(vectors, vader_scores(texts)), labels, c=C, weights=weights)


def sentiment_predict(clf, vectors: np.ndarray, vader: np.ndarray) -> list[dict]:
    """Label, a signed score in [-1, 1] (P(positive) - P(negative)) and the class probabilities."""
    probs = clf.predict_proba(sentiment_features(vectors, vader))
    index = {c: i for i, c in enumerate(clf.classes_)}
    out = []
    for row, v in zip(probs, vader, strict=True):
        p = {c: float(row[index[c]]) for c in CLASSES if c in index}
        label = max(p, key=p.get)
        score = p.get("positive", 0.0) - p.get("negative", 0.0)
        out.append(
            {"label": label, "score": round(score, 4), "probabilities": _rounded(p), "vader_compound": float(v[0])}
        )
    return out


def _rounded(p: dict) -> dict:
    return {k: round(v, 4) for k, v in p.items()}
