"""Lead export throughput and memory: the streamed CSV/JSON writers and the Excel writer over N seeded leads.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/insight_<tag> .venv/bin/python bench/export.py [--leads 100000]

Runs on ``<name>_bench`` (seeded by ``bench/seed_leads.py``; the first run adds the missing leads). Each format
goes through the export's one path (``integrations.selectors.lead_export_queryset`` → ``exports.export_source``
→ writer), the bytes are counted and thrown away. Reported per format: rows, seconds, rows/s, megabytes, and the
process's peak RSS after the run, which must stay flat as --leads grows (compare two sizes). ``--tracemalloc``
also reports the peak of Python allocations, at a large cost in speed. With an empty suppression list the export
checks no identifier; ``--suppressed`` adds one phone, one email and one domain entry for the run (the phone
matches one seeded lead in 10,000) so every lead's identifiers are normalised, hashed and looked up.
"""

import argparse
import json
import pathlib
import resource
import sys
import time
import tracemalloc

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.seed_leads import seed_leads, setup_bench_django  # noqa: E402


class _Sink:
    """A file that only counts what is written to it."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data) -> int:
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass


def _run(export_format: str, limit: int, *, trace: bool) -> dict:
    from integrations import exports, selectors

    queryset = selectors.lead_export_queryset(ordering="-discovered_at")[:limit]
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    rows = 0
    sink = _Sink()
    source = exports.export_source(queryset)

    def counted():
        nonlocal rows
        for lead in source:
            rows += 1
            yield lead

    if export_format == "xlsx":
        import tempfile

        with tempfile.TemporaryFile() as out:
            exports.xlsx_write(counted(), out)
            sink.size = out.tell()
    else:
        writer = exports.csv_chunks if export_format == "csv" else exports.json_chunks
        for chunk in writer(counted()):
            sink.write(chunk.encode())
    seconds = time.perf_counter() - started
    result = {
        "format": export_format,
        "rows": rows,
        "seconds": round(seconds, 2),
        "rows_per_second": round(rows / seconds) if seconds else None,
        "megabytes": round(sink.size / 1e6, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if trace:
        result["peak_python_mb"] = round(tracemalloc.get_traced_memory()[1] / 1e6, 1)
        tracemalloc.stop()
    return result


SUPPRESSED = {"phone": "+14165550001", "email": "bench-opt-out@example.org", "domain": "example.org"}


def _suppress() -> list[int]:
    """Add the ``--suppressed`` entries that are missing; returns the ids added (deleted after the run)."""
    from compliance.services import suppression_add

    added = []
    for kind, value in SUPPRESSED.items():
        entry, created = suppression_add(kind=kind, value=value, purge=False, note="bench/export.py")
        if created:
            added.append(entry.pk)
    return added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--formats", default="csv,json,xlsx")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--suppressed", action="store_true", help="run with phone, email and domain suppressions")
    args = parser.parse_args()
    if reason := setup_bench_django():
        print(json.dumps({"skipped": reason}))
        return
    seeded = seed_leads(args.leads)
    added = _suppress() if args.suppressed else []
    try:
        results = [_run(fmt, args.leads, trace=args.tracemalloc) for fmt in args.formats.split(",")]
    finally:
        from compliance.models import Suppression

        Suppression.objects.filter(pk__in=added).delete()
    summary = {"leads": args.leads, "suppressed": args.suppressed, "seeded": seeded, "results": results}
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
