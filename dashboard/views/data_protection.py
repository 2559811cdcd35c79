"""Data protection in the dashboard (issue 24: it was only in Django admin and the API): the suppression list,
erasure requests with their receipts, retention policies, and the monthly archives with restore. Everything goes
through the compliance services the API uses; admins and managers read, admins erase, lift and restore."""

import datetime

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from accounts.models import Role
from compliance import lifecycle, selectors, services
from compliance.archive import FILE_RE, archive_files
from compliance.models import ErasureReceipt, Suppression, SuppressionKind
from dashboard.access import dashboard_view
from dashboard.views.common import confirm_page, confirmed
from insight.api_errors import ApplicationError

READERS = (Role.ADMIN, Role.MANAGER)
PAGE = "dashboard_admin:data_protection"


def _problem(exc: ApplicationError) -> str:
    reasons = [" ".join(map(str, r)) for r in exc.fields.values()]
    return " ".join(dict.fromkeys([exc.message, *reasons]))  # the message, then each distinct reason


def _receipt(value: str) -> ErasureReceipt | None:
    """The receipt named in the address (?receipt=<id>), or None for anything that is not a plain id."""
    if not (value.isascii() and value.isdecimal() and len(value) <= 12):
        return None
    return ErasureReceipt.objects.filter(pk=int(value)).first()


@dashboard_view(*READERS)
def data_protection(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")
    kind = kind if kind in SuppressionKind.values else ""
    search = request.GET.get("q", "")[:200]
    is_admin = request.user.role == Role.ADMIN
    archives = []
    if is_admin:
        archives = [
            {"name": p.name, "month": "-".join(FILE_RE.match(p.name).groups()), "size": p.stat().st_size}
            for p in archive_files()
        ]
    return render(
        request,
        "dashboard/data_protection.html",
        {
            "suppressions": selectors.suppression_list(kind=kind, search=search)[:100],
            "kinds": SuppressionKind.choices,
            "kind": kind,
            "q": search,
            "receipts": ErasureReceipt.objects.select_related("requested_by")[:20] if is_admin else [],
            "policies": lifecycle.retention_policies_ensure(),
            "archives": archives,
            "is_admin": is_admin,
            "receipt": _receipt(request.GET.get("receipt", "")) if is_admin else None,
        },
    )


def _back(anchor: str = "") -> HttpResponse:
    return redirect(reverse(PAGE) + (f"#{anchor}" if anchor else ""))


@dashboard_view(*READERS, methods=("POST",))
def suppression_add(request: HttpRequest) -> HttpResponse:
    try:
        entry, created = services.suppression_add(
            kind=request.POST.get("kind", ""),
            value=request.POST.get("value", "")[:320],
            note=request.POST.get("note", "")[:500],
            actor=request.user,
        )
    except ApplicationError as exc:
        messages.error(request, _problem(exc))
    else:
        shown = entry.value or "the identifier"
        messages.success(request, f"{shown} is suppressed." if created else f"{shown} was already suppressed.")
    return _back("suppressions")


@dashboard_view(Role.ADMIN, methods=("POST",))
def suppression_remove(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(Suppression, pk=pk)
    try:
        services.suppression_remove(entry=entry, actor=request.user)
    except ApplicationError as exc:
        messages.error(request, _problem(exc))
    else:
        messages.success(request, "The suppression was lifted.")
    return _back("suppressions")


@dashboard_view(Role.ADMIN, methods=("POST",))
def erasure(request: HttpRequest) -> HttpResponse:
    email = request.POST.get("email", "").strip()[:320]
    phone = request.POST.get("phone", "").strip()[:64]
    reference = request.POST.get("reference", "")[:200]
    if (email or phone) and not confirmed(request):  # with neither, the service says what is missing
        return confirm_page(
            request,
            question=f"Erase everything we hold about {' and '.join(v for v in (email, phone) if v)}?",
            note="This cannot be undone: their leads, contacts and archived records are deleted for good.",
            button="Erase",
            back_url=reverse(PAGE) + "#erasure",
            fields=[("email", email), ("phone", phone), ("reference", reference)],
        )
    try:
        receipt = lifecycle.erasure_perform(actor=request.user, email=email, phone=phone, reference=reference)
    except ApplicationError as exc:
        messages.error(request, _problem(exc))
        return _back("erasure")
    messages.success(request, f"Erased. Receipt {receipt.pk} below is the proof; keep its reference.")
    return redirect(f"{reverse(PAGE)}?receipt={receipt.pk}#erasure")


def _day(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


@dashboard_view(Role.ADMIN, methods=("POST",))
def archive_restore(request: HttpRequest) -> HttpResponse:
    since, until = _day(request.POST.get("since", "")), _day(request.POST.get("until", ""))
    if since is None or until is None:
        messages.error(request, "Give both dates as YYYY-MM-DD.")
        return _back("archives")
    try:
        counts = lifecycle.archive_restore(since=since, until=until, actor=request.user)
    except ApplicationError as exc:
        messages.error(request, _problem(exc))
    else:
        messages.success(
            request,
            f"Restored {counts['leads']} leads ({counts['skipped_existing']} already present, "
            f"{counts['skipped_suppressed']} suppressed, left out).",
        )
    return _back("archives")
