"""Seed a PostgreSQL bench database with up to millions of fictional leads and their phones, set-based and fast.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/insight .venv/bin/python bench/seed_leads.py [--leads 1000000]

Never touches the configured database: it works on ``<name>_bench`` next to it (created and migrated on first use),
so the seeded rows survive between runs and other benchmarks reuse them::

    from bench.seed_leads import setup_bench_django, seed_leads
    setup_bench_django()          # before importing models
    seed_leads(1_000_000)         # idempotent: only adds the leads that are missing

Leads spread evenly over the last 365 days: two thirds business listings (3 platforms, 40 categories), one third
conversations (3 platforms, intent, sentiment and 1-2 matched monitor keywords); statuses 60% new, 15% contacted,
8% qualified, 4% won, 5% lost, 8% discarded; half owned by one of five sales users; two thirds with a phone.
Columns the generator does not know (added by later migrations) get their model default.
"""

import argparse
import json
import os
import pathlib
import sys
import time
from urllib.parse import urlsplit, urlunsplit

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PREFIX = "seed:"
BATCH = 100_000
BULK_WITHOUT_INDEXES = 100_000
OWNERS = 5
CATEGORIES = [
    "Plumber", "Electrician", "Roofer", "Bakery", "Dentist", "Accountant", "Lawyer", "Movers", "Painter", "Florist",
    "Cafe", "Restaurant", "Gym", "Hair salon", "Barber", "Veterinarian", "Pharmacy", "Optician", "Locksmith",
    "Landscaper", "Cleaning service", "Car repair", "Car wash", "Tailor", "Photographer", "Printer", "Caterer",
    "Daycare", "Tutor", "Real estate agent", "Insurance agent", "Travel agency", "Pet groomer", "Chiropractor",
    "Physiotherapist", "Architect", "Interior designer", "IT support", "Web designer", "Hardware store",
]  # fmt: skip
KEYWORDS = [
    "looking for a crm", "need a plumber", "recommend an accountant", "roof repair", "bookkeeping software",
    "wedding photographer", "moving company", "office cleaning", "website redesign", "payroll service",
    "dentist near me", "it support", "catering quote", "tax help", "emergency electrician",
    "lawyer recommendation", "hvac repair", "daycare spots", "event venue", "social media agency",
]  # fmt: skip
WORDS = ["plumbing", "roofing", "bakery", "crm", "accounting", "movers", "painters", "dentist", "payroll", "catering"]
CITIES = ["Toronto", "Ottawa", "Hamilton", "Kingston", "London", "Windsor", "Barrie", "Guelph"]


def bench_database_url(url: str) -> str:
    """The ``<name>_bench`` database beside the configured one (the configured one if already named so)."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name.endswith("_bench"):
        name = f"{name}_bench"
    return urlunsplit(parts._replace(path=f"/{name}"))


def setup_bench_django() -> str | None:
    """Point Django at the bench database (creating and migrating it); None with a reason if it cannot."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return "needs DATABASE_URL=postgres://… (the 1M-lead benchmarks run on PostgreSQL only)"
    url = bench_database_url(url)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "insight.settings")
    os.environ.setdefault("API_THROTTLE_USER", "10000000/hour")  # the benchmark is one user asking a lot
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    admin_url = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    return None


def _owner_ids() -> list[int]:
    from accounts.models import Role, User

    ids = []
    for n in range(OWNERS):
        user, created = User.objects.get_or_create(
            email=f"bench-sales-{n}@example.com", defaults={"role": Role.SALES, "first_name": f"Bench{n}"}
        )
        if created:
            user.set_unusable_password()
            user.save()
        ids.append(user.pk)
    return ids


def _h(k: int) -> str:
    """A stable pseudo-random non-negative integer per generated row (facet ``k``)."""
    return f"abs(hashint8(g.i * 31 + {k}))"


def _pick(values: list[str], k: int) -> str:
    literal = ", ".join("'" + value.replace("'", "''") + "'" for value in values)
    return f"(ARRAY[{literal}])[{_h(k)} % {len(values)} + 1]"


def _lead_expressions(owners: list[int]) -> dict[str, str]:
    conv = f"({_h(1)} % 3 = 0)"
    ago = f"({_h(2)} % (365 * 86400)) * interval '1 second'"
    keyword_a, keyword_b = _pick(KEYWORDS, 15), _pick(KEYWORDS, 16)
    return {
        "kind": f"CASE WHEN {conv} THEN 'conversation' ELSE 'business' END",
        "discovered_at": f"now() - {ago}",
        "created_at": f"now() - {ago}",
        "updated_at": f"now() - {ago}",
        "published_at": f"CASE WHEN {conv} THEN now() - {ago} - interval '1 hour' END",
        "platform": f"CASE WHEN {conv} THEN {_pick(['reddit', 'hackernews', 'sandbox_forum'], 3)} "
        f"ELSE {_pick(['google_maps', 'yelp', 'yellow_pages'], 3)} END",
        "category": f"CASE WHEN {conv} THEN '' ELSE {_pick(CATEGORIES, 4)} END",
        "name": f"CASE WHEN {conv} THEN 'Looking for ' || {_pick(WORDS, 5)} || ' advice #' || g.i "
        f"ELSE {_pick(CATEGORIES, 4)} || ' ' || g.i END",
        "text": f"'Looking for ' || {_pick(WORDS, 5)} || ' help near ' || {_pick(WORDS, 6)} || ' street in ' || "
        f"{_pick(CITIES, 7)}",
        "location": f"{_pick(CITIES, 7)} || ', ON'",
        "status": f"CASE WHEN {_h(8)} % 100 < 60 THEN 'new' WHEN {_h(8)} % 100 < 75 THEN 'contacted' "
        f"WHEN {_h(8)} % 100 < 83 THEN 'qualified' WHEN {_h(8)} % 100 < 87 THEN 'won' "
        f"WHEN {_h(8)} % 100 < 92 THEN 'lost' ELSE 'discarded' END",
        "intent_level": f"CASE WHEN {conv} THEN {_pick(['high', 'medium', 'low', 'none'], 9)} ELSE '' END",
        "intent_probability": f"CASE WHEN {conv} THEN ({_h(9)} % 100) / 100.0 END",
        "sentiment_label": f"CASE WHEN {conv} THEN {_pick(['negative', 'neutral', 'positive'], 10)} ELSE '' END",
        "sentiment_score": f"CASE WHEN {conv} THEN ({_h(10)} % 200) / 100.0 - 1 END",
        "score": f"{_h(11)} % 101",
        "owner_id": f"CASE WHEN {_h(12)} % 2 = 0 THEN (ARRAY[{', '.join(map(str, owners))}]::bigint[])"
        f"[{_h(13)} % {len(owners)} + 1] END",
        "raw": f"CASE WHEN {conv} THEN jsonb_build_object('matched_keywords', CASE WHEN {_h(14)} % 2 = 0 "
        f"THEN jsonb_build_array({keyword_a}) ELSE jsonb_build_array({keyword_a}, {keyword_b}) END) "
        "ELSE '{}'::jsonb END",
        "url": "'https://lead-' || g.i || '.example.com/'",
        "platform_id": "'seed-' || g.i",
        "dedupe_key": f"'{PREFIX}' || g.i",
    }


def _contact_expressions() -> dict[str, str]:
    phone = "'+1416555' || lpad((l.id % 10000)::text, 4, '0')"
    return {
        "lead_id": "l.id",
        "created_at": "l.discovered_at",
        "updated_at": "l.discovered_at",
        "kind": "'phone'",
        "value": phone,
        "normalized_value": phone,
        "layer": "'tel_link'",
        "confidence": "0.9",
    }


def _insert_sql(model, expressions: dict[str, str]) -> tuple[str, str, list]:
    """Column list, SELECT list and parameters: our expressions, and the model default for any other column."""
    from django.db import connection

    columns, values, params = [], [], []
    for field in model._meta.concrete_fields:
        if field.primary_key or getattr(field, "generated", False):
            continue
        columns.append(f'"{field.column}"')
        if field.column in expressions:
            values.append(expressions[field.column].replace("%", "%%"))  # literal modulo, not a placeholder
        else:
            values.append("%s")
            params.append(field.get_db_prep_save(field.get_default(), connection))
    return ", ".join(columns), ", ".join(values), params


def _drop_plain_indexes(cursor, tables: list[str]) -> list[str]:
    """Drop the indexes of ``tables`` that back no constraint; returns their definitions to recreate them."""
    cursor.execute(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = ANY(%s) AND i.schemaname = 'public' "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
        [tables],
    )
    rows = cursor.fetchall()
    for name, _ in rows:
        cursor.execute(f'DROP INDEX "{name}"')
    return [definition for _, definition in rows]


def seed_leads(count: int, *, batch: int = BATCH) -> dict:
    """Make sure ``count`` seeded leads (``dedupe_key`` ``seed:1…count``) exist; returns what was done."""
    from django.db import connection, transaction

    from leads.models import ContactPoint, Lead

    existing = Lead.objects.filter(dedupe_key__startswith=PREFIX).count()
    started = time.perf_counter()
    owners = _owner_ids()
    lead_columns, lead_values, lead_params = _insert_sql(Lead, _lead_expressions(owners))
    phone_columns, phone_values, phone_params = _insert_sql(ContactPoint, _contact_expressions())
    bulk = count - existing >= BULK_WITHOUT_INDEXES
    with transaction.atomic(), connection.cursor() as cursor:
        # Building indexes once after a large load is several times faster than updating 24 of them per row;
        # inside the transaction, a failure puts them back.
        dropped = _drop_plain_indexes(cursor, ["leads_lead", "leads_contactpoint"]) if bulk else []
        for first in range(existing + 1, count + 1, batch):
            last = min(first + batch - 1, count)
            cursor.execute(
                f"INSERT INTO leads_lead ({lead_columns}) SELECT {lead_values} "
                "FROM generate_series(%s::bigint, %s::bigint) AS g(i)",
                [*lead_params, first, last],
            )
            # Two leads in three get a phone (by generated number, so the share is the same in every batch).
            cursor.execute(
                f"INSERT INTO leads_contactpoint ({phone_columns}) SELECT {phone_values} FROM leads_lead l "
                f"WHERE l.dedupe_key = ANY(SELECT '{PREFIX}' || i FROM generate_series(%s::bigint, %s::bigint) i "
                "WHERE i %% 3 <> 0)",
                [*phone_params, first, last],
            )
            print(f"seeded leads {first}–{last}", file=sys.stderr, flush=True)
        if dropped:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # run the deferred foreign-key checks before DDL
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for definition in dropped:
                cursor.execute(definition)
            print(f"rebuilt {len(dropped)} indexes", file=sys.stderr, flush=True)
    added = max(count - existing, 0)
    if added:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE leads_lead")
            cursor.execute("VACUUM ANALYZE leads_contactpoint")
    return {
        "leads": Lead.objects.filter(dedupe_key__startswith=PREFIX).count() if added else existing,
        "added": added,
        "seed_s": round(time.perf_counter() - started, 1),
        "leads_per_s": round(added / (time.perf_counter() - started)) if added else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leads", type=int, default=1_000_000)
    args = parser.parse_args()
    reason = setup_bench_django()
    if reason:
        print(json.dumps({"benchmark": "seed_leads", "skipped": reason}))
        return
    print(json.dumps({"benchmark": "seed_leads", **seed_leads(args.leads)}))


if __name__ == "__main__":
    main()
