"""HTTP request latencies for ``/metrics`` (issue 25): a histogram by method, route name and status class.

The route label is the resolver's view name (``dashboard:lead_detail``), never the raw path, so the number of series
stays bounded; a request no route matched is ``unmatched``. Under several server processes set
``PROMETHEUS_MULTIPROC_DIR`` (an empty directory, emptied at each start) before they start: prometheus_client then
keeps each process's observations in files there and ``/metrics`` adds them up (docs/operations.md).
"""

import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from prometheus_client import Histogram

HTTP_LATENCY = Histogram(
    "insight_http_request_duration_seconds",
    "Time to answer an HTTP request, by method, route name and status class.",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
    registry=None,  # /metrics builds its registry per scrape (insight.metrics)
)
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def route_of(request: HttpRequest) -> str:
    match = getattr(request, "resolver_match", None)
    if match is None:
        return "unmatched"
    return match.view_name or match.route or "unnamed"


class RequestMetricsMiddleware:
    """Outermost: times the whole answer, refusals by later middleware included."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        method = request.method if request.method in METHODS else "other"
        HTTP_LATENCY.labels(method, route_of(request), f"{response.status_code // 100}xx").observe(
            time.perf_counter() - started
        )
        return response
