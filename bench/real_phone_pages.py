"""Phone precision/recall on the real pages of ``../shared/samples/phone_pages`` (README §8), read in place.

The pages are read as ``manage.py extract FILE`` reads them: no page URL, no region hint. Scores are given overall,
per layer (a label counts for a layer when that layer saw the number) and per country (the label's region).

Run alone: .venv/bin/python bench/real_phone_pages.py   (prints one JSON object); bench/extract.py includes it.
"""

import json
import pathlib
import sys
from collections import Counter

import phonenumbers

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scraping.extraction import extract_page  # noqa: E402

PHONE_PAGES = ROOT.parent / "shared" / "samples" / "phone_pages"
LAYERS = ("tel_link", "structured_data", "visible_text")


def _ratio(tp: int, other: int) -> float:
    return round(tp / (tp + other), 4) if tp + other else 1.0


def _country(e164: str) -> str:
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(e164)) or "??"
    except phonenumbers.NumberParseException:
        return "??"


def score_real_pages(folder: pathlib.Path = PHONE_PAGES) -> dict:
    """Precision and recall of the dialable (non-fax) numbers found on every labelled page of ``folder``."""
    labels_path = folder / "labels.json"
    if not labels_path.is_file():
        return {"skipped": f"no labelled real pages at {folder}"}
    labels: dict[str, list[str]] = json.loads(labels_path.read_text())
    total: Counter = Counter()
    by_layer = {layer: Counter() for layer in LAYERS}
    by_country: dict[str, Counter] = {}
    misses, false_hits = [], []
    for name, expected in sorted(labels.items()):
        findings = extract_page((folder / name).read_bytes())
        found = {p.e164: p for p in findings.phones if not p.is_fax}
        want = set(expected)
        got = set(found)
        total.update(tp=len(got & want), fp=len(got - want), fn=len(want - got))
        misses += [f"{name}: {e}" for e in sorted(want - got)]
        false_hits += [f"{name}: {e} ({found[e].raw!r}, region {found[e].region})" for e in sorted(got - want)]
        for e164 in want | got:
            key = "tp" if e164 in want and e164 in got else ("fp" if e164 in got else "fn")
            by_country.setdefault(_country(e164), Counter())[key] += 1
        for layer in LAYERS:
            seen = {e for e, p in found.items() if any(s.layer == layer for s in p.sources)}
            by_layer[layer].update(tp=len(seen & want), fp=len(seen - want))
    return {
        "pages": len(labels),
        "expected_numbers": total["tp"] + total["fn"],
        "precision": _ratio(total["tp"], total["fp"]),
        "recall": _ratio(total["tp"], total["fn"]),
        "per_layer": {
            layer: {
                "found": c["tp"] + c["fp"],
                "precision": _ratio(c["tp"], c["fp"]),
                "recall_share": _ratio(c["tp"], total["tp"] + total["fn"] - c["tp"]),
            }
            for layer, c in by_layer.items()
        },
        "per_country": {
            country: {
                "expected": c["tp"] + c["fn"],
                "precision": _ratio(c["tp"], c["fp"]),
                "recall": _ratio(c["tp"], c["fn"]),
            }
            for country, c in sorted(by_country.items())
        },
        "false_hits": false_hits,
        "misses": misses,
    }


if __name__ == "__main__":
    print(json.dumps(score_real_pages(), indent=2, ensure_ascii=False))
