"""Monitors for marketing: list with source health and matched volume, create, edit, poll now."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render

from accounts.roles import has_role, sees_everything
from dashboard import selectors
from dashboard.access import ALL_ROLES, MONITOR_EDITORS, dashboard_view, forbidden
from dashboard.keyword_preview import keyword_preview
from dashboard.monitor_form import SOURCES, MonitorForm
from dashboard.monitor_health import monitor_schedule
from dashboard.paging import InvalidCursor, keyset_page
from insight.api_errors import ApplicationError
from leads import services as leads_services
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
        monitor.schedule = monitor_schedule(monitor)
    return render(
        request,
        "dashboard/monitors/list.html",
        {"page": page, "can_create": has_role(request.user, *MONITOR_EDITORS), "days": selectors.VOLUME_DAYS},
    )


class _Rollback(Exception):
    pass


def _save_keyword_set(form: MonitorForm) -> None:
    """Create the new keyword set, or change the chosen one, as the form says (inside the monitor's transaction)."""
    changes = form.cleaned_data.get("keyword_changes")
    if not changes:
        return
    try:
        if form.cleaned_data["keyword_set"] is None:
            form.cleaned_data["keyword_set"] = leads_services.keyword_set_create(**changes)
        else:
            leads_services.keyword_set_update(keyword_set=form.cleaned_data["keyword_set"], **changes)
    except ValidationError as exc:
        form.add_keyword_set_errors(exc.message_dict)
        raise _Rollback from exc


def _save(request: HttpRequest, form: MonitorForm, monitor: Monitor | None) -> Monitor | None:
    chosen = form.cleaned_data.get("keyword_set")
    try:
        with transaction.atomic():
            _save_keyword_set(form)
            try:
                if monitor is None:
                    return scraping_services.monitor_create(owner=request.user, **form.service_fields())
                return scraping_services.monitor_update(monitor=monitor, **form.service_fields())
            except ValidationError as exc:
                form.add_service_errors(exc.message_dict)
                raise _Rollback from exc
    except _Rollback:
        form.cleaned_data["keyword_set"] = chosen
        if monitor is not None:
            monitor.refresh_from_db()
    return None


@dashboard_view(*MONITOR_EDITORS, methods=("GET", "POST"))
def monitor_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    monitor = get_object_or_404(scraping_selectors.monitor_list(), pk=pk) if pk else None
    if monitor is not None and not _may_change(request, monitor):
        return forbidden(request, "Only the monitor's owner, managers and admins may change it.")
    if request.method == "POST" and "preview_keywords" in request.POST:
        # Only the keywords are looked at: the rest of the form comes back as it was typed, unsaved, unjudged.
        form = MonitorForm(initial=MonitorForm.initial_from_post(request.POST), monitor=monitor)
        preview = keyword_preview(request.POST.get("keyword_expression", ""))
        return render(request, "dashboard/monitors/form.html", {"form": form, "monitor": monitor, "preview": preview})
    form = MonitorForm(request.POST or None, monitor=monitor)
    if request.method == "POST" and form.is_valid():
        saved = _save(request, form, monitor)
        if saved is not None:
            messages.success(request, f"Monitor “{saved.name}” {'created' if monitor is None else 'saved'}.")
            return redirect("dashboard:monitor_list")
    status = 400 if request.method == "POST" else 200
    return render(request, "dashboard/monitors/form.html", {"form": form, "monitor": monitor}, status=status)


@dashboard_view(*MONITOR_EDITORS)
def keyword_preview_json(request: HttpRequest) -> JsonResponse:
    """What the keywords in ``?expression=`` would have matched among the last posts we kept."""
    return JsonResponse(keyword_preview(request.GET.get("expression", "")[:5000]).as_dict())


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
