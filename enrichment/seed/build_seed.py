"""Compose the seed JSONL files from the hand-written fragments in ``fragments.json`` (and the later rounds).

Run ``python enrichment/seed/build_seed.py`` from the repository root; the output is deterministic (fixed seed),
deduplicated and shuffled. Held-out files use only the HELDOUT fragment pools (phrasings and industries the
training files never contain).
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reader import read_fragments, read_posts  # noqa: E402

F = read_fragments("fragments")
M = read_fragments("fragments_more")
S = read_fragments("fragments_sentiment")

# Third round: whole posts written one by one by four writers (forum comments, microblog posts, community-board posts,
# thread replies), none of them templated. Held out, never trained on: training on half of them did not help real
# posts (bench/README.md), while as a yardstick they are the closest to real feeds the team has.
WRITTEN_SENTIMENT = [
    "written_sentiment_forum",
    "written_sentiment_microblog",
    "written_sentiment_reddit",
    "written_sentiment_replies",
]

OUT = Path(__file__).resolve().parent
SEED = 20261121
SEED_MORE = 20261122  # the second round's own generator: adding it leaves every first-round row unchanged
SEED_SENT = 20261206  # the sentiment second round's own generator (same reason)
SEED_WRITTEN = 20261207  # shuffles the written held-out posts (appended: earlier rows stay as they were)


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def _style(rng: random.Random, text: str, prefixes: list[str], suffixes: list[str]) -> str:
    text = rng.choice(prefixes) + text + rng.choice(suffixes)
    roll = rng.random()
    if roll < 0.35:
        text = text.lower()
    elif roll < 0.45:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.15:
        text = _typo(rng, text)
    if rng.random() < 0.2:
        text = text.rstrip(".?!")
    return " ".join(text.split(" ")).strip()


def _fill(rng: random.Random, template: str, industry: tuple) -> str:
    needs, contexts, rivals = industry
    return template.format(need=rng.choice(needs), ctx=rng.choice(contexts), rival=rng.choice(rivals))


def _intent_rows(rng, industries, pools, prefixes, suffixes, rounds, *, shape_suffix=""):
    rows = []
    for name, industry in industries.items():
        for category, label, templates in pools:
            for n, template in enumerate(templates):
                for _ in range(rounds[category]):
                    text = _style(rng, _fill(rng, template, industry), prefixes, suffixes)
                    rows.append(
                        {
                            "text": text,
                            "intent": label,
                            "category": category,
                            "industry": name,
                            "shape": f"{category}{shape_suffix}{n}",
                        }
                    )
    return rows


def _standalone_rows(rng, pools, prefixes, suffixes, variants, industries):
    rows = []
    for category, templates in pools:
        for n, template in enumerate(templates):
            for _ in range(variants):
                industry = rng.choice(list(industries.values()))
                text = _style(rng, _fill(rng, template, industry), prefixes, suffixes)
                rows.append(
                    {"text": text, "intent": 0, "category": category, "industry": "general", "shape": f"{category}{n}"}
                )
    return rows


def _sentiment_rows(rng, subjects, pools, prefixes, suffixes, variants):
    rows = []
    for label, templates in pools:
        for template in templates:
            for subj in subjects:
                for _ in range(variants):
                    text = _style(rng, template.format(subj=subj), prefixes, suffixes)
                    rows.append({"text": text, "sentiment": label})
    return rows


def _more_rows(rng: random.Random) -> list[dict]:
    """Second-round training rows: new request shapes and hard negatives, old shapes on the new industries."""
    everywhere = {**F.INDUSTRIES_TRAIN, **M.INDUSTRIES_MORE}
    rows = _intent_rows(
        rng,
        everywhere,
        [("request", 1, M.INTENT_MORE), ("selling", 0, M.SELLING_MORE)],
        F.PREFIXES_TRAIN,
        F.SUFFIXES_TRAIN,
        {"request": 1, "selling": 1},
        shape_suffix="more",
    )
    rounds = {"request": 1, "selling": 1, "complaint": 1, "review": 1}
    old_shapes = [
        ("request", 1, F.INTENT_TRAIN),
        ("selling", 0, F.SELLING_TRAIN),
        ("complaint", 0, F.COMPLAINT_TRAIN),
        ("review", 0, F.REVIEW_TRAIN),
    ]
    rows += _intent_rows(rng, M.INDUSTRIES_MORE, old_shapes, F.PREFIXES_TRAIN, F.SUFFIXES_TRAIN, rounds)
    for name, industry in everywhere.items():
        for n, (category, template) in enumerate(M.NEGATIVE_MORE):
            text = _style(rng, _fill(rng, template, industry), F.PREFIXES_TRAIN, F.SUFFIXES_TRAIN)
            rows.append({"text": text, "intent": 0, "category": category, "industry": name, "shape": f"negmore{n}"})
    return rows


class _Slots(dict):
    """``str.format_map`` helper: each placeholder gets a random filler from ``S.FILL`` (fixed per post)."""

    def __init__(self, rng: random.Random):
        super().__init__()
        self.rng = rng

    def __missing__(self, key: str) -> str:
        self[key] = self.rng.choice(S.FILL[key])
        return self[key]


def _sent_fill(rng: random.Random, template: str) -> str:
    return template.format_map(_Slots(rng))


def _long_comment(rng: random.Random, topic: dict, label: str) -> str:
    """A multi-sentence comment: neutral context sentences, plus a reaction for positive / negative."""
    if label == "neutral":
        parts = rng.sample(topic["neutral"], rng.randint(3, 5))
    else:
        reactions = topic[label] + (S.POSITIVE_REACTIONS if label == "positive" else S.NEGATIVE_REACTIONS)
        context = rng.sample(topic["neutral"], rng.randint(2, 3))
        feeling = rng.sample(reactions, rng.randint(1, 2))
        parts = feeling + context if rng.random() < 0.3 else context + feeling
    slots = _Slots(rng)
    opener, body = rng.choice(S.OPENERS), " ".join(p.format_map(slots) for p in parts)
    if opener.endswith((", ", ": ")):
        body = body[0].lower() + body[1:]
    return opener + body


def _sentiment_more_rows(rng: random.Random) -> list[dict]:
    """Second-round sentiment rows: short posts on many topics and long comments composed per topic."""
    rows = []
    for label, templates, variants in [
        ("neutral", S.NEUTRAL_SHORT, 4),
        ("neutral", S.MIXED, 4),
        ("positive", S.POSITIVE_SHORT, 3),
        ("negative", S.NEGATIVE_SHORT, 3),
    ]:
        for template in templates:
            for _ in range(variants):
                text = _style(rng, _sent_fill(rng, template), S.PREFIXES, S.SUFFIXES)
                rows.append({"text": text, "sentiment": label})
    for topic in S.TOPICS.values():
        for label, n in [("neutral", 30), ("positive", 10), ("negative", 10)]:
            for _ in range(n):
                text = _style(rng, _long_comment(rng, topic, label), S.PREFIXES, S.SUFFIXES)
                rows.append({"text": text, "sentiment": label})
    return rows


def _dedupe_shuffle(rng: random.Random, rows: list[dict], taken: set[str] | None = None) -> list[dict]:
    seen = set(taken or ())
    unique = []
    for row in rows:
        key = row["text"].lower()
        if key not in seen:
            seen.add(key)
            unique.append(row)
    rng.shuffle(unique)
    return unique


def build(out: Path = OUT) -> dict[str, int]:
    rng = random.Random(SEED)
    train_pools = [
        ("request", 1, F.INTENT_TRAIN),
        ("selling", 0, F.SELLING_TRAIN),
        ("complaint", 0, F.COMPLAINT_TRAIN),
        ("review", 0, F.REVIEW_TRAIN),
    ]
    heldout_pools = [
        ("request", 1, F.INTENT_HELDOUT),
        ("selling", 0, F.SELLING_HELDOUT),
        ("complaint", 0, F.COMPLAINT_HELDOUT),
        ("review", 0, F.REVIEW_HELDOUT),
    ]
    train_rounds = {"request": 3, "selling": 3, "complaint": 2, "review": 2}
    heldout_rounds = {"request": 2, "selling": 2, "complaint": 2, "review": 2}
    intent_train = _intent_rows(rng, F.INDUSTRIES_TRAIN, train_pools, F.PREFIXES_TRAIN, F.SUFFIXES_TRAIN, train_rounds)
    intent_train += _standalone_rows(
        rng,
        [("job_post", F.JOBPOST_TRAIN), ("chatter", F.CHATTER_TRAIN)],
        F.PREFIXES_TRAIN,
        F.SUFFIXES_TRAIN,
        8,
        F.INDUSTRIES_TRAIN,
    )
    heldout_industries = {**F.INDUSTRIES_HELDOUT, **dict(list(F.INDUSTRIES_TRAIN.items())[:4])}
    intent_heldout = _intent_rows(
        rng, heldout_industries, heldout_pools, F.PREFIXES_HELDOUT, F.SUFFIXES_HELDOUT, heldout_rounds
    )
    intent_heldout += _standalone_rows(
        rng,
        [("job_post", F.JOBPOST_HELDOUT), ("chatter", F.CHATTER_HELDOUT)],
        F.PREFIXES_HELDOUT,
        F.SUFFIXES_HELDOUT,
        6,
        F.INDUSTRIES_HELDOUT,
    )
    intent_train = _dedupe_shuffle(rng, intent_train)
    intent_heldout = _dedupe_shuffle(rng, intent_heldout, {r["text"].lower() for r in intent_train})
    # Second round: deduplicated against both splits, so no held-out post ever becomes a training post.
    rng_more = random.Random(SEED_MORE)
    taken = {r["text"].lower() for r in intent_train + intent_heldout}
    more = _dedupe_shuffle(rng_more, _more_rows(rng_more), taken)
    for row in intent_heldout:  # the held-out file keeps its original fields; only training CV groups by shape
        del row["shape"]

    sentiment_train = _sentiment_rows(
        rng,
        F.SENT_SUBJECTS_TRAIN,
        [
            ("positive", F.SENT_POSITIVE_TRAIN),
            ("negative", F.SENT_NEGATIVE_TRAIN),
            ("neutral", F.SENT_NEUTRAL_TRAIN),
        ],
        F.PREFIXES_TRAIN,
        F.SUFFIXES_TRAIN,
        2,
    )
    sentiment_train += [
        {"text": r["text"], "sentiment": "negative"} for r in intent_train if r["category"] == "complaint"
    ]
    sentiment_heldout = _sentiment_rows(
        rng,
        F.SENT_SUBJECTS_HELDOUT,
        [
            ("positive", F.SENT_POSITIVE_HELDOUT),
            ("negative", F.SENT_NEGATIVE_HELDOUT),
            ("neutral", F.SENT_NEUTRAL_HELDOUT),
        ],
        F.PREFIXES_HELDOUT,
        F.SUFFIXES_HELDOUT,
        4,
    )
    sentiment_heldout += [
        {"text": r["text"], "sentiment": "negative"} for r in intent_heldout if r["category"] == "complaint"
    ]
    sentiment_train = _dedupe_shuffle(rng, sentiment_train)
    sentiment_heldout = _dedupe_shuffle(rng, sentiment_heldout, {r["text"].lower() for r in sentiment_train})
    # Sentiment second round: own generator, deduplicated against both first-round splits and appended.
    rng_sent = random.Random(SEED_SENT)
    taken = {r["text"].lower() for r in sentiment_train + sentiment_heldout}
    sentiment_train += _dedupe_shuffle(rng_sent, _sentiment_more_rows(rng_sent), taken)
    written = [{"text": r["text"], "sentiment": r["sentiment"]} for name in WRITTEN_SENTIMENT for r in read_posts(name)]
    sentiment_heldout += _dedupe_shuffle(
        random.Random(SEED_WRITTEN), written, {r["text"].lower() for r in sentiment_train + sentiment_heldout}
    )
    intent_train += more  # after the sentiment files, which keep using the first round's complaints only

    counts = {}
    for name, rows in [
        ("intent_train", intent_train),
        ("intent_heldout", intent_heldout),
        ("sentiment_train", sentiment_train),
        ("sentiment_heldout", sentiment_heldout),
    ]:
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts[name] = len(rows)
    return counts


if __name__ == "__main__":
    print(json.dumps(build(), indent=2))
