"""The leads list: filters, sorting, keyset pages, saved views and bulk actions."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from accounts.roles import has_role
from dashboard import selectors, services
from dashboard.access import ALL_ROLES, LEAD_EDITORS, dashboard_view
from dashboard.forms import BULK_LABELS, LeadBulkForm, LeadExportForm, SavedViewForm
from dashboard.models import SavedView
from dashboard.paging import InvalidCursor, bounded_count, keyset_page
from dashboard.views.common import done, error_text, form_errors, owner_from, safe_next
from insight.api_errors import ApplicationError
from integrations.models import ExportFormat
from leads import selectors as lead_selectors
from leads import services as lead_services
from leads.api.serializers import LeadFilterSerializer
from leads.models import LeadKind, LeadStatus

SORTABLE = {"score": "Score", "name": "Name", "discovered_at": "Found", "published_at": "Published"}
EXPORT_FORMATS = [(ExportFormat.CSV, "CSV"), (ExportFormat.XLSX, "Excel"), (ExportFormat.JSON, "JSON")]


def _filters(query: QueryDict) -> QueryDict:
    """The filter parameters that carry a value (an empty select means "any")."""
    cleaned = QueryDict(mutable=True)
    for key in query:
        values = [value for value in query.getlist(key) if value.strip()]
        if values:
            cleaned.setlist(key, values)
    return cleaned


def _sort_links(current: str) -> dict[str, dict]:
    links = {}
    for field, label in SORTABLE.items():
        active = current.lstrip("-") == field
        descending = current.startswith("-")
        # First click sorts high-to-low (newest, best score); a second click flips it.
        target = field if active and descending else f"-{field}"
        direction = ("descending" if descending else "ascending") if active else "none"
        links[field] = {"label": label, "ordering": target, "aria_sort": direction}
    return links


# The filter form's labels (templates/dashboard/leads/list.html): errors name the fields as the form does.
FILTER_LABELS = {
    "q": "Search",
    "status": "Status",
    "platform": "Platform",
    "kind": "Kind",
    "has_phone": "Phone",
    "score_min": "Score from",
    "score_max": "Score to",
    "min_rating": "Rating from",
    "min_reviews": "Reviews from",
    "discovered_from": "Found from",
    "discovered_to": "Found until",
    "owner": "Owner",
    "ordering": "Sort order",
}


def labelled_errors(errors: dict[str, list[str]]) -> dict[str, list[str]]:
    """``{"score_min": [...]}`` as ``{"Score from": [...]}``; field names inside messages become labels too."""
    out: dict[str, list[str]] = {}
    for key, problems in errors.items():
        label = FILTER_LABELS.get(key) or key.replace("_", " ").capitalize()
        for problem in problems:
            for name, name_label in FILTER_LABELS.items():
                if "_" in name:
                    problem = problem.replace(name, f"“{name_label}”")
            out.setdefault(label, []).append(problem)
    return out


@dashboard_view(*ALL_ROLES)
def lead_list(request: HttpRequest) -> HttpResponse:
    filters = _filters(request.GET)
    params = LeadFilterSerializer(data=filters)
    page, total, more = None, 0, False
    if params.is_valid():
        ordering = params.validated_data["ordering"]
        selector_params = params.to_selector_params(request.user)
        try:
            page = keyset_page(
                request, lead_selectors.lead_filter(**selector_params), lead_selectors.LEAD_ORDERINGS[ordering]
            )
        except InvalidCursor:
            filters.pop("cursor", None)
            messages.warning(request, "That page link has expired; here is the first page.")
            return redirect(f"{request.path}?{filters.urlencode()}")
        total, more = bounded_count(lead_selectors.lead_filter(**selector_params, count_labels=False))
    else:
        ordering = "-discovered_at"
    export_query = QueryDict(mutable=True)  # the API export refuses what it does not take (cursor, page_size)
    for name in LeadFilterSerializer().fields:
        if name in filters:
            export_query.setlist(name, filters.getlist(name))
    return render(
        request,
        "dashboard/leads/list.html",
        {
            "page": page,
            "errors": labelled_errors(form_errors(params.errors)) if page is None else {},
            "total": total,
            "more": more,
            "values": filters,
            "statuses": LeadStatus.choices,
            "kinds": LeadKind.choices,
            "platforms": lead_selectors.lead_platforms(),
            "owners": selectors.lead_owner_choices(),
            "bulk_labels": BULK_LABELS,
            "sort_links": _sort_links(ordering),
            "saved_views": selectors.saved_view_list(owner=request.user),
            "can_edit": has_role(request.user, *LEAD_EDITORS),
            "export_query": export_query.urlencode(),
            "export_formats": EXPORT_FORMATS,
            "current_query": request.GET.urlencode(),
        },
    )


@dashboard_view(*LEAD_EDITORS, methods=("POST",))
def lead_bulk(request: HttpRequest) -> HttpResponse:
    next_url = safe_next(request, reverse("dashboard:lead_list"))
    form = LeadBulkForm(request.POST)
    if not form.is_valid():
        reasons = [str(e) for errors in form.errors.values() for e in errors]
        return done(request, message=" ".join(reasons), next_url=next_url, ok=False)
    data = form.cleaned_data
    try:
        if data["action"] == "label":
            lead_services.label_bulk_create(ids=data["ids"], author=request.user, kind=data["label"])
            verb = f"Labelled {len(data['ids'])} leads “{dict(BULK_LABELS)[data['label']]}”."
        elif data["action"] == "assign":
            owner = owner_from(data["owner"], request.user)
            lead_services.lead_bulk_update(ids=data["ids"], actor=request.user, owner=owner)
            verb = f"Assigned {len(data['ids'])} leads to {owner.email if owner else 'nobody'}."
        else:
            lead_services.lead_bulk_update(ids=data["ids"], actor=request.user, status=data["status"])
            verb = f"Set {len(data['ids'])} leads to {LeadStatus(data['status']).label}."
    except ApplicationError as exc:
        return done(request, message=error_text(exc), next_url=next_url, ok=False, http_status=exc.status_code)
    return done(request, message=verb, next_url=next_url)


@dashboard_view(*ALL_ROLES, methods=("POST",))
def lead_export_selected(request: HttpRequest) -> HttpResponse:
    """The ticked leads, handed to the export API (``?ids=``) so exports keep one path, one audit and one set of
    rules; every role may export, as in the API."""
    form = LeadExportForm(request.POST)
    if not form.is_valid():
        reasons = [str(e) for errors in form.errors.values() for e in errors]
        next_url = safe_next(request, reverse("dashboard:lead_list"))
        return done(request, message=" ".join(reasons), next_url=next_url, ok=False)
    ids = ",".join(str(pk) for pk in form.cleaned_data["ids"])
    return redirect(f"{reverse('leads_api:lead-export')}?ids={ids}&format={form.cleaned_data['format']}")


@dashboard_view(*ALL_ROLES, methods=("POST",))
def saved_view_save(request: HttpRequest) -> HttpResponse:
    form = SavedViewForm(request.POST)
    list_url = reverse("dashboard:lead_list")
    if not form.is_valid():
        messages.error(request, " ".join(str(error) for errors in form.errors.values() for error in errors))
        return redirect(f"{list_url}?{request.POST.get('query', '')}")
    try:
        view = services.saved_view_save(owner=request.user, **form.cleaned_data)
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect(f"{list_url}?{form.cleaned_data['query']}")
    messages.success(request, f"Saved the view “{view.name}”.")
    return redirect(f"{list_url}?{view.query}")


@dashboard_view(*ALL_ROLES, methods=("POST",))
def saved_view_delete(request: HttpRequest, pk: int) -> HttpResponse:
    view = get_object_or_404(SavedView, pk=pk, owner=request.user)
    services.saved_view_delete(view=view, actor=request.user)
    messages.success(request, f"Deleted the view “{view.name}”.")
    return redirect("dashboard:lead_list")
