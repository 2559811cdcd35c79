"""Benchmark of the leads API on a large table: list pages (filters, search, deep cursor) and CSV export.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/insight_bench .venv/bin/python bench/leads_api.py [--leads 20000]
Creates and drops a scratch test database (``test_<name>``) next to the configured one; prints one JSON object.
"""

import argparse
import json
import os
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "insight.test_settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_databases, setup_test_environment, teardown_databases  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402


def seed(count: int) -> None:
    from accounts.tests.factories import UserFactory
    from leads.models import ContactPoint, Lead

    owners = [UserFactory(role="sales") for _ in range(5)]
    words = ["plumbing", "roofing", "bakery", "crm", "accounting", "movers", "painters", "dentist"]
    leads = [
        Lead(
            kind="business" if i % 4 else "conversation",
            name=f"{words[i % 8].title()} {i}",
            text=f"Looking for {words[(i * 3) % 8]} help near {words[(i * 5) % 8]} street",
            platform=("google_maps", "yelp", "reddit")[i % 3],
            status=("new", "contacted", "qualified", "discarded")[i % 4],
            score=i % 101,
            owner=owners[i % 5] if i % 2 else None,
            dedupe_key=f"bench:{i}",
        )
        for i in range(count)
    ]
    Lead.objects.bulk_create(leads, batch_size=2000)
    ids = list(Lead.objects.values_list("pk", flat=True))
    ContactPoint.objects.bulk_create(
        [
            ContactPoint(lead_id=pk, kind="phone", value="+1 416 555 0142", normalized_value=f"+1416555{n % 10000:04d}")
            for n, pk in enumerate(ids)
            if n % 3
        ],
        batch_size=2000,
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE leads_lead; ANALYZE leads_contactpoint")


def timed(client: APIClient, url: str, repeat: int) -> dict:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            body = b"".join(response.streaming_content)
            rows = body.count(b"\n") - 1
        else:
            rows = len(response.json()["results"])
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.content[:300]
    return {"p50_ms": round(statistics.median(samples), 1), "max_ms": round(max(samples), 1), "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        from accounts.tests.factories import UserFactory

        start = time.perf_counter()
        seed(args.leads)
        seeded = time.perf_counter() - start
        client = APIClient()
        client.force_authenticate(UserFactory(role="manager"))
        deep = client.get("/api/v1/leads?ordering=-score&page_size=50")
        for _ in range(20):
            deep = client.get(deep.json()["next"])
        results = {
            "vendor": connection.vendor,
            "leads": args.leads,
            "seed_s": round(seeded, 1),
            "first_page": timed(client, "/api/v1/leads", args.repeat),
            "filtered": timed(
                client, "/api/v1/leads?status=new,contacted&score_min=40&has_phone=true&ordering=-score", args.repeat
            ),
            "search": timed(client, "/api/v1/leads?q=bakery%20street", args.repeat),
            "page_21_by_score": timed(client, deep.json()["next"], args.repeat),
            "export_all": timed(client, "/api/v1/leads/export", max(1, args.repeat // 3)),
        }
        print(json.dumps(results))
    finally:
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
