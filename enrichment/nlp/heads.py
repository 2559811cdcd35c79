"""Classifier heads on top of the embeddings: train, save under MEDIA_ROOT/models, load once per process."""

from functools import lru_cache
from pathlib import Path

import joblib
import numpy as np
from django.conf import settings
from sklearn.linear_model import LogisticRegression

ARTIFACT_DIR = "models"


def head_train(features: np.ndarray, labels: list, *, c: float = 1.0, weights=None) -> LogisticRegression:
    """A balanced logistic regression: deterministic (lbfgs, fixed seed) and fast on a few thousand rows."""
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced", random_state=0)
    clf.fit(features, labels, sample_weight=weights)
    return clf


def artifact_path(relative: str) -> Path:
    return Path(settings.MEDIA_ROOT) / relative


def head_save(clf, *, kind: str, version: str, embedder: str) -> str:
    """Store the head and return its path relative to MEDIA_ROOT (what ModelVersion.artifact holds)."""
    relative = f"{ARTIFACT_DIR}/{kind}-{version}.joblib"
    path = artifact_path(relative)
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump({"classifier": clf, "kind": kind, "version": version, "embedder": embedder}, path)
    return relative


@lru_cache(maxsize=16)
def head_load(relative: str) -> dict:
    """Load a stored head (cached per process; artifacts are never rewritten, a new version gets a new file)."""
    path = artifact_path(relative)
    if not path.exists():
        raise FileNotFoundError(f"Model artifact {path} is missing; retrain (python manage.py retrain).")
    return joblib.load(path)
