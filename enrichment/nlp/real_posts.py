"""Real labelled posts the team did not write, read at training time from NLP_REAL_SAMPLES_DIR (never copied here).

- intent: ``intent/reddit_business_posts.jsonl`` (real Reddit posts from business communities, labelled by the rule
  in docs/enrichment.md: 1 = the author seeks to buy, hire, subscribe to or switch to a product or service);
- sentiment: ``sentiment/tweeteval_val_text.txt`` + ``tweeteval_val_labels.txt`` (real tweets, 0 negative,
  1 neutral, 2 positive).

Each post belongs to one of FOLDS folds by a digest of its text with digits, links and case removed, so near-copies
(the same post re-collected, a tweet with another link) always share a fold. Fold 0 is the **promotion fold**: never
trained on, it is where a retrained model must beat the active one. A missing directory or file gives no posts (a
clone without the samples trains on the team's seed posts alone and is judged on their held-out split).
"""

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

from django.conf import settings

FOLDS = 5
PROMOTION_FOLD = 0
SENTIMENT_CLASSES = {"0": "negative", "1": "neutral", "2": "positive"}
_NOISE = re.compile(r"https?://\S+|\d+|[^\w]+")


def samples_dir() -> Path:
    return Path(settings.NLP_REAL_SAMPLES_DIR)


def group_key(text: str) -> str:
    """What near-copies share: the words of the text, lower case, without links, digits and punctuation."""
    return _NOISE.sub(" ", text.lower()).strip()


def fold_of(text: str) -> int:
    return int(hashlib.sha256(group_key(text).encode("utf-8", "surrogatepass")).hexdigest()[:8], 16) % FOLDS


@lru_cache(maxsize=4)
def _read(kind: str, directory: str) -> tuple[tuple[str, object], ...]:
    root = Path(directory)
    rows: list[tuple[str, object]] = []
    if kind == "intent":
        path = root / "intent" / "reddit_business_posts.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    rows.append((row["text"], int(row["intent"])))
    else:
        texts, labels = (root / "sentiment" / f"tweeteval_val_{part}.txt" for part in ("text", "labels"))
        if texts.exists() and labels.exists():
            pairs = zip(texts.read_text(encoding="utf-8").split("\n"), labels.read_text().split(), strict=False)
            rows.extend((text, SENTIMENT_CLASSES[label]) for text, label in pairs if text.strip())
    return tuple(rows)


def real_posts(kind: str) -> list[tuple[str, object, int]]:
    """(text, label, fold) of every real labelled post of ``kind`` (intent or sentiment) found in the samples."""
    return [(text, label, fold_of(text)) for text, label in _read(kind, str(samples_dir()))]
