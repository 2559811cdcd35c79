"""Bulk ingest with dedupe: leads/s through ``leads.ingest.lead_bulk_upsert`` on PostgreSQL, printing JSON.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/insight .venv/bin/python bench/ingest.py [--leads 100000]

Works on the ``<name>_bench`` database (see bench/seed_leads.py); its seeded leads, if any, stay and make the
dedupe lookups realistic. Every row is a fictional business with a North American 555-01xx phone and an email;
one row in ten repeats an earlier row of the same chunk. Passes:

- ``new``: every row is a lead not seen before (in chunks of --chunk);
- ``rediscovery``: the same rows again, half with a changed category: every row is a dedupe hit;
- ``one_by_one``: the per-lead path (``lead_upsert`` + ``contact_point_add``) on --baseline new rows, for scale.

The rows this run added are deleted at the end. ``--enrich`` also queues enrichment for new and changed leads
(off by default: the figure then measures ingestion alone). Target: ≥ 5,000 leads/s with dedupe.
"""

import argparse
import json
import os
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.seed_leads import setup_bench_django  # noqa: E402

PREFIX = "ingest-bench"
TARGET = 5000


def _rows(start: int, count: int, *, variant: str = "") -> list[dict]:
    rows = []
    for n in range(start, start + count):
        source = n - 7 if n % 10 == 9 and n - 7 >= start else n  # one in ten repeats a row of this batch
        rows.append(
            {
                "kind": "business",
                "name": f"Lakeside Florist {source}",
                "url": f"https://lakeside-florist-{source}.example.com/",
                "platform": PREFIX,
                "platform_id": str(source),
                "domain": f"lakeside-florist-{source}.example.com",
                "location": "Portland, OR",
                "category": f"Florist{variant}" if source % 2 else "Florist",
                "text": "Fresh flowers, weddings and same-day delivery.",
                "contacts": [
                    {
                        "kind": "phone",
                        "value": f"(503) 555-01{source % 100:02d}",
                        "normalized_value": f"+150355501{source % 100:02d}",
                        "layer": "tel_link",
                        "confidence": 0.9,
                    },
                    {
                        "kind": "email",
                        "value": f"orders{source}@lakeside-florist.example.com",
                        "normalized_value": f"orders{source}@lakeside-florist.example.com",
                        "layer": "visible_text",
                        "confidence": 0.8,
                    },
                ],
            }
        )
    return rows


def _timed_bulk(rows: list[dict], chunk: int) -> dict:
    from leads.ingest import lead_bulk_upsert

    started = time.perf_counter()
    report = lead_bulk_upsert(rows=rows, chunk_size=chunk)
    seconds = time.perf_counter() - started
    return {
        "rows": len(rows),
        "seconds": round(seconds, 2),
        "leads_per_s": round(len(rows) / seconds),
        "created": len(report.created),
        "updated": len(report.updated),
        "unchanged": report.unchanged,
        "errors": len(report.errors),
    }


def _timed_one_by_one(rows: list[dict]) -> dict:
    from leads.dedupe import lead_dedupe_key
    from leads.services import contact_point_add, lead_upsert

    started = time.perf_counter()
    for row in rows:
        fields = {k: v for k, v in row.items() if k != "contacts"}
        key = lead_dedupe_key(platform=fields["platform"], platform_id=fields["platform_id"])
        lead, _ = lead_upsert(dedupe_key=key, **fields)
        for contact in row["contacts"]:
            contact_point_add(lead=lead, **contact)
    seconds = time.perf_counter() - started
    return {"rows": len(rows), "seconds": round(seconds, 2), "leads_per_s": round(len(rows) / seconds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--chunk", type=int, default=1000)
    parser.add_argument("--baseline", type=int, default=2000)
    parser.add_argument("--enrich", action="store_true", help="queue enrichment of new and changed leads")
    args = parser.parse_args()
    os.environ["ENRICHMENT_AUTO"] = "true" if args.enrich else "false"
    reason = setup_bench_django()
    if reason:
        print(json.dumps({"skipped": reason}))
        return
    from leads.models import Lead

    Lead.objects.filter(platform=PREFIX).delete()
    report = {
        "leads": args.leads,
        "chunk": args.chunk,
        "enrich": args.enrich,
        "leads_in_table_before": Lead.objects.count(),
        "target_leads_per_s": TARGET,
        "load_average_1m_at_start": round(os.getloadavg()[0], 2),
    }
    try:
        rows = _rows(0, args.leads)
        report["new"] = _timed_bulk(rows, args.chunk)
        report["rediscovery"] = _timed_bulk(_rows(0, args.leads, variant=" & gifts"), args.chunk)
        report["one_by_one"] = _timed_one_by_one(_rows(args.leads, args.baseline))
    finally:
        Lead.objects.filter(platform=PREFIX).delete()
    report["load_average_1m_at_end"] = round(os.getloadavg()[0], 2)
    report["meets_target"] = min(report["new"]["leads_per_s"], report["rediscovery"]["leads_per_s"]) >= TARGET
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
