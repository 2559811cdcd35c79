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
