"""Intent on REAL posts the team did not write: texts are read at bench time from ../shared/samples (never copied);
the team's labels (ids only) live in enrichment/seed/real_labels.json."""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT.parent / "shared" / "samples"
LABELS = ROOT / "enrichment" / "seed" / "real_labels.json"


def _reddit_posts(path: Path) -> dict[str, str]:
    data = json.loads(path.read_text())
    return {
        c["data"]["id"]: f"{c['data']['title']}\n{c['data'].get('selftext') or ''}".strip()
        for c in data["data"]["children"]
    }


def real_metrics(heads) -> dict | None:
    from enrichment.nlp.analyze import analyze_texts

    if not SAMPLES.exists() or not LABELS.exists():
        return None
    texts, truth = [], []
    for source in json.loads(LABELS.read_text())["sources"]:
        posts = _reddit_posts(SAMPLES / source["path"])
        for post_id, label in source["intent"].items():
            if post_id in posts:
                texts.append(posts[post_id])
                truth.append(label)
    if not texts:
        return None
    levels = [r.intent["level"] for r in analyze_texts(texts, heads=heads)]
    flagged = [lvl in ("high", "medium") for lvl in levels]
    negatives = [f for f, t in zip(flagged, truth, strict=True) if t == 0]
    positives = [f for f, t in zip(flagged, truth, strict=True) if t == 1]
    return {
        "posts": len(texts),
        "labelled_buyers": len(positives),
        "buyers_flagged_medium_or_high": sum(positives),
        "non_buyers_flagged_medium_or_high": sum(negatives),
        "false_positive_rate": round(sum(negatives) / max(1, len(negatives)), 4),
        "note": "r/askreddit 'new' listing (2016): almost no buyers, so this measures false alarms, not F1",
    }
