from collections import Counter

from enrichment.nlp.training import seed_rows


def test_no_training_post_is_a_held_out_post():
    for kind in ("intent", "sentiment"):
        train = {row["text"].lower() for row in seed_rows(kind, "train")}
        assert not train & {row["text"].lower() for row in seed_rows(kind, "heldout")}


def test_intent_training_split_is_balanced_and_covers_many_industries_and_shapes():
    rows = seed_rows("intent", "train")
    labels = Counter(row["intent"] for row in rows)
    assert len(rows) >= 7000 and 0.4 < labels[1] / len(rows) < 0.6
    assert len({row["industry"] for row in rows}) >= 25
    # Hard negatives beyond sellers: advice to buyers, past purchases, curiosity questions (CV groups by shape).
    assert {"advice", "past", "curious", "job_post", "selling", "review"} <= {row["category"] for row in rows}
    assert len({row["shape"] for row in rows}) >= 240


def test_held_out_split_keeps_only_industries_training_never_saw_plus_four_shared_ones():
    train_industries = {row["industry"] for row in seed_rows("intent", "train")}
    held_industries = {row["industry"] for row in seed_rows("intent", "heldout")} - {"general"}
    assert len(held_industries - train_industries) == 6


def test_seed_files_are_rebuilt_byte_identical_from_the_data_files(tmp_path):
    """The hand-written posts are data files (JSON, JSON lines), not Python; building from them gives the same files."""
    import importlib.util

    from enrichment.nlp.training import SEED_DIR

    assert not list(SEED_DIR.glob("fragments*.py")) and not list(SEED_DIR.glob("written_sentiment_*.py"))
    spec = importlib.util.spec_from_file_location("build_seed", SEED_DIR / "build_seed.py")
    build_seed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_seed)
    build_seed.build(tmp_path)
    for name in ("intent_train", "intent_heldout", "sentiment_train", "sentiment_heldout"):
        assert (tmp_path / f"{name}.jsonl").read_bytes() == (SEED_DIR / f"{name}.jsonl").read_bytes(), name
