"""One lead: evidence, score explanation, history, labelling and status/owner changes."""

from itertools import chain

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from accounts.roles import has_role
from dashboard import selectors
from dashboard.access import ALL_ROLES, LEAD_EDITORS, dashboard_view
from dashboard.forms import LeadLabelForm, LeadUpdateForm
from dashboard.score_words import evidence_words
from dashboard.views.common import done, error_text, owner_from, safe_next
from insight.api_errors import ApplicationError
from leads import selectors as lead_selectors
from leads import services as lead_services
from leads.models import ContactKind, IntentLevel, LabelKind, Lead, LeadStatus, SentimentLabel
from leads.place_details import has_place_details, place_details
from leads.services import LEAD_STATUS_TRANSITIONS, lead_permission_errors


def _history(lead: Lead) -> list[dict]:
    """Status changes and labels in one timeline, newest first."""
    changes = (
        {"when": c.created_at, "who": c.actor, "kind": "status", "item": c}
        for c in lead_selectors.lead_status_history(lead_id=lead.pk)[:100]
    )
    labels = (
        {"when": label.created_at, "who": label.author, "kind": "label", "item": label} for label in lead.labels.all()
    )
    return sorted(chain(changes, labels), key=lambda entry: entry["when"], reverse=True)


def _next_statuses(lead: Lead) -> list[tuple[str, str]]:
    allowed = set(LEAD_STATUS_TRANSITIONS.get(lead.status, ())) | {LeadStatus.DISCARDED}
    allowed.discard(lead.status)
    return [(value, label) for value, label in LeadStatus.choices if value in allowed]


def _place(lead: Lead) -> dict | None:
    """The lead's place details for the page (opening hours one day a line), or None when its source showed none."""
    details = place_details(lead)
    if not has_place_details(details):
        return None
    hours = details["hours"] or ""
    return {**details, "hours_lines": [part.strip() for part in hours.split(";") if part.strip()]}


def _other_sources(lead: Lead) -> list[dict]:
    """Every source the lead was read through when there is more than its own (issue 24: one post, one lead)."""
    sources = lead_services.lead_sources(lead)
    return sources if len(sources) > 1 else []


def _contributions(explanation: dict) -> list[dict]:
    """The score's parts, each with its evidence in words (dashboard/score_words.py)."""
    parts = explanation.get("contributions") if isinstance(explanation, dict) else None
    if not isinstance(parts, list):
        return []
    return [{**part, "words": evidence_words(part)} for part in parts if isinstance(part, dict)]


@dashboard_view(*ALL_ROLES)
def lead_detail(request: HttpRequest, pk: int) -> HttpResponse:
    lead = get_object_or_404(lead_selectors.lead_detail_queryset(), pk=pk)
    points = list(lead.contact_points.all())
    explanation = lead.score_explanation or {}
    can_edit = has_role(request.user, *LEAD_EDITORS)
    return render(
        request,
        "dashboard/leads/detail.html",
        {
            "lead": lead,
            "phones": [p for p in points if p.kind == ContactKind.PHONE],
            "other_contacts": [p for p in points if p.kind != ContactKind.PHONE],
            "place": _place(lead),
            "sources": _other_sources(lead),
            "contributions": _contributions(explanation),
            "explanation": explanation,
            "history": _history(lead),
            "can_label": can_edit,
            "can_change": can_edit and not lead_permission_errors(lead=lead, actor=request.user),
            "next_statuses": _next_statuses(lead),
            "label_kinds": LabelKind.choices,
            "sentiments": SentimentLabel.choices,
            "intents": IntentLevel.choices,
            "owners": selectors.lead_owner_choices(),
            "sees_everything": has_role(request.user, "admin", "manager"),
            "back": safe_next(request, reverse("dashboard:lead_list")),
        },
    )


@dashboard_view(*LEAD_EDITORS, methods=("POST",))
def lead_label(request: HttpRequest, pk: int) -> HttpResponse:
    lead = get_object_or_404(Lead, pk=pk)
    next_url = safe_next(request, reverse("dashboard:lead_detail", args=[pk]))
    form = LeadLabelForm(request.POST)
    if not form.is_valid():
        reasons = " ".join(str(e) for errors in form.errors.values() for e in errors)
        return done(request, message=reasons, next_url=next_url, ok=False)
    label = lead_services.label_create(lead=lead, author=request.user, **form.cleaned_data)
    return done(
        request,
        message=f"Labelled “{label.get_kind_display()}”. Thank you — this trains the next model.",
        next_url=next_url,
        label=label.kind,
        label_count=lead.labels.count(),
    )


@dashboard_view(*LEAD_EDITORS, methods=("POST",))
def lead_update(request: HttpRequest, pk: int) -> HttpResponse:
    lead = get_object_or_404(Lead, pk=pk)
    next_url = safe_next(request, reverse("dashboard:lead_detail", args=[pk]))
    form = LeadUpdateForm(request.POST)
    if not form.is_valid() or not form.changes():
        reasons = " ".join(str(e) for errors in form.errors.values() for e in errors) or "Nothing to change."
        return done(request, message=reasons, next_url=next_url, ok=False)
    changes = form.changes()
    try:
        if "owner" in changes:
            changes["owner"] = owner_from(changes["owner"], request.user)
        lead = lead_services.lead_update(lead=lead, actor=request.user, **changes)
    except ApplicationError as exc:
        return done(request, message=error_text(exc), next_url=next_url, ok=False, http_status=exc.status_code)
    owner = lead.owner.get_full_name() or lead.owner.email if lead.owner else "Unassigned"
    return done(
        request,
        message="Lead updated.",
        next_url=next_url,
        status_value=lead.status,
        status_label=lead.get_status_display(),
        owner=owner,
    )
