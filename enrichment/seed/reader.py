"""Read the hand-written seed data in this folder: fragment pools (JSON) and whole posts (JSON lines).

The data lives in data files, not Python source, so it is never imported with the app. ``build_seed.py`` is the only
caller; keys starting with ``_`` in a fragment file are notes for people (``_about``, ``_notes``) and are skipped.
"""

import json
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent


def read_fragments(name: str, folder: Path = HERE) -> SimpleNamespace:
    """The pools of ``<name>.json`` as attributes (``read_fragments("fragments").INTENT_TRAIN``)."""
    with open(folder / f"{name}.json", encoding="utf-8") as fh:
        data = json.load(fh)
    return SimpleNamespace(**{key: value for key, value in data.items() if not key.startswith("_")})


def read_posts(name: str, folder: Path = HERE) -> list[dict]:
    """The rows of ``<name>.jsonl``: one JSON object per line (``text``, ``sentiment`` and optional notes)."""
    with open(folder / f"{name}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
