"""Training data (seed files + people's labels), the held-out split and the metrics that decide promotion."""

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from django.conf import settings
from sklearn.metrics import f1_score, precision_score, recall_score

from enrichment.nlp.embeddings import dimension, embed, embedder_id, model_dir
from enrichment.nlp.real_posts import PROMOTION_FOLD, fold_of, real_posts

# How much one training post counts, by where it came from (real posts and people's labels: 1). For intent the team's
# written posts are a light prior: on real posts, CV F1 was best with them at 0.03 (bench/intent_real.py). For
# sentiment they count fully: at 1 the tweets' CV macro-recall is 0.663 (0.670 at 0.3) and the 311 team-labelled
# real Reddit/HN/X posts keep 0.728 (0.707 at 0.3; 0.719 before the tweets were used).
SOURCE_WEIGHTS = {"intent": {"seed_train": 0.03}, "sentiment": {"seed_train": 1.0}}

SEED_DIR = Path(__file__).resolve().parent.parent / "seed"
# The metric each kind is judged on: a new version is promoted only when it beats the active one here.
PRIMARY_METRIC = {"intent": "f1", "sentiment": "macro_f1"}
POSITIVE_INTENT_LEVELS = {"high", "medium"}


@dataclass
class Dataset:
    texts: list[str] = field(default_factory=list)
    labels: list = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)

    def add(self, text: str, label, source: str, weight: float = 1.0) -> None:
        self.texts.append(text)
        self.labels.append(label)
        self.sources.append(source)
        self.weights.append(weight)

    def counts(self) -> dict:
        out: dict = {}
        for label, source in zip(self.labels, self.sources, strict=True):
            bucket = out.setdefault(source, {})
            bucket[str(label)] = bucket.get(str(label), 0) + 1
        out["total"] = len(self.texts)
        return out


def seed_rows(kind: str, split: str) -> list[dict]:
    """Rows of ``<kind>_<split>.jsonl`` (split: train or heldout)."""
    with open(SEED_DIR / f"{kind}_{split}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def heldout_fingerprint(kind: str) -> str:
    """Which held-out split a metric was measured on (a digest of its file): figures measured on different splits
    are not compared."""
    return hashlib.sha256((SEED_DIR / f"{kind}_heldout.jsonl").read_bytes()).hexdigest()[:12]


def calibration_texts(n: int = 256) -> list[str]:
    """A fixed sample of seed posts (training split) that sets the int8 activation ranges of the embedder."""
    return [row["text"] for row in seed_rows("intent", "train")[:n]]


def seed_dataset(kind: str, split: str, *, limit: int | None = None) -> Dataset:
    data = Dataset()
    rows = seed_rows(kind, split)
    weight = SOURCE_WEIGHTS[kind].get(f"seed_{split}", 1.0)
    for row in rows[:limit] if limit else rows:
        data.add(row["text"], row[kind], f"seed_{split}", weight)
    return data


def training_dataset(kind: str, *, labels=(), seed_limit: int | None = None) -> Dataset:
    """What a head learns from: the team's seed posts (a light prior, SOURCE_WEIGHTS), the real labelled posts
    outside the promotion fold and people's labels outside it (``labels``: Label rows, newest first)."""
    return _real_and_labelled(kind, labels, promotion_fold=False, data=seed_dataset(kind, "train", limit=seed_limit))


def _real_and_labelled(kind: str, labels, *, promotion_fold: bool, data: Dataset) -> Dataset:
    """Add to ``data`` the real posts and people's labels that are in the promotion fold, or those outside it."""
    for text, label, fold in real_posts(kind):
        if (fold == PROMOTION_FOLD) == promotion_fold:
            data.add(text, label, "real_posts")
    for text, label in label_examples(kind, labels):
        if (fold_of(text) == PROMOTION_FOLD) == promotion_fold:
            data.add(text, label, "labels")
    return data


@dataclass
class JudgingSet:
    """The posts a candidate and the active model are compared on, and what they are."""

    data: Dataset
    fingerprint: str
    description: str


def judging_set(kind: str, *, labels=()) -> JudgingSet:
    """Real posts decide promotions: the real samples' promotion fold plus people's labels that fall in it. Only
    when no real post is available (a clone without the samples and no labels) is the seed held-out split used."""
    data = _real_and_labelled(kind, labels, promotion_fold=True, data=Dataset())
    if data.texts:
        digest = hashlib.sha256(
            "\n".join(sorted(f"{label}\t{text}" for text, label in zip(data.texts, data.labels, strict=True))).encode(
                "utf-8", "surrogatepass"
            )
        ).hexdigest()[:12]
        counts = data.counts()
        parts = [f"{sum(counts[s].values())} {s.replace('_', ' ')}" for s in ("real_posts", "labels") if s in counts]
        return JudgingSet(data, f"real-{digest}", f"promotion fold of real posts ({', '.join(parts)})")
    return JudgingSet(seed_dataset(kind, "heldout"), heldout_fingerprint(kind), "seed held-out split")


def label_examples(kind: str, labels) -> list[tuple[str, object]]:
    """Turn Label rows (newest first per lead wins) into (text, class) examples for ``kind``."""
    from leads.models import LabelKind

    examples: dict[int, tuple[str, object]] = {}
    for label in labels:
        if label.lead_id in examples:
            continue
        text = lead_text(label.lead)
        if not text:
            continue
        target = None
        if kind == "intent":
            if label.kind == LabelKind.GOOD_LEAD:
                target = 1
            elif label.kind == LabelKind.NOT_A_LEAD:
                target = 0
            elif label.kind == LabelKind.WRONG_INTENT:
                if label.corrected_intent:
                    target = int(label.corrected_intent in POSITIVE_INTENT_LEVELS)
                else:  # "wrong" without a correction: the opposite of what the model said
                    target = int(label.lead.intent_level not in POSITIVE_INTENT_LEVELS)
        elif kind == "sentiment" and label.kind == LabelKind.WRONG_SENTIMENT and label.corrected_sentiment:
            target = label.corrected_sentiment
        if target is not None:
            examples[label.lead_id] = (text, target)
    return list(examples.values())


def lead_text(lead) -> str:
    """The text a lead is judged on: post title and body (or listing name and description)."""
    parts = [p.strip() for p in (lead.name, lead.text) if p and p.strip()]
    if len(parts) == 2 and parts[1].startswith(parts[0]):
        parts = parts[1:]
    return "\n".join(parts)[:10_000]


_cache: dict[str, np.ndarray] = {}
_loaded_from_disk: set[Path] = set()


def _embedder_key() -> str:
    """Model, variant, max tokens and model directory: vectors are never reused across any of them."""
    return hashlib.sha256(f"{embedder_id()}|{model_dir().resolve()}".encode()).hexdigest()[:16]


def _disk_cache_file(embedder_key: str) -> Path | None:
    """Where embeddings persist between processes (settings.NLP_EMBEDDING_CACHE_DIR; unset: memory only)."""
    directory = getattr(settings, "NLP_EMBEDDING_CACHE_DIR", "")
    return Path(directory) / f"embeddings-{embedder_key}.npz" if directory else None


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def embed_cached(texts: list[str], *, progress=None) -> np.ndarray:
    """Embeddings with a per-process cache (and an optional on-disk one): retraining embeds only unseen texts.
    ``progress(done, total)`` hears how the embedding of the unseen ones goes."""
    prefix = _embedder_key() + ":"
    path = _disk_cache_file(prefix[:-1])
    if path and path not in _loaded_from_disk and path.exists():
        with np.load(path) as stored:
            for key, vector in zip(stored["keys"], stored["vectors"], strict=True):
                _cache[prefix + str(key)] = vector
    if path:
        _loaded_from_disk.add(path)
    keys = [prefix + _text_key(t) for t in texts]
    missing = list(dict.fromkeys((k, t) for k, t in zip(keys, texts, strict=True) if k not in _cache))
    if missing:
        for (key, _), vector in zip(missing, embed([t for _, t in missing], progress=progress), strict=True):
            _cache[key] = vector
        if path:
            _disk_cache_write(path, prefix)
    return np.vstack([_cache[k] for k in keys]) if texts else np.zeros((0, dimension()), dtype=np.float32)


def _disk_cache_write(path: Path, prefix: str) -> None:
    mine = [k for k in _cache if k.startswith(prefix)]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
    np.savez(tmp, keys=np.array([k[len(prefix) :] for k in mine]), vectors=np.vstack([_cache[k] for k in mine]))
    os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one, never half of it


def intent_metrics(truth: list[int], predicted: list[int]) -> dict:
    return {
        "f1": round(float(f1_score(truth, predicted, zero_division=0)), 4),
        "precision": round(float(precision_score(truth, predicted, zero_division=0)), 4),
        "recall": round(float(recall_score(truth, predicted, zero_division=0)), 4),
        "n": len(truth),
    }


def sentiment_metrics(truth: list[str], predicted: list[str]) -> dict:
    labels = ["negative", "neutral", "positive"]
    return {
        "macro_f1": round(float(f1_score(truth, predicted, labels=labels, average="macro", zero_division=0)), 4),
        "macro_recall": round(
            float(recall_score(truth, predicted, labels=labels, average="macro", zero_division=0)), 4
        ),
        "n": len(truth),
    }
