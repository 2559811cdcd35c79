"""/metrics (issue 25): real figures read from the database, access by address or bearer token, the HTTP latency
histogram, and an exposition Prometheus's own parser reads."""

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from django_q.brokers import get_broker
from django_q.conf import Conf
from django_q.signing import SignedPackage
from prometheus_client.parser import text_string_to_metric_families

from enrichment.models import LookupCache, ModelKind, ProviderUsage, RetrainRun
from enrichment.tests.factories import ModelVersionFactory
from integrations.models import CrmSyncRecord, WebhookDelivery
from leads.models import ExtractionLayer, Lead, LeadKind
from leads.tests.factories import ContactPointFactory, LeadFactory
from scraping.models import TaskStatus
from scraping.tests.factories import PlatformRecipeFactory, ScrapeTaskFactory

pytestmark = pytest.mark.django_db

TOKEN = "fictional-scrape-token-4f1c9a"


def _scrape(client: Client | None = None, **headers) -> tuple[int, dict]:
    response = (client or Client()).get("/metrics", **headers)
    if response.status_code != 200:
        return response.status_code, {}
    assert response["Content-Type"].startswith("text/plain; version=")
    samples: dict = {}
    for family in text_string_to_metric_families(response.content.decode()):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return 200, samples


def _value(samples: dict, name: str, **labels) -> float | None:
    return samples.get((name, tuple(sorted((k, str(v)) for k, v in labels.items()))))


def test_it_shows_the_figures_in_the_database():
    maps = PlatformRecipeFactory(slug="sandbox-maps-metrics", runner="browser")
    rss = PlatformRecipeFactory(slug="sandbox-rss-metrics", runner="http")
    ScrapeTaskFactory(
        platforms=[maps], status=TaskStatus.COMPLETED, counters={"pages": 7, "leads_created": 5, "leads_updated": 2}
    )
    ScrapeTaskFactory(platforms=[maps], status=TaskStatus.BLOCKED, counters={"pages": 3})
    ScrapeTaskFactory(platforms=[rss], status=TaskStatus.RUNNING, counters={"pages": 1}, heartbeat_at=timezone.now())
    ScrapeTaskFactory(platforms=[maps], status=TaskStatus.RUNNING, heartbeat_at=timezone.now())
    leads = LeadFactory.create_batch(3, platform="yellow_pages_demo")
    LeadFactory(platform="reddit", kind=LeadKind.CONVERSATION, dedupe_key="post:reddit:t3_fiction")
    Lead.objects.filter(pk=leads[0].pk).update(
        updated_at=timezone.now() + timedelta(minutes=5), scored_at=timezone.now()
    )
    ContactPointFactory(lead=leads[0], layer=ExtractionLayer.OCR)
    ContactPointFactory(lead=leads[1], layer=ExtractionLayer.TEL_LINK)
    ContactPointFactory(lead=leads[2], layer=ExtractionLayer.TEL_LINK)
    ModelVersionFactory(kind=ModelKind.INTENT, version="v-metrics-7", is_active=True, metrics={"f1": 0.81})
    RetrainRun.objects.create(status="failed", trigger="admin")
    ProviderUsage.objects.create(provider="twilio", day=timezone.localdate(), count=42)
    ProviderUsage.objects.create(provider="twilio", day=timezone.localdate() - timedelta(days=1), count=8)
    LookupCache.objects.create(provider="places", key="place:fiction", expires_at=timezone.now(), hits=6)
    CrmSyncRecord.objects.create(lead=leads[1], provider="hubspot", status="failed")
    WebhookDelivery.objects.create(url="https://hooks.example.com/in", event="ping", status="delivered")

    status, samples = _scrape()

    assert status == 200
    assert _value(samples, "insight_scrape_tasks", state="completed", platform=maps.slug) == 1
    assert _value(samples, "insight_scrape_tasks", state="running", platform=rss.slug) == 1
    assert _value(samples, "insight_scrape_tasks_by_state", state="running") == 2
    assert _value(samples, "insight_scrape_pages_fetched_total", platform=maps.slug) == 10
    assert _value(samples, "insight_scrape_tasks_blocked", platform=maps.slug) == 1
    assert _value(samples, "insight_scrape_task_leads_total", platform=maps.slug, result="created") == 5
    assert _value(samples, "insight_scrape_task_leads_total", platform=maps.slug, result="updated") == 2
    assert _value(samples, "insight_browser_tasks_running") == 1  # the http-runner task holds no browser
    assert _value(samples, "insight_leads", platform="yellow_pages_demo", kind="business") == 3
    assert _value(samples, "insight_leads", platform="reddit", kind="conversation") == 1
    assert _value(samples, "insight_leads_updated", platform="yellow_pages_demo", kind="business") == 1
    assert _value(samples, "insight_leads_analyzed", platform="yellow_pages_demo", kind="business") == 1
    assert _value(samples, "insight_analyses_per_second") == pytest.approx(1 / 300)
    assert _value(samples, "insight_extraction_findings", layer="tel_link", kind="phone") == 2
    assert _value(samples, "insight_extraction_findings", layer="ocr", kind="phone") == 1
    assert _value(samples, "insight_model_active", kind="intent", version="v-metrics-7", embedder="") == 1
    assert _value(samples, "insight_model_metric", kind="intent", version="v-metrics-7", metric="f1") == 0.81
    assert _value(samples, "insight_retrain_runs", status="failed") == 1
    assert _value(samples, "insight_paid_lookups_today", provider="twilio") == 42
    assert _value(samples, "insight_paid_lookups_recorded", provider="twilio") == 50
    assert _value(samples, "insight_paid_lookups_daily_limit", provider="twilio") > 0
    assert _value(samples, "insight_lookup_cache_hits", provider="places") == 6
    assert _value(samples, "insight_crm_sync", provider="hubspot", status="failed") == 1
    assert _value(samples, "insight_webhook_deliveries", status="delivered") == 1
    assert {labels for name, labels in samples if name == "insight_metrics_collector_up"}
    assert all(v == 1 for (name, _), v in samples.items() if name == "insight_metrics_collector_up")


def _queue_a_job(waited: float) -> None:
    task = {"id": "fictional", "name": "fictional", "func": "math.floor", "args": (1.5,), "kwargs": {}}
    task["started"] = timezone.now() - timedelta(seconds=waited)
    get_broker().enqueue(SignedPackage.dumps(task))


@pytest.fixture
def embedded_broker(monkeypatch):
    """The ORM broker, whatever the environment says (as insight/tests/test_health.py)."""
    monkeypatch.setattr(Conf, "ORM", "default")
    monkeypatch.setattr(Conf, "REDIS", None)


@pytest.fixture
def empty_queue():
    get_broker().purge_queue()
    yield
    get_broker().purge_queue()


def test_queue_depth_and_oldest_job_age_in_the_configured_broker(empty_queue, settings):
    _queue_a_job(waited=90)
    _queue_a_job(waited=5)
    _, samples = _scrape()
    assert _value(samples, "insight_queue_depth") == 2
    if settings.REDIS_URL:  # Redis keeps the job's own queueing time; the ORM broker its row's lock time
        assert _value(samples, "insight_queue_oldest_job_age_seconds") >= 90
    assert _value(samples, "insight_workers_configured") == settings.Q_CLUSTER["workers"]
    assert _value(samples, "insight_worker_clusters") == 0  # no qcluster runs in this test


def test_queue_depth_with_the_embedded_orm_broker(embedded_broker, empty_queue):
    from django_q.models import OrmQ

    _queue_a_job(waited=0)
    OrmQ.objects.update(lock=timezone.now() - timedelta(seconds=120))  # queued two minutes ago
    _, samples = _scrape()
    assert _value(samples, "insight_queue_depth") == 1
    assert _value(samples, "insight_queue_oldest_job_age_seconds") >= 120


def test_a_refused_address_gets_a_bare_403(settings):
    LeadFactory()
    settings.METRICS_ALLOWED_IPS = ["10.20.0.0/16"]
    response = Client(REMOTE_ADDR="192.0.2.50").get("/metrics")
    assert response.status_code == 403
    assert response.content == b""
    assert Client(REMOTE_ADDR="127.0.0.1").get("/metrics").status_code == 403  # loopback only while listed
    status, samples = _scrape(Client(REMOTE_ADDR="10.20.3.4"))  # a listed network
    assert status == 200 and _value(samples, "insight_leads", platform="google_maps", kind="business") == 1


def test_the_bearer_token_opens_it_from_anywhere_and_a_wrong_one_is_a_403(settings):
    settings.METRICS_ALLOWED_IPS = []
    settings.METRICS_BEARER_TOKEN = TOKEN
    stranger = Client(REMOTE_ADDR="198.51.100.7")
    status, samples = _scrape(stranger, HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert status == 200 and _value(samples, "insight_queue_depth") is not None
    wrong = stranger.get("/metrics", HTTP_AUTHORIZATION="Bearer not-the-token")
    assert wrong.status_code == 403 and wrong.content == b""
    assert stranger.get("/metrics").status_code == 403


def test_a_token_is_refused_when_none_is_configured(settings):
    settings.METRICS_BEARER_TOKEN = ""
    response = Client(REMOTE_ADDR="198.51.100.8").get("/metrics", HTTP_AUTHORIZATION="Bearer ")
    assert response.status_code == 403 and response.content == b""


def test_wrong_tokens_spend_the_sign_in_budget_of_the_address(settings, monkeypatch):
    from accounts.api.throttles import AuthIPThrottle

    settings.METRICS_BEARER_TOKEN = TOKEN
    # A small budget for this test only (monkeypatch puts the class's rates back, so later tests keep 30/minute).
    monkeypatch.setattr(AuthIPThrottle, "THROTTLE_RATES", {**AuthIPThrottle.THROTTLE_RATES, "auth_ip": "3/minute"})
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    codes = [guesser.get("/metrics", HTTP_AUTHORIZATION=f"Bearer guess-{n}").status_code for n in range(5)]
    assert codes[:3] == [403, 403, 403] and codes[3:] == [429, 429]
    assert guesser.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}").status_code == 429  # no more guesses
    status, _ = _scrape(Client(REMOTE_ADDR="203.0.113.10"), HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert status == 200  # another address keeps its own budget


def test_the_latency_histogram_counts_a_request_by_route_name():
    client = Client()
    _, before = _scrape(client)
    key = dict(method="GET", route="health", status="2xx")
    seen = _value(before, "insight_http_request_duration_seconds_count", **key) or 0
    client.get("/api/health")
    client.get("/no-such-page-12345/")
    _, after = _scrape(client)
    assert _value(after, "insight_http_request_duration_seconds_count", **key) == seen + 1
    assert _value(after, "insight_http_request_duration_seconds_bucket", le="+Inf", **key) == seen + 1
    routes = {dict(labels)["route"] for name, labels in after if name == "insight_http_request_duration_seconds_count"}
    assert "unmatched" in routes and not any("no-such-page" in route for route in routes)


def test_only_get_is_allowed():
    assert Client().post("/metrics").status_code == 405


CHILD = """
import django
django.setup()
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import resolve
from insight.metrics_middleware import RequestMetricsMiddleware

request = RequestFactory().get("/api/health")
request.resolver_match = resolve("/api/health")
RequestMetricsMiddleware(lambda r: HttpResponse(status=503))(request)
"""


def test_several_server_processes_add_up_in_multiprocess_mode(tmp_path, monkeypatch):
    """Two processes (as two daphne servers on one host) each answer a request; /metrics reports both."""
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "insight.test_settings"}
    for _ in range(2):
        subprocess.run([sys.executable, "-c", CHILD], env=env, check=True, timeout=120, cwd=settings.BASE_DIR)
    assert list(tmp_path.glob("histogram_*.db"))  # prometheus_client's per-process files
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    _, samples = _scrape()
    key = dict(method="GET", route="health", status="5xx")
    assert _value(samples, "insight_http_request_duration_seconds_count", **key) == 2
    assert _value(samples, "insight_queue_depth") is not None  # the database figures are still there
