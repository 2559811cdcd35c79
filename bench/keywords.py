"""Keyword matching benchmark: compiled-expression matches per second over fictional posts. Prints JSON.

    .venv/bin/python bench/keywords.py

Pure Python (no Django, no database): the parser and matcher monitors use for every post they read.
"""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from leads.keywords import PostContext, compile_keywords  # noqa: E402

EXPRESSIONS = [
    '"looking for a CRM" OR (recommend* AND crm) NOT hiring',
    '("need a plumber" OR "plumber recommendation*" OR plumb*) -diy site:example.com',
    "(café OR coffee) (supplier* OR wholesale) -author:spam_bot",
]
POSTS = [
    "Anyone looking for a CRM? We're a 12-person agency and spreadsheets are killing us. " * 3,
    "Weekend sourdough thread: share your crumb shots and hydration numbers. " * 4,
    "Can you recommend a CRM that syncs invoices? Our café needs something simple, not hiring yet. " * 2,
    "Our plumber recommendations list for the Greater Toronto Area, updated weekly with reviews. " * 3,
]

CONTEXT = PostContext(url="https://forum.example.com/t/1", author="fictional_member")


def main() -> None:
    start = time.perf_counter()
    for _ in range(200):
        compile_keywords.cache_clear()
        for expression in EXPRESSIONS:
            compile_keywords(expression)
    compile_seconds = (time.perf_counter() - start) / (200 * len(EXPRESSIONS))

    queries = [compile_keywords(e) for e in EXPRESSIONS]
    rounds, matched = 2000, 0
    start = time.perf_counter()
    for _ in range(rounds):
        for post in POSTS:
            for query in queries:
                matched += query.match(post, CONTEXT) is not None
    elapsed = time.perf_counter() - start
    checks = rounds * len(POSTS) * len(queries)
    print(
        json.dumps(
            {
                "compile_ms": round(compile_seconds * 1000, 3),
                "matches_per_second": round(checks / elapsed),
                "avg_post_chars": sum(map(len, POSTS)) // len(POSTS),
                "checks": checks,
                "matched": matched,
            }
        )
    )


if __name__ == "__main__":
    main()
