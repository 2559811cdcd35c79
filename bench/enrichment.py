"""Enrichment throughput with the fake Twilio and Places servers, first run (paying) vs forced re-run (cached).

    .venv/bin/python bench/enrichment.py [--leads 200]

Uses a scratch SQLite database in a temporary data directory (migrated on start). Each lead has a North American
number (offline type uncertain, so Twilio is asked; 20 distinct numbers) and a business name the fake Places knows.
Reports leads/s for the first run and for a forced re-run, paid requests seen by the fakes in each, and the load
average.
"""

import argparse
import json
import os
import pathlib
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup(data_dir: str) -> None:
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "insight.settings",
            "INSIGHT_DATA_DIR": data_dir,
            "DATABASE_URL": f"sqlite:///{data_dir}/bench.sqlite3",
            "ENRICHMENT_AUTO": "false",
            "ENRICHMENT_HTTP_RETRIES": "0",
            "REDIS_URL": "",
        }
    )
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def run_all(lead_ids: list[int], *, force: bool) -> float:
    """Run each lead's enrichment in this process (queued directly, so no task waits in the broker)."""
    from enrichment.models import EnrichmentStatus, LeadEnrichment
    from enrichment.services import lead_enrichment_run

    started = time.perf_counter()
    for lead_id in lead_ids:
        LeadEnrichment.objects.update_or_create(
            lead_id=lead_id, defaults={"status": EnrichmentStatus.QUEUED, "force": force}
        )
        lead_enrichment_run(lead_id=lead_id)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=200)
    args = parser.parse_args()
    load_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="insight-bench-enrich-") as data_dir:
        setup(data_dir)
        from django.conf import settings
        from django.db import transaction

        from enrichment.fakes import FakeEnrichment
        from enrichment.models import EnrichmentStatus, LeadEnrichment
        from leads.models import ContactKind, ExtractionLayer, LeadKind
        from leads.services import contact_point_add, lead_upsert

        with FakeEnrichment() as fake:
            for name, value in fake.settings().items():
                setattr(settings, name, value)
            settings.TWILIO_LOOKUP_DAILY_LIMIT = settings.GOOGLE_PLACES_DAILY_LIMIT = args.leads * 10
            names = ["Maple Leaf Coffee Roasters", "Harbour Plumbing & Heating", "Quantum Llama Consulting"]
            ids = []
            with transaction.atomic():
                for n in range(args.leads):
                    lead, _ = lead_upsert(
                        kind=LeadKind.BUSINESS,
                        name=names[n % len(names)],
                        text="Family business in Toronto. Open six days a week, call for a quote.",
                        platform="bench",
                        platform_id=f"bench-{n}",
                        location="Toronto, ON",
                    )
                    e164 = f"+1416555{100 + n % 20:04d}"  # 20 distinct fictional 555-01xx: the cache answers the rest
                    contact_point_add(
                        lead=lead,
                        kind=ContactKind.PHONE,
                        value=e164,
                        normalized_value=e164,
                        layer=ExtractionLayer.TEL_LINK,
                        confidence=0.95,
                    )
                    ids.append(lead.pk)
            first = run_all(ids, force=False)
            paid_first = {s: fake.state.count(s) for s in ("twilio", "places")}
            again = run_all(ids, force=True)
            paid_total = {s: fake.state.count(s) for s in ("twilio", "places")}
            done = LeadEnrichment.objects.filter(status=EnrichmentStatus.DONE).count()
    print(
        json.dumps(
            {
                "leads": args.leads,
                "done": done,
                "first_run": {"leads_per_s": round(args.leads / first, 1), "paid_requests": paid_first},
                "forced_rerun": {
                    "leads_per_s": round(args.leads / again, 1),
                    "paid_requests": {s: paid_total[s] - paid_first[s] for s in paid_total},
                },
                "load_average": {"start": load_start[0], "end": os.getloadavg()[0]},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
