"""Benchmark of the alert service level: a high-intent post reaches its owner's notifications within 60 s of the
poll that found it.

Runs real monitor polls (fake Reddit/HN/Bluesky servers, the real keyword matcher, NLP scoring, company matching,
triggers and notifications) on a scratch test database (``test_<name>`` next to DATABASE_URL's, dropped after).
The first poll loads the models (reported as ``cold``); every later round adds fresh posts and polls again.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/insight_bench .venv/bin/python bench/alerts.py [--rounds 5]
[--posts 4] (prints one JSON object)
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

from django.conf import settings  # noqa: E402
from django.test.utils import setup_databases, setup_test_environment, teardown_databases  # noqa: E402

SLA_S = 60.0
CRM = '"looking for a CRM" OR (recommend* AND crm) NOT hiring'
SOURCES = ("reddit", "hackernews", "bluesky")
TEXTS = (
    "We are looking for a CRM for our {n}-truck plumbing company, any advice? write to ops@maple-leaf.example.com",
    "Can anyone recommend a CRM for a dental office with {n} chairs?",
    "Looking for a CRM that handles quotes and follow-ups for {n} salespeople",
    "Recommend a simple CRM for a bakery with {n} wholesale clients?",
)


def _stats(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    ordered = sorted(values)
    return {
        "n": len(values),
        "p50": round(statistics.median(ordered), 3),
        "p95": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 3),
        "max": round(ordered[-1], 3),
    }


def _poll(monitor_id: int) -> tuple[float, float, list]:
    from companies.models import Notification, NotificationKind
    from scraping.monitoring import monitor_poll

    started_wall = time.time()
    started = time.perf_counter()
    report = monitor_poll(monitor_id=monitor_id, force=True)
    seconds = time.perf_counter() - started
    alerts = list(
        Notification.objects.filter(kind=NotificationKind.ALERT, lead_id__in=report.lead_ids).select_related("lead")
    )
    return started_wall, seconds, alerts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--posts", type=int, default=4, help="new matching posts per source per round")
    args = parser.parse_args()

    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    from scraping.fakes import start_fake_sources

    fakes = start_fake_sources()
    try:
        from accounts.tests.factories import UserFactory
        from companies.services import lead_company_match
        from companies.tests.factories import listing
        from leads.tests.factories import KeywordSetFactory
        from scraping.tests.factories import MonitorFactory

        for name, value in fakes.settings().items():
            setattr(settings, name, value)
        settings.ALERT_SCORE = 1  # every new post alerts: the bench measures the full path for each
        owner = UserFactory(role="sales")
        lead_company_match(lead_id=listing(name="Maple Leaf Plumbing", website="maple-leaf.example.com").pk)
        monitor = MonitorFactory(
            owner=owner,
            keyword_set=KeywordSetFactory(expression=CRM),
            sources=[{"source": s} for s in SOURCES],
            min_score=0,
        )
        cold_start, cold_seconds, cold_alerts = _poll(monitor.pk)
        poll_to_alert, found_to_alert, poll_seconds = [], [], []
        for round_no in range(args.rounds):
            for source in SOURCES:
                for i in range(args.posts):
                    text = TEXTS[i % len(TEXTS)].format(n=round_no * 10 + i + 2)
                    fakes.state.add(source, text, title=text[:60], age=-1)
            started, seconds, alerts = _poll(monitor.pk)
            poll_seconds.append(seconds)
            for alert in alerts:
                poll_to_alert.append(alert.created_at.timestamp() - started)
                found_to_alert.append((alert.created_at - alert.lead.discovered_at).total_seconds())
        worst = max(poll_to_alert, default=0.0)
        print(
            json.dumps(
                {
                    "sla_s": SLA_S,
                    "rounds": args.rounds,
                    "posts_per_round": args.posts * len(SOURCES),
                    "cold_poll": {"seconds": round(cold_seconds, 2), "alerts": len(cold_alerts)},
                    "poll_s": _stats(poll_seconds),
                    "poll_start_to_notification_s": _stats(poll_to_alert),
                    "found_to_notification_s": _stats(found_to_alert),
                    "within_sla": bool(poll_to_alert) and worst <= SLA_S,
                    "load_average": [round(x, 2) for x in os.getloadavg()],
                }
            )
        )
    finally:
        fakes.stop()
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
