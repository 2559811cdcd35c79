"""Buyer intent: probability that the author wants to buy, hire or switch, and a level for people.

The head is a logistic regression over the sentence embedding joined with character n-gram TF-IDF of the post.
The embedding carries meaning; the n-grams catch the wording of asking ("anyone recommend", "looking for",
"quotes?") versus offering ("we offer", "DM me"), also with typos. Settings (C, n-gram range, threshold) were chosen
by 5-fold cross-validation on the TRAINING split grouped by post shape (a fold never sees the shapes it is scored
on, like the held-out split), repeated over three fold assignments: adding word n-grams or changing C in 1..4 moved
CV F1 by < 0.003, and CV F1 is flat for thresholds 0.45-0.55, so the simplest variant and 0.5 were kept.
"""

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

# Level cut-offs on the intent probability (documented in the explanation of every score).
LEVELS = [(0.8, "high"), (0.6, "medium"), (0.35, "low")]
LEVEL_ORDER = ["none", "low", "medium", "high"]
# The decision threshold for "is a buyer" when a head is measured (CV on train, see the module docstring).
THRESHOLD = 0.5


def intent_level(probability: float) -> str:
    for cutoff, level in LEVELS:
        if probability >= cutoff:
            return level
    return "none"


class IntentHead:
    """Logistic regression on [sentence vector (meaning | tone) | char_wb 2-5-gram TF-IDF]; pickled whole (joblib)."""

    def __init__(self, *, c: float = 1.0, threshold: float = THRESHOLD):
        self.c = c
        self.threshold = threshold
        self.vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, lowercase=True, dtype=np.float32
        )
        self.classifier = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=0)

    @property
    def classes_(self) -> np.ndarray:
        return self.classifier.classes_

    def _features(self, texts: list[str], vectors: np.ndarray):
        return sparse.hstack([sparse.csr_matrix(vectors), self.vectorizer.transform(texts)]).tocsr()

    def fit(self, texts: list[str], vectors: np.ndarray, labels: list) -> "IntentHead":
        self.vectorizer.fit(texts)
        self.classifier.fit(self._features(texts, vectors), labels)
        return self

    def predict_proba(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """Probability of each class per row (rows are independent: a text's answer never depends on its batch)."""
        return self.classifier.predict_proba(self._features(texts, vectors))


def intent_train(texts: list[str], vectors: np.ndarray, labels: list) -> IntentHead:
    return IntentHead().fit(texts, vectors, labels)


def intent_predict(head, vectors: np.ndarray, texts: list[str] | None = None) -> list[dict]:
    """``head`` is an IntentHead, or a plain classifier over embeddings (heads trained before the n-gram head)."""
    if isinstance(head, IntentHead):
        if texts is None:
            raise ValueError("The intent head needs the texts as well as their embeddings.")
        probs = head.predict_proba(texts, vectors)
    else:
        probs = head.predict_proba(vectors)
    positive = list(head.classes_).index(1)
    return [{"probability": round(float(p), 4), "level": intent_level(float(p))} for p in probs[:, positive]]
