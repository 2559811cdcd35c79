"""Buyer intent: probability that the author wants to buy, hire or switch, and a level for people."""

import numpy as np

# Level cut-offs on the intent probability (documented in the explanation of every score).
LEVELS = [(0.8, "high"), (0.6, "medium"), (0.35, "low")]
LEVEL_ORDER = ["none", "low", "medium", "high"]


def intent_level(probability: float) -> str:
    for cutoff, level in LEVELS:
        if probability >= cutoff:
            return level
    return "none"


def intent_predict(clf, vectors: np.ndarray) -> list[dict]:
    positive = list(clf.classes_).index(1)
    probs = clf.predict_proba(vectors)[:, positive]
    return [{"probability": round(float(p), 4), "level": intent_level(float(p))} for p in probs]
