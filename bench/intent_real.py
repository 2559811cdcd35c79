"""Buyer intent and sentiment measured on REAL posts by 5-fold cross-validation, with the product's own heads and
training recipe (enrichment.nlp: embedder, IntentHead, sentiment head, SOURCE_WEIGHTS). Prints JSON.

    .venv/bin/python bench/intent_real.py [--embedding-cache DIR]

Reads ../shared/samples at run time (NLP_REAL_SAMPLES_DIR; never copied): intent on the real Reddit business posts,
sentiment on the real tweets. Folds come from ``enrichment.nlp.real_posts.fold_of`` (near-copies share a fold);
each fold is scored by heads trained on the team's seed posts (a light prior) + the other four folds, exactly as
``manage.py models_ready`` trains on folds 1-4. Reported: F1 / precision / recall where level medium or high counts
as a buyer (what ``manage.py analyze`` users see) and where only high does, how the real buyers and non-buyers
spread over the levels and over the score a post with no rules gets, and a keyword regex for comparison.
"""

import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "insight.settings")

import django  # noqa: E402

django.setup()

import numpy as np  # noqa: E402
from django.conf import settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from enrichment.nlp.intent import intent_predict, intent_train  # noqa: E402
from enrichment.nlp.real_posts import FOLDS, real_posts  # noqa: E402
from enrichment.nlp.sentiment import sentiment_predict, sentiment_train, vader_scores  # noqa: E402
from enrichment.nlp.training import (  # noqa: E402
    embed_cached,
    intent_metrics,
    seed_dataset,
    sentiment_metrics,
)
from leads.scoring import BASE_WEIGHT, active_rules, score_compute, scoring_input_for_text  # noqa: E402

# What a hand-written filter would catch: the baseline the issue compares with.
KEYWORDS = re.compile(
    r"looking for|recommend|alternative to|alternatives|any suggestions|suggest|which (tool|app|software)|"
    r"best (tool|app|software|platform)|need (a|an) |hire|hiring|anyone (use|used|know)",
    re.IGNORECASE,
)


def _cross_validated(kind: str) -> tuple[list, list[dict], list[int]]:
    """Out-of-fold predictions of the product's head for every real post of ``kind``."""
    posts = real_posts(kind)
    seed = seed_dataset(kind, "train")
    seed_vectors = embed_cached(seed.texts)
    texts = [t for t, _, _ in posts]
    vectors = embed_cached(texts)
    folds = np.array([f for _, _, f in posts])
    predictions: list[dict] = [{} for _ in posts]
    for fold in range(FOLDS):
        train = np.flatnonzero(folds != fold)
        test = np.flatnonzero(folds == fold)
        train_texts = seed.texts + [texts[i] for i in train]
        train_vectors = np.vstack([seed_vectors, vectors[train]])
        labels = seed.labels + [posts[i][1] for i in train]
        weights = seed.weights + [1.0] * len(train)
        if kind == "intent":
            head = intent_train(train_texts, train_vectors, labels, weights)
            out = intent_predict(head, vectors[test], [texts[i] for i in test])
        else:
            head = sentiment_train(train_texts, train_vectors, labels, weights)
            test_texts = [texts[i] for i in test]
            out = sentiment_predict(head, vectors[test], vader_scores(test_texts))
        for i, row in zip(test, out, strict=True):
            predictions[i] = row
    return [label for _, label, _ in posts], predictions, folds.tolist()


def _spread(values: list[int], edges: list[int]) -> dict:
    counts = np.histogram(values, bins=[*edges, 101])[0] if values else []
    return {f"{lo}-{hi - 1}": int(c) for lo, hi, c in zip(edges, [*edges[1:], 101], counts, strict=True)}


def _intent_report() -> dict:
    truth, predictions, folds = _cross_validated("intent")
    if not truth:
        return {"skipped": f"no real intent posts under {settings.NLP_REAL_SAMPLES_DIR}"}
    levels = [p["level"] for p in predictions]
    medium_up = [int(level in ("medium", "high")) for level in levels]
    per_fold = [
        intent_metrics(
            [t for t, f in zip(truth, folds, strict=True) if f == k],
            [m for m, f in zip(medium_up, folds, strict=True) if f == k],
        )["f1"]
        for k in range(FOLDS)
    ]
    scores = [round(BASE_WEIGHT * p["probability"]) for p in predictions]
    texts = [t for t, _, _ in real_posts("intent")]
    ruled = _scores_with_rules(texts, predictions)
    edges = [0, 10, 20, 30, 40, 50, 60, 70, 80]
    return {
        "posts": len(truth),
        "buyers": sum(truth),
        "medium_or_high_is_buyer": intent_metrics(truth, medium_up),
        "f1_per_fold": per_fold,
        "high_is_buyer": intent_metrics(truth, [int(level == "high") for level in levels]),
        "levels": {
            "buyers": {
                lv: sum(1 for t, x in zip(truth, levels, strict=True) if t and x == lv)
                for lv in ("none", "low", "medium", "high")
            },
            "non_buyers": {
                lv: sum(1 for t, x in zip(truth, levels, strict=True) if not t and x == lv)
                for lv in ("none", "low", "medium", "high")
            },
        },
        "score_without_rules": {
            "formula": f"round({BASE_WEIGHT} x intent probability)",
            "buyers": _spread([s for s, t in zip(scores, truth, strict=True) if t], edges),
            "non_buyers": _spread([s for s, t in zip(scores, truth, strict=True) if not t], edges),
            "buyers_median": float(np.median([s for s, t in zip(scores, truth, strict=True) if t])),
            "buyers_at_or_above": {
                str(m): round(float(np.mean([s >= m for s, t in zip(scores, truth, strict=True) if t])), 3)
                for m in (30, 40, 50, 60)
            },
            "non_buyers_at_or_above": {
                str(m): round(float(np.mean([s >= m for s, t in zip(scores, truth, strict=True) if not t])), 3)
                for m in (30, 40, 50, 60)
            },
        },
        "score_with_the_rules_in_the_database": _score_spread(ruled, truth, edges),
        "keyword_regex": intent_metrics(truth, [int(bool(KEYWORDS.search(t))) for t in texts]),
    }


def _score_spread(scores: list[int], truth: list[int], edges: list[int]) -> dict:
    buyers = [s for s, t in zip(scores, truth, strict=True) if t]
    others = [s for s, t in zip(scores, truth, strict=True) if not t]
    if not scores:
        return {"skipped": "no active conversation rules in this database (run migrate: the starter rules)"}
    return {
        "buyers": _spread(buyers, edges),
        "non_buyers": _spread(others, edges),
        "buyers_median": float(np.median(buyers)),
        "non_buyers_median": float(np.median(others)),
        "buyers_at_or_above": {str(m): round(float(np.mean([s >= m for s in buyers])), 3) for m in range(30, 75, 5)},
        "non_buyers_at_or_above": {
            str(m): round(float(np.mean([s >= m for s in others])), 3) for m in range(30, 75, 5)
        },
    }


class _Analysis:
    def __init__(self, intent: dict, sentiment: dict):
        self.intent, self.sentiment = intent, sentiment


def _scores_with_rules(texts: list[str], intents: list[dict]) -> list[int]:
    """The score each real post gets from its out-of-fold intent, a sentiment head trained on all real tweets and
    the active conversation rules of the configured database (the starter rules after migrate), as a monitor scores
    a post it has just found (published now: recency rules match)."""
    rules = active_rules(kind="conversation")
    if not rules:
        return []
    seed = seed_dataset("sentiment", "train")
    tweets = real_posts("sentiment")
    train_texts = seed.texts + [t for t, _, _ in tweets]
    vectors = embed_cached(train_texts)
    head = sentiment_train(
        train_texts, vectors, seed.labels + [label for _, label, _ in tweets], seed.weights + [1.0] * len(tweets)
    )
    sentiments = sentiment_predict(head, embed_cached(texts), vader_scores(texts))
    now = timezone.now()
    scores = []
    for text, intent, sentiment in zip(texts, intents, sentiments, strict=True):
        data = scoring_input_for_text(text, _Analysis(intent, sentiment), kind="conversation")
        data.published_at = now
        scores.append(score_compute(data, rules, now=now)[0])
    return scores


def _sentiment_report() -> dict:
    truth, predictions, _ = _cross_validated("sentiment")
    if not truth:
        return {"skipped": f"no real tweets under {settings.NLP_REAL_SAMPLES_DIR}"}
    return {"tweets": len(truth), **sentiment_metrics(truth, [p["label"] for p in predictions])}


def main() -> None:
    if "--embedding-cache" in sys.argv:
        settings.NLP_EMBEDDING_CACHE_DIR = sys.argv[sys.argv.index("--embedding-cache") + 1]
    started = time.monotonic()
    report = {
        "samples": str(settings.NLP_REAL_SAMPLES_DIR),
        "folds": FOLDS,
        "intent": _intent_report(),
        "sentiment": _sentiment_report(),
    }
    report["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
