"""Dashboard form posts of the integrations app (the API has the same operations under /api/v1/)."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse

from accounts.models import Role
from dashboard.access import dashboard_view
from insight.api_errors import ApplicationError
from integrations import services
from integrations.models import CrmProvider
from leads.models import Lead


@dashboard_view(Role.ADMIN, Role.MANAGER, methods=("POST",))
def lead_crm_push(request: HttpRequest, pk: int) -> HttpResponse:
    lead = get_object_or_404(Lead, pk=pk)
    provider = request.POST.get("provider", "")
    try:
        services.crm_sync_enqueue(lead_ids=[lead.pk], provider=provider, actor=request.user)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"Queued for {CrmProvider(provider).label}; the state below updates when it is done.")
    return redirect(reverse("dashboard:lead_detail", args=[lead.pk]) + "#crm-sync")


def _provider_state(provider: str) -> dict:
    from django.db.models import Count, Max

    from integrations.models import CrmSyncRecord

    records = CrmSyncRecord.objects.filter(provider=provider)
    by_status = dict(records.order_by().values_list("status").annotate(n=Count("id")))
    last = records.aggregate(last=Max("last_synced_at"))["last"]
    failed = records.filter(status="failed").exclude(last_error="").order_by("-updated_at").first()
    return {
        "label": CrmProvider(provider).label,
        "configured": services.crm_provider_configured(provider),
        "counts": by_status,
        "last_synced_at": last,
        "last_error": failed.last_error[:300] if failed else "",
    }


@dashboard_view(Role.ADMIN, Role.MANAGER)
def integrations_status(request: HttpRequest) -> HttpResponse:
    """CRM connection state and recent webhook deliveries (issue 24: /integrations/ answered 404)."""
    from django.db.models import Count
    from django.shortcuts import render

    from integrations.models import WebhookDelivery, WebhookEndpoint

    endpoints = WebhookEndpoint.objects.annotate(delivery_count=Count("deliveries")).order_by("name", "id")[:50]
    deliveries = WebhookDelivery.objects.select_related("endpoint").order_by("-created_at", "-id")[:25]
    return render(
        request,
        "integrations/status.html",
        {
            "providers": [_provider_state(p) for p in CrmProvider.values],
            "endpoints": endpoints,
            "deliveries": deliveries,
            "is_admin": request.user.role == Role.ADMIN,
        },
    )
