"""Benchmark of the dashboard's lead pages on a large table, through the real views (rendering included).

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/insight_bench .venv/bin/python bench/dashboard.py [--leads 1000000]
Creates and drops a scratch test database; on PostgreSQL the leads are generated in SQL (generate_series), so a
million rows load in about a minute. Prints one JSON object.
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
from django.test import Client  # noqa: E402
from django.test.utils import setup_databases, setup_test_environment, teardown_databases  # noqa: E402

# SQL for the columns the generated leads vary; every other NOT NULL column gets its model default.
GENERATED = {
    "kind": "CASE WHEN i % 4 = 0 THEN 'conversation' ELSE 'business' END",
    "name": "(ARRAY['Plumbing','Roofing','Bakery','CRM','Accounting','Movers','Painters','Dentist'])[i % 8 + 1]"
    " || ' ' || i",
    "text": "'Looking for ' || (ARRAY['plumbing','roofing','bakery','crm'])[i % 4 + 1] || ' help near street '"
    " || i % 997",
    "platform": "(ARRAY['google_maps','yelp','reddit','hackernews'])[i % 4 + 1]",
    "status": "(ARRAY['new','contacted','qualified','discarded'])[i % 4 + 1]",
    "score": "i % 101",
    "owner_id": "CASE WHEN i % 2 = 1 THEN %(owner)s END",
    "dedupe_key": "'bench:' || i",
    "discovered_at": "now() - (i || ' seconds')::interval",
    "published_at": "CASE WHEN i % 3 = 0 THEN now() - (i || ' minutes')::interval END",
    "created_at": "now()",
    "updated_at": "now()",
}


def seed_postgresql(count: int, owner_id: int) -> None:
    from leads.models import Lead

    columns, values, params = [], [], {"owner": owner_id, "count": count}
    for field in Lead._meta.concrete_fields:
        if field.primary_key:
            continue
        if field.column in GENERATED:
            expression = GENERATED[field.column].replace(" % ", " %% ")  # a literal % next to %(name)s parameters
        elif field.null:
            continue
        else:
            params[field.column] = field.get_db_prep_save(field.get_default(), connection)
            expression = f"%({field.column})s"
        columns.append(field.column)
        values.append(expression)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO leads_lead ({', '.join(columns)}) "
            f"SELECT {', '.join(values)} FROM generate_series(1, %(count)s) AS i",
            params,
        )
        # Two thirds of the leads have a phone.
        cursor.execute(
            "INSERT INTO leads_contactpoint (created_at, updated_at, lead_id, kind, value, normalized_value, layer,"
            " confidence, page_url, details, verification) SELECT now(), now(), id, 'phone', '+1 416 555 0142',"
            " '+1416555' || lpad((id % 10000)::text, 4, '0'), 'tel_link', 0.95, '', '{}', '{}'"
            " FROM leads_lead WHERE id % 3 <> 0"
        )
        cursor.execute("ANALYZE leads_lead; ANALYZE leads_contactpoint")


def timed(client: Client, url: str, repeat: int) -> dict:
    samples, response = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    page = response.context["page"]
    return {
        "p50_ms": round(statistics.median(samples), 1),
        "max_ms": round(max(samples), 1),
        "rows": len(page.items),
        "next": page.next_url,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        from accounts.tests.factories import UserFactory

        if connection.vendor != "postgresql":
            raise SystemExit("bench/dashboard.py needs PostgreSQL (DATABASE_URL=postgres://...).")
        manager = UserFactory(role="manager")
        start = time.perf_counter()
        seed_postgresql(args.leads, UserFactory(role="sales").pk)
        seeded = time.perf_counter() - start
        client = Client()
        client.force_login(manager)
        deep_url = "/leads/?ordering=-score"
        for _ in range(20):
            deep_url = client.get(deep_url).context["page"].next_url
        results = {
            "load_average_1m": round(os.getloadavg()[0], 1),
            "leads": args.leads,
            "seed_s": round(seeded, 1),
            "first_page": timed(client, "/leads/", args.repeat),
            "by_score": timed(client, "/leads/?ordering=-score", args.repeat),
            "filtered": timed(client, "/leads/?status=new&status=contacted&score_min=40&has_phone=true", args.repeat),
            "unassigned_reddit": timed(
                client, "/leads/?owner=none&platform=reddit&ordering=-discovered_at", args.repeat
            ),
            "search": timed(client, "/leads/?q=bakery", args.repeat),
            "rare_search": timed(client, "/leads/?q=%22Bakery%20777%22", args.repeat),
            "page_21_by_score": timed(client, deep_url, args.repeat),
        }
        for value in results.values():
            if isinstance(value, dict):
                value.pop("next", None)
        print(json.dumps(results))
    finally:
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
