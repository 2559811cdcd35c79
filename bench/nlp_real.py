"""Intent and sentiment on REAL posts the team did not write: texts are read at bench time from ../shared/samples
(never copied); the team's labels (ids only) live in enrichment/seed/real_labels.json.

Each source there names its file (``path``), its ``platform``, how to read the file (``reader``, below; reddit
listing when absent) and ``intent`` / ``sentiment`` maps keyed by post id. A labelled id missing from the file is
skipped, and so is a source whose file is missing."""

import json
from collections import Counter
from pathlib import Path

from scraping.sources.base import html_to_text  # the text the product's adapters store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT.parent / "shared" / "samples"
LABELS = ROOT / "enrichment" / "seed" / "real_labels.json"
SENTIMENT_CLASSES = ("negative", "neutral", "positive")
MIN_BUYERS_FOR_F1 = 5


def _reddit_posts(data) -> dict[str, str]:
    return {
        c["data"]["id"]: f"{c['data']['title']}\n{c['data'].get('selftext') or ''}".strip()
        for c in data["data"]["children"]
    }


def _x_tweets(data) -> dict[str, str]:
    # The text as the X API sends it (and as the product's X adapter stores it).
    return {str(t["id"]): t.get("text") or "" for t in data.get("data") or []}


def _hn_item_tree(data) -> dict[str, str]:
    posts: dict[str, str] = {}
    stack = list(data.get("children") or [])
    while stack:
        item = stack.pop()
        if item.get("text"):
            posts[str(item["id"])] = html_to_text(item["text"])
        stack.extend(item.get("children") or [])
    return posts


def _mastodon_statuses(data) -> dict[str, str]:
    if isinstance(data, dict):
        statuses = data["statuses"] if "statuses" in data else [data]
    else:
        statuses = data
    return {str(s["id"]): html_to_text(s.get("content") or "") for s in statuses}


READERS = {
    "reddit_listing": _reddit_posts,
    "x_tweets": _x_tweets,
    "hn_item_tree": _hn_item_tree,
    "mastodon_statuses": _mastodon_statuses,
}


def _load() -> list[dict]:
    """One row per labelled post found in the samples: platform, text, intent label and sentiment label (or None)."""
    rows = []
    for source in json.loads(LABELS.read_text())["sources"]:
        path = SAMPLES / source["path"]
        if not path.exists():
            continue
        posts = READERS[source.get("reader", "reddit_listing")](json.loads(path.read_text()))
        intent, sentiment = source.get("intent", {}), source.get("sentiment", {})
        for post_id in dict.fromkeys([*intent, *sentiment]):
            if post_id in posts:
                rows.append(
                    {
                        "platform": source.get("platform", "unknown"),
                        "text": posts[post_id],
                        "intent": intent.get(post_id),
                        "sentiment": sentiment.get(post_id),
                    }
                )
    return rows


def _intent_report(truth: list[int], flagged: list[bool]) -> dict:
    from enrichment.nlp.training import intent_metrics

    negatives = [f for f, t in zip(flagged, truth, strict=True) if t == 0]
    positives = [f for f, t in zip(flagged, truth, strict=True) if t == 1]
    report = {
        "posts": len(truth),
        "labelled_buyers": len(positives),
        "buyers_flagged_medium_or_high": sum(positives),
        "non_buyers_flagged_medium_or_high": sum(negatives),
        "false_positive_rate": round(sum(negatives) / max(1, len(negatives)), 4),
    }
    if len(positives) >= MIN_BUYERS_FOR_F1:
        report |= intent_metrics(truth, [int(f) for f in flagged])
    else:
        report["f1"] = None
        report["f1_note"] = f"fewer than {MIN_BUYERS_FOR_F1} labelled buyers: false alarms only, no F1"
    return report


def _sentiment_report(truth: list[str], predicted: list[str]) -> dict:
    from enrichment.nlp.training import sentiment_metrics

    report = sentiment_metrics(truth, predicted)
    per_class = {
        c: {
            "labelled": truth.count(c),
            "predicted": predicted.count(c),
            "recall": (
                round(sum(1 for t, p in zip(truth, predicted, strict=True) if t == c == p) / truth.count(c), 4)
                if truth.count(c)
                else None
            ),
        }
        for c in SENTIMENT_CLASSES
    }
    # sentiment_metrics averages over all three classes, counting a class with no labelled post as recall 0.
    recalls = [r["recall"] for r in per_class.values() if r["recall"] is not None]
    report["macro_recall_labelled_classes_only"] = round(sum(recalls) / len(recalls), 4)
    report["per_class"] = per_class
    report["confusion_truth_to_predicted"] = {
        c: dict(Counter(p for t, p in zip(truth, predicted, strict=True) if t == c)) for c in SENTIMENT_CLASSES
    }
    return report


def _report(rows: list[dict], levels: list[str], labels: list[str]) -> dict:
    out: dict = {"posts": len(rows)}
    with_intent = [(r["intent"], lvl in ("high", "medium")) for r, lvl in zip(rows, levels, strict=True)]
    with_intent = [(t, f) for t, f in with_intent if t is not None]
    if with_intent:
        out["intent"] = _intent_report([t for t, _ in with_intent], [f for _, f in with_intent])
    with_sentiment = [(r["sentiment"], p) for r, p in zip(rows, labels, strict=True) if r["sentiment"] is not None]
    if with_sentiment:
        out["sentiment"] = _sentiment_report([t for t, _ in with_sentiment], [p for _, p in with_sentiment])
    return out


def real_metrics(heads) -> dict | None:
    from enrichment.nlp.analyze import analyze_texts

    if not SAMPLES.exists() or not LABELS.exists():
        return None
    rows = _load()
    if not rows:
        return None
    results = analyze_texts([r["text"] for r in rows], heads=heads)
    levels = [r.intent["level"] for r in results]
    labels = [r.sentiment["label"] for r in results]
    report = _report(rows, levels, labels)
    report["by_platform"] = {}
    for platform in dict.fromkeys(r["platform"] for r in rows):
        idx = [i for i, r in enumerate(rows) if r["platform"] == platform]
        report["by_platform"][platform] = _report(
            [rows[i] for i in idx], [levels[i] for i in idx], [labels[i] for i in idx]
        )
    report["note"] = (
        "team labels on real posts (reddit r/askreddit 'new' 2016 + r/redditdev search, an X home timeline 2022, "
        "an HN comment tree 2015, 2 mastodon.social statuses); intent 'flagged' = level medium or high; "
        "askreddit is almost all neutral questions, so sentiment there mostly measures false feelings"
    )
    return report
