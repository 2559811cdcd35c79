from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from insight.health import health_report


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """Public liveness and readiness report for load balancers and operators (no data, only part states)."""
    report, status = health_report()
    return JsonResponse(report, status=status)
