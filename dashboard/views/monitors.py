"""Monitors for marketing: list with source health and matched volume, create, edit, poll now."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accounts.roles import has_role, sees_everything
from dashboard import selectors
from dashboard.access import ALL_ROLES, MONITOR_EDITORS, dashboard_view, forbidden
from dashboard.monitor_form import SOURCES, MonitorForm
from dashboard.paging import InvalidCursor, keyset_page
from insight.api_errors import ApplicationError
from scraping import selectors as scraping_selectors
from scraping import services as scraping_services
from scraping.models import Monitor


def _may_change(request: HttpRequest, monitor: Monitor) -> bool:
    """The API's rule: marketing, managers and admins; marketing only their own monitors."""
    return has_role(request.user, *MONITOR_EDITORS) and (
        sees_everything(request.user) or monitor.owner_id == request.user.pk
    )


@dashboard_view(*ALL_ROLES)
def monitor_list(request: HttpRequest) -> HttpResponse:
    try:
        page = keyset_page(request, scraping_selectors.monitor_list(), ("name", "id"))
    except InvalidCursor:
        messages.warning(request, "That page link has expired; here is the first page.")
        return redirect("dashboard:monitor_list")
    volumes = selectors.monitor_volumes(monitor_ids=[m.pk for m in page.items])
    for monitor in page.items:
        monitor.volume = volumes.get(monitor.pk, {})
        monitor.may_change = _may_change(request, monitor)
        monitor.source_names = [SOURCES.get(s.get("source"), (s.get("source"),))[0] for s in monitor.sources]
    return render(
        request,
        "dashboard/monitors/list.html",
        {"page": page, "can_create": has_role(request.user, *MONITOR_EDITORS), "days": selectors.VOLUME_DAYS},
    )


def _save(request: HttpRequest, form: MonitorForm, monitor: Monitor | None) -> Monitor | None:
    try:
        if monitor is None:
            return scraping_services.monitor_create(owner=request.user, **form.service_fields())
        return scraping_services.monitor_update(monitor=monitor, **form.service_fields())
    except ValidationError as exc:
        form.add_service_errors(exc.message_dict)
    return None


@dashboard_view(*MONITOR_EDITORS, methods=("GET", "POST"))
def monitor_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    monitor = get_object_or_404(scraping_selectors.monitor_list(), pk=pk) if pk else None
    if monitor is not None and not _may_change(request, monitor):
        return forbidden(request, "Only the monitor's owner, managers and admins may change it.")
    form = MonitorForm(request.POST or None, monitor=monitor)
    if request.method == "POST" and form.is_valid():
        saved = _save(request, form, monitor)
        if saved is not None:
            messages.success(request, f"Monitor “{saved.name}” {'created' if monitor is None else 'saved'}.")
            return redirect("dashboard:monitor_list")
    status = 400 if request.method == "POST" else 200
    return render(request, "dashboard/monitors/form.html", {"form": form, "monitor": monitor}, status=status)


@dashboard_view(*MONITOR_EDITORS, methods=("POST",))
def monitor_poll(request: HttpRequest, pk: int) -> HttpResponse:
    monitor = get_object_or_404(Monitor, pk=pk)
    if not _may_change(request, monitor):
        return forbidden(request, "Only the monitor's owner, managers and admins may poll it.")
    try:
        scraping_services.monitor_poll_now(monitor=monitor)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"Monitor “{monitor.name}” will be checked in a moment.")
    return redirect("dashboard:monitor_list")
