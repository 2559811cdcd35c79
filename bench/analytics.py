"""Analytics endpoints, the leads list API and full-text search at 1,000,000 leads on PostgreSQL. Prints JSON.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/insight .venv/bin/python bench/analytics.py [--leads 1000000]

Runs on ``<name>_bench`` beside the configured database, seeded once by ``bench/seed_leads.py`` (reused by later
runs). Times the summary-table rebuild and an incremental refresh, then every request in-process through the real
API stack (DRF, serializers, JSON) as a sales user: p50/p95/max over ``--repeat`` warm calls each.
Targets (issue 12): analytics p95 ≤ 300 ms; list/filter/sort p95 ≤ 100 ms.
"""

import argparse
import datetime
import json
import os
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.seed_leads import seed_leads, setup_bench_django  # noqa: E402


def timed(client, url: str, repeat: int) -> dict:
    samples, rows = [], None
    client.get(url)  # warm-up: the first call of each URL pays for imports and cold caches
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.content[:300])
        body = response.json()
        rows = len(body.get("results", body.get("points", body.get("items", body.get("keywords", [])))))
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return {
        "p50_ms": round(statistics.median(samples), 1),
        "p95_ms": round(p95, 1),
        "max_ms": round(samples[-1], 1),
        "rows": rows,
    }


def bench_user():
    from django.conf import settings
    from django.utils import timezone

    from accounts.models import User

    user = User.objects.get(email="bench-sales-0@example.com")
    user.email_verified_at = user.email_verified_at or timezone.now()
    user.consent_version, user.consent_accepted_at = settings.CONSENT_VERSION, timezone.now()
    user.save()
    return user


def refresh_figures() -> dict:
    from django.db import connection

    from analytics.models import DailyKeywordStat, DailyLeadStat
    from analytics.services import lead_stats_refresh

    full = lead_stats_refresh(full=True)
    unchanged = lead_stats_refresh()
    with connection.cursor() as cursor:  # a team triages 1,000 leads found in the last two weeks
        cursor.execute(
            "UPDATE leads_lead SET status = 'contacted', updated_at = now() WHERE id IN (SELECT id FROM leads_lead "
            "WHERE discovered_at > now() - interval '14 days' AND status = 'new' ORDER BY id LIMIT 1000)"
        )
    changed = lead_stats_refresh()
    return {
        "full_rebuild_s": round(full.duration_ms / 1000, 1),
        "refresh_nothing_changed_ms": unchanged.duration_ms,
        "refresh_after_1000_changes_in_last_14_days_ms": changed.duration_ms,
        "days_recounted_after_changes": changed.days,
        "summary_rows": DailyLeadStat.objects.count(),
        "keyword_rows": DailyKeywordStat.objects.count(),
    }


def direct_baseline(repeat: int) -> dict:
    """The summary cards straight from the leads table, to show what the summary tables save."""
    from django.db.models import Avg, Count, Exists, OuterRef, Q
    from django.utils import timezone

    from leads.models import ContactPoint, Lead

    results = {}
    for days in (30, 365):
        since = timezone.now() - datetime.timedelta(days=days)
        phones = ContactPoint.objects.filter(lead=OuterRef("pk"), kind="phone")
        samples = []
        for _ in range(max(1, repeat // 5)):
            start = time.perf_counter()
            Lead.objects.filter(discovered_at__gte=since).aggregate(
                leads=Count("pk"),
                with_phone=Count("pk", filter=Q(Exists(phones))),
                high=Count("pk", filter=Q(intent_level="high")),
                won=Count("pk", filter=Q(status__in=["qualified", "won"])),
                score=Avg("score"),
            )
            samples.append((time.perf_counter() - start) * 1000)
        results[f"summary_cards_{days}d_from_leads_table_p50_ms"] = round(statistics.median(samples), 1)
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    reason = setup_bench_django()
    if reason:
        print(json.dumps({"benchmark": "analytics", "skipped": reason}))
        return
    from django.db import connection
    from django.utils import timezone
    from rest_framework.test import APIClient

    seeded = seed_leads(args.leads)
    refresh = refresh_figures()
    client = APIClient()
    client.force_authenticate(bench_user())
    today = timezone.localdate()
    ranges = {
        "30d_daily": "period=day",
        "12w_weekly": "period=week",
        "12m_monthly": "period=month",
        "365d_daily": f"period=day&date_from={today - datetime.timedelta(days=364)}",
    }
    analytics = {}
    for name, query in ranges.items():
        for endpoint in ("summary", "timeseries", "keywords", *(f"breakdown?by={by}" for by in BREAKDOWNS)):
            joiner = "&" if "?" in endpoint else "?"
            key = f"{name}:{endpoint.replace('breakdown?by=', 'breakdown_')}"
            analytics[key] = timed(client, f"/api/v1/analytics/{endpoint}{joiner}{query}", args.repeat)
    month_ago = today - datetime.timedelta(days=30)
    deep = client.get("/api/v1/leads?ordering=-score&page_size=50")
    for _ in range(20):
        deep = client.get(deep.json()["next"])
    lists = {
        "first_page": "/api/v1/leads",
        "status_score_phone_by_score": "/api/v1/leads?status=new,contacted&score_min=40&has_phone=true&ordering=-score",
        "platform_newest": "/api/v1/leads?platform=yelp",
        "conversations_by_score": "/api/v1/leads?kind=conversation&ordering=-score",
        "mine_newest": "/api/v1/leads?owner=me",
        "unassigned_won": "/api/v1/leads?owner=none&status=won",
        "last_30_days_by_score": f"/api/v1/leads?discovered_from={month_ago}&ordering=-score",
        "by_name": "/api/v1/leads?ordering=name",
        "by_published": "/api/v1/leads?ordering=-published_at",
        "no_phone_by_score": "/api/v1/leads?has_phone=false&ordering=-score",
        "page_21_by_score": deep.json()["next"],
    }
    searches = {
        "common_word": "/api/v1/leads?q=plumbing",
        "two_words": "/api/v1/leads?q=bakery%20street",
        "phrase_and_filter": "/api/v1/leads?q=%22help%20near%20crm%22&status=new",
        "rare_word": "/api/v1/leads?q=Electrician%20Kingston&ordering=-score",
    }
    results = {
        "benchmark": "analytics",
        "vendor": connection.vendor,
        "database": connection.settings_dict["NAME"],
        "load_average_at_start": [round(n, 1) for n in os.getloadavg()],
        "cpus": os.cpu_count(),
        "seed": seeded,
        "refresh": refresh,
        "analytics": analytics,
        "analytics_p95_max_ms": max(figure["p95_ms"] for figure in analytics.values()),
        "leads_list": {name: timed(client, url, args.repeat) for name, url in lists.items()},
        "search": {name: timed(client, url, args.repeat) for name, url in searches.items()},
        "direct_baseline": direct_baseline(args.repeat),
    }
    results["leads_list_p95_max_ms"] = max(figure["p95_ms"] for figure in results["leads_list"].values())
    results["search_p95_max_ms"] = max(figure["p95_ms"] for figure in results["search"].values())
    print(json.dumps(results))


BREAKDOWNS = ("platform", "category", "intent", "sentiment", "status")

if __name__ == "__main__":
    main()
