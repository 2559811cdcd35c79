"""Prometheus metrics at ``/metrics`` (issue 25; docs/operations.md).

Most figures are state the shared database (and the Redis broker) already holds, so ``InsightCollector`` reads them
with a few aggregate queries when Prometheus scrapes: every web process on every host answers the same totals, and
nothing has to be summed across worker processes. Only the HTTP latency histogram is counted in the process that
served the request (``insight.metrics_middleware``); with several server processes set ``PROMETHEUS_MULTIPROC_DIR``
and prometheus_client's multiprocess mode adds their files up.

Access: addresses in ``METRICS_ALLOWED_IPS`` (addresses or networks; the connection's own REMOTE_ADDR, never a
forwarded header), or ``Authorization: Bearer <METRICS_BEARER_TOKEN>``. Anyone else gets a bare 403; a wrong token
spends the per-address sign-in budget (``auth_ip``), and past it every token from that address gets a bare 429.
"""

import hmac
import ipaddress
import logging
import os
import time
from collections.abc import Iterable, Iterator
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, F, IntegerField, Min, Q, Sum
from django.db.models.fields.json import KT
from django.db.models.functions import Cast
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import CollectorRegistry, Counter
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import choose_encoder
from prometheus_client.registry import Collector

from insight.metrics_middleware import HTTP_LATENCY

logger = logging.getLogger(__name__)

DENIED = Counter(
    "insight_metrics_denied",
    "Requests to /metrics refused, by reason (address, token, throttled).",
    ["reason"],
    registry=None,
)


def _gauge(name: str, documentation: str, labels: list[str], rows: Iterable[tuple]) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, documentation, labels=labels)
    for *values, number in rows:
        family.add_metric([str(v) if v is not None else "" for v in values], float(number or 0))
    return family


def _counter(name: str, documentation: str, labels: list[str], rows: Iterable[tuple]) -> CounterMetricFamily:
    family = CounterMetricFamily(name, documentation, labels=labels)
    for *values, number in rows:
        family.add_metric([str(v) if v is not None else "" for v in values], float(number or 0))
    return family


def _json_int(key: str) -> Cast:
    return Cast(KT(f"counters__{key}"), IntegerField())


class InsightCollector(Collector):
    """The product's own figures, read from the database when scraped (aggregate queries on indexed columns)."""

    def collect(self) -> Iterator[Metric]:
        started = time.monotonic()
        failed = []
        for part in (
            self._tasks,
            self._leads,
            self._findings,
            self._queue,
            self._workers,
            self._browsers,
            self._models,
            self._lookups,
            self._integrations,
        ):
            try:
                yield from part()
            except Exception:  # one part down (e.g. Redis) must not hide the others
                logger.exception("metrics: %s failed", part.__name__)
                failed.append(part.__name__.strip("_"))
        errors = GaugeMetricFamily(
            "insight_metrics_collector_up",
            "1 when this part of the metrics could be read at this scrape.",
            labels=["part"],
        )
        for name in ("tasks", "leads", "findings", "queue", "workers", "browsers", "models", "lookups", "integrations"):
            errors.add_metric([name], 0.0 if name in failed else 1.0)
        yield errors
        yield GaugeMetricFamily(
            "insight_metrics_scrape_duration_seconds",
            "Time the database reads of this scrape took.",
            value=time.monotonic() - started,
        )

    # Scrape tasks (scraping.ScrapeTask): state, and pages/leads from each task's counters.
    def _tasks(self) -> Iterator[Metric]:
        from scraping.models import ScrapeTask

        by_platform = (
            ScrapeTask.objects.values("status", "platforms__slug").annotate(n=Count("id")).order_by()
        )  # a task on two platforms counts under each
        yield _gauge(
            "insight_scrape_tasks",
            "Scrape tasks by state and platform (a task on several platforms counts under each).",
            ["state", "platform"],
            ((r["status"], r["platforms__slug"] or "none", r["n"]) for r in by_platform),
        )
        by_state = ScrapeTask.objects.values("status").annotate(n=Count("id")).order_by()
        yield _gauge(
            "insight_scrape_tasks_by_state",
            "Scrape tasks by state.",
            ["state"],
            ((r["status"], r["n"]) for r in by_state),
        )
        pages = (
            ScrapeTask.objects.values("platforms__slug")
            .annotate(
                pages=Sum(_json_int("pages")),
                created=Sum(_json_int("leads_created")),
                updated=Sum(_json_int("leads_updated")),
                blocked=Count("id", filter=Q(status="blocked")),
            )
            .order_by()
        )
        rows = list(pages)
        yield _counter(
            "insight_scrape_pages_fetched",
            "Pages fetched by scrape tasks, from the tasks' counters (a task on several platforms counts under each).",
            ["platform"],
            ((r["platforms__slug"] or "none", r["pages"]) for r in rows),
        )
        yield _gauge(
            "insight_scrape_tasks_blocked",
            "Scrape tasks that ended blocked by the site, per platform.",
            ["platform"],
            ((r["platforms__slug"] or "none", r["blocked"]) for r in rows),
        )
        yield _counter(
            "insight_scrape_task_leads",
            "Leads scrape tasks created or updated, from the tasks' counters, per platform.",
            ["platform", "result"],
            [
                *((r["platforms__slug"] or "none", "created", r["created"]) for r in rows),
                *((r["platforms__slug"] or "none", "updated", r["updated"]) for r in rows),
            ],
        )
        stale = timezone.now() - timedelta(seconds=settings.SCRAPE_HEARTBEAT_STALE_SECONDS)
        yield GaugeMetricFamily(
            "insight_scrape_tasks_stale_heartbeat",
            "Running tasks whose worker has not reported within SCRAPE_HEARTBEAT_STALE_SECONDS.",
            value=ScrapeTask.objects.filter(status="running", heartbeat_at__lt=stale).count(),
        )

    # Leads (leads.Lead) per source platform and kind; "updated" = changed after it was created.
    def _leads(self) -> Iterator[Metric]:
        from leads.models import Lead

        rows = list(
            Lead.objects.values("platform", "kind")
            .annotate(
                n=Count("id"),
                updated=Count("id", filter=Q(updated_at__gt=F("created_at") + timedelta(seconds=1))),
                scored=Count("id", filter=Q(scored_at__isnull=False)),
            )
            .order_by()
        )
        yield _gauge(
            "insight_leads",
            "Leads by source platform and kind.",
            ["platform", "kind"],
            ((r["platform"], r["kind"], r["n"]) for r in rows),
        )
        yield _gauge(
            "insight_leads_updated",
            "Leads changed after they were first saved (re-found, enriched, rescored or edited).",
            ["platform", "kind"],
            ((r["platform"], r["kind"], r["updated"]) for r in rows),
        )
        yield _gauge(
            "insight_leads_analyzed",
            "Leads with a sentiment/intent analysis and score.",
            ["platform", "kind"],
            ((r["platform"], r["kind"], r["scored"]) for r in rows),
        )
        window = 300
        recent = Lead.objects.filter(scored_at__gte=timezone.now() - timedelta(seconds=window)).count()
        yield GaugeMetricFamily(
            "insight_analyses_per_second",
            f"Leads analysed and scored per second over the last {window} seconds.",
            value=recent / window,
        )
        created = Lead.objects.filter(created_at__gte=timezone.now() - timedelta(seconds=window)).count()
        yield GaugeMetricFamily(
            "insight_leads_created_per_second",
            f"Leads created per second over the last {window} seconds.",
            value=created / window,
        )

    # Contact points (phones, emails…) per extraction layer.
    def _findings(self) -> Iterator[Metric]:
        from leads.models import ContactPoint

        rows = ContactPoint.objects.values("layer", "kind").annotate(n=Count("id")).order_by()
        yield _gauge(
            "insight_extraction_findings",
            "Contact points found, by extraction layer and kind.",
            ["layer", "kind"],
            ((r["layer"], r["kind"], r["n"]) for r in rows),
        )

    # Django-Q: queue depth and the age of the oldest job waiting (ORM or Redis broker).
    def _queue(self) -> Iterator[Metric]:
        from django_q.brokers import get_broker
        from django_q.brokers.orm import ORM
        from django_q.brokers.redis_broker import Redis
        from django_q.conf import Conf
        from django_q.models import OrmQ
        from django_q.signing import SignedPackage

        broker = get_broker()
        depth = broker.queue_size() or 0
        oldest_age = 0.0
        now = timezone.now()
        if isinstance(broker, ORM):
            # A waiting row's lock is when it was queued (a taken row's lock is in the future until its lease ends).
            oldest = OrmQ.objects.filter(key=broker.list_key, lock__lte=now).aggregate(t=Min("lock"))["t"]
            if oldest:
                oldest_age = (now - oldest).total_seconds()
        elif depth and isinstance(broker, Redis):
            head = broker.connection.lindex(broker.list_key, 0)  # rpush / blpop: the head is the oldest
            if head:
                started = SignedPackage.loads(head).get("started")
                if started:
                    oldest_age = max(0.0, (now - started).total_seconds())
        yield GaugeMetricFamily("insight_queue_depth", "Jobs waiting in the Django-Q queue.", value=depth)
        yield GaugeMetricFamily(
            "insight_queue_oldest_job_age_seconds",
            "Seconds the oldest waiting job has waited (0: none).",
            value=oldest_age,
        )
        yield GaugeMetricFamily(
            "insight_queue_limit", "Jobs a cluster prefetches (Q_CLUSTER queue_limit).", value=Conf.QUEUE_LIMIT or 0
        )

    # Django-Q clusters alive and their worker processes, from the clusters' own published stats.
    def _workers(self) -> Iterator[Metric]:
        from django_q.status import Stat

        clusters = Stat.get_all() or []
        yield GaugeMetricFamily("insight_worker_clusters", "Django-Q clusters reporting in.", value=len(clusters))
        workers = GaugeMetricFamily(
            "insight_workers", "Task worker processes of running clusters, by host.", labels=["host"]
        )
        per_host: dict[str, int] = {}
        for stat in clusters:
            per_host[stat.host] = per_host.get(stat.host, 0) + len(stat.workers or [])
        for host, count in sorted(per_host.items()):
            workers.add_metric([host], count)
        yield workers
        yield GaugeMetricFamily(
            "insight_workers_configured",
            "Task workers each cluster starts (Q_WORKERS).",
            value=settings.Q_CLUSTER["workers"],
        )

    # The browser pool lives inside each worker process and publishes no shared state: its configured size, and the
    # tasks holding a browser now (running browser-runner tasks) as the figure of its use.
    def _browsers(self) -> Iterator[Metric]:
        from scraping.models import ScrapeTask

        yield GaugeMetricFamily(
            "insight_browser_pool_max",
            "Browsers each worker process's pool may hold (BROWSER_POOL_MAX).",
            value=settings.BROWSER_POOL_MAX,
        )
        in_use = (
            ScrapeTask.objects.filter(status="running", platforms__runner="browser").values("id").distinct().count()
        )
        yield GaugeMetricFamily(
            "insight_browser_tasks_running", "Running scrape tasks on a browser-runner platform.", value=in_use
        )

    # Active model versions and retrain runs (enrichment).
    def _models(self) -> Iterator[Metric]:
        from enrichment.models import ModelVersion, RetrainRun

        info = GaugeMetricFamily(
            "insight_model_active",
            "1 for the active model version of each kind.",
            labels=["kind", "version", "embedder"],
        )
        scores = GaugeMetricFamily(
            "insight_model_metric",
            "Held-out metrics of the active model version.",
            labels=["kind", "version", "metric"],
        )
        for model in ModelVersion.objects.filter(is_active=True).only("kind", "version", "embedder", "metrics"):
            info.add_metric([model.kind, model.version, model.embedder], 1)
            for key, value in (model.metrics or {}).items():
                if isinstance(value, int | float) and not isinstance(value, bool):
                    scores.add_metric([model.kind, model.version, str(key)[:64]], float(value))
        yield info
        yield scores
        rows = RetrainRun.objects.values("status").annotate(n=Count("id")).order_by()
        yield _gauge(
            "insight_retrain_runs", "Model retrain runs by status.", ["status"], ((r["status"], r["n"]) for r in rows)
        )

    # Paid lookups (enrichment.ProviderUsage, one row per provider and day) and lookup-cache reuse.
    def _lookups(self) -> Iterator[Metric]:
        from enrichment.models import LookupCache, ProviderUsage

        today = timezone.localdate()
        rows = (
            ProviderUsage.objects.values("provider")
            .annotate(total=Sum("count"), today=Sum("count", filter=Q(day=today)))
            .order_by()
        )
        rows = list(rows)
        yield _gauge(
            "insight_paid_lookups_recorded",
            "Paid lookups per provider over the days ProviderUsage keeps (old days are pruned: not a counter).",
            ["provider"],
            ((r["provider"], r["total"]) for r in rows),
        )
        yield _gauge(
            "insight_paid_lookups_today",
            "Paid lookups per provider today.",
            ["provider"],
            ((r["provider"], r["today"]) for r in rows),
        )
        limits = GaugeMetricFamily("insight_paid_lookups_daily_limit", "Daily cap per provider.", labels=["provider"])
        limits.add_metric(["twilio"], settings.TWILIO_LOOKUP_DAILY_LIMIT)
        limits.add_metric(["places"], settings.GOOGLE_PLACES_DAILY_LIMIT)
        yield limits
        cache = LookupCache.objects.values("provider").annotate(entries=Count("id"), hits=Sum("hits")).order_by()
        cache = list(cache)
        yield _gauge(
            "insight_lookup_cache_hits",
            "Lookups answered from the cache, per provider, over the entries still cached (expired ones drop out).",
            ["provider"],
            ((r["provider"], r["hits"]) for r in cache),
        )
        yield _gauge(
            "insight_lookup_cache_entries",
            "Cached lookup answers per provider.",
            ["provider"],
            ((r["provider"], r["entries"]) for r in cache),
        )

    # CRM sync and webhook deliveries (integrations).
    def _integrations(self) -> Iterator[Metric]:
        from integrations.models import CrmSyncRecord, ExportJob, WebhookDelivery

        crm = CrmSyncRecord.objects.values("provider", "status").annotate(n=Count("id")).order_by()
        yield _gauge(
            "insight_crm_sync",
            "Leads' CRM sync records by provider and status.",
            ["provider", "status"],
            ((r["provider"], r["status"], r["n"]) for r in crm),
        )
        hooks = WebhookDelivery.objects.values("status").annotate(n=Count("id")).order_by()
        yield _gauge(
            "insight_webhook_deliveries",
            "Webhook deliveries by status.",
            ["status"],
            ((r["status"], r["n"]) for r in hooks),
        )
        exports = ExportJob.objects.values("status").annotate(n=Count("id")).order_by()
        yield _gauge(
            "insight_export_jobs",
            "Background export jobs by status.",
            ["status"],
            ((r["status"], r["n"]) for r in exports),
        )


def _registry() -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.MultiProcessCollector(registry)  # every server process's histogram and denial counts, summed
    else:
        registry.register(HTTP_LATENCY)
        registry.register(DENIED)
    registry.register(InsightCollector())
    return registry


def _address_allowed(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    for entry in settings.METRICS_ALLOWED_IPS:
        try:
            if ip in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def _token_throttled(request: HttpRequest, *, spend: bool) -> bool:
    """The per-address budget the sign-in doors share (``auth_ip``): spent by a wrong token, checked before any."""
    from accounts.api.throttles import AuthIPThrottle

    throttle = AuthIPThrottle()
    if not spend:
        key = throttle.get_cache_key(request, None)
        now = throttle.timer()
        history = [t for t in throttle.cache.get(key, []) if t > now - throttle.duration]
        return len(history) >= throttle.num_requests
    return not throttle.allow_request(request, None)


def _refuse(reason: str, status: int = 403) -> HttpResponse:
    DENIED.labels(reason).inc()
    return HttpResponse(b"", status=status, content_type="text/plain")


@never_cache
@require_GET
def metrics(request: HttpRequest) -> HttpResponse:
    """Prometheus text exposition of the product's figures, for allowed addresses or the bearer token."""
    header = request.headers.get("Authorization", "")
    token = settings.METRICS_BEARER_TOKEN
    if header:
        if _token_throttled(request, spend=False):
            return _refuse("throttled", 429)
        scheme, _, given = header.partition(" ")
        if not (token and scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())):
            if _token_throttled(request, spend=True):
                return _refuse("throttled", 429)
            return _refuse("token")
    elif not _address_allowed(request.META.get("REMOTE_ADDR", "")):
        return _refuse("address")
    # The format the scraper asks for in Accept (text 0.0.4 for an old Prometheus, OpenMetrics…), as the library does.
    encoder, content_type = choose_encoder(request.headers.get("Accept", ""))
    return HttpResponse(encoder(_registry()), content_type=content_type)
