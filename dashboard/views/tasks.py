"""Scrape tasks: the list, the scraper page (start a task, watch it) and the lifecycle controls."""

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from dashboard.access import ALL_ROLES, dashboard_view
from dashboard.paging import InvalidCursor, keyset_page
from dashboard.views.common import confirm_page, confirmed, done, form_errors, safe_next
from insight.api_errors import ApplicationError
from insight.validation import whole_number
from leads.models import ContactKind, ContactPoint
from scraping import selectors as scraping_selectors
from scraping import services as scraping_services
from scraping.api.tasks import LEAD_CLASSES, TaskCreateInputSerializer
from scraping.models import EventKind, ScrapeTask, TaskEvent, TaskStatus

CONTROLS = {
    "pause": scraping_services.task_pause,
    "resume": scraping_services.task_resume,
    "stop": scraping_services.task_stop,
    "retry": scraping_services.task_retry,
}
ACTIVE = (TaskStatus.PENDING, TaskStatus.RUNNING, TaskStatus.PAUSED)
EVENTS_PER_POLL = 200
_PHONES = Prefetch("contact_points", queryset=ContactPoint.objects.filter(kind=ContactKind.PHONE), to_attr="phones")


def _visible_task(request: HttpRequest, pk: int) -> ScrapeTask:
    """A task the user may see; other people's tasks are 404 for sales and marketing, as in the API."""
    task = scraping_selectors.task_list(user=request.user).filter(pk=pk).first()
    if task is None:
        raise Http404("No such task.")
    return task


def task_controls(task: ScrapeTask) -> list[str]:
    return [name for name, (sources, _) in scraping_services.TASK_TRANSITIONS.items() if task.status in sources]


def task_duration(task: ScrapeTask) -> str:
    if not task.started_at:
        return ""
    seconds = int(((task.finished_at or timezone.now()) - task.started_at).total_seconds())
    if seconds >= 3600:
        return f"{seconds // 3600}h {seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m {seconds % 60:02d}s"


@dashboard_view(*ALL_ROLES)
def task_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    if status and status not in TaskStatus.values:
        messages.error(request, f"Unknown status “{status}”; showing every task.")
        return redirect("dashboard:task_list")
    queryset = scraping_selectors.task_list(user=request.user, status=status or None)
    query = request.GET.get("q", "").strip()[:200]
    if query:
        queryset = queryset.filter(queries__icontains=query)
    try:
        page = keyset_page(request, queryset, ("-created_at", "-id"))
    except InvalidCursor:
        messages.warning(request, "That page link has expired; here is the first page.")
        return redirect("dashboard:task_list")
    for task in page.items:
        task.controls = task_controls(task)
        task.duration = task_duration(task)
    return render(
        request,
        "dashboard/tasks/list.html",
        {"page": page, "statuses": TaskStatus.choices, "status": status, "q": query},
    )


def _start_form_context(request: HttpRequest, errors: dict | None = None, values: dict | None = None) -> dict:
    return {
        "nav_path": reverse("dashboard:scraper"),
        "recipes": scraping_selectors.recipe_list(),
        "lead_classes": [value for value in LEAD_CLASSES if value != "any"],  # the empty choice is "Any"
        "errors": errors or {},
        "values": values or {"max_results": 50},
    }


@dashboard_view(*ALL_ROLES, methods=("GET", "POST"))
def scraper(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """Left: the search form. Centre and right: the chosen task (or the newest active one) streaming live."""
    if request.method == "POST":
        return _task_start(request)
    task = _visible_task(request, pk) if pk else None
    if task is None:
        task = scraping_selectors.task_list(user=request.user).filter(owner=request.user, status__in=ACTIVE).first()
    context = _start_form_context(request)
    if task is not None:
        context.update(
            task=task,
            controls=task_controls(task),
            duration=task_duration(task),
            results=task.leads.order_by("-id").prefetch_related(_PHONES)[:50],
        )
    return render(request, "dashboard/scraper.html", context)


def _task_start(request: HttpRequest) -> HttpResponse:
    post = request.POST
    filters = {key: post[key].strip() for key in ("location", "category", "lead_class") if post.get(key, "").strip()}
    if post.get("has_phone"):
        filters["has_phone"] = True
    values = {
        "queries": [line.strip() for line in post.get("queries", "").splitlines() if line.strip()],
        "platforms": post.getlist("platforms"),
        "max_results": post.get("max_results") or 50,
        "filters": filters,
    }
    data = TaskCreateInputSerializer(data=values)
    if not data.is_valid():
        messages.error(request, "The search could not start: check the marked fields.")
        errors = form_errors(data.errors, item_labels={"queries": "Line"})
        # The box comes back without blank lines, so "Line 2" is the second line the user sees.
        shown = {**values, "queries": "\n".join(values["queries"])}
        context = _start_form_context(request, errors=errors, values=shown)
        return render(request, "dashboard/scraper.html", context, status=400)
    task = scraping_services.task_create(owner=request.user, **data.validated_data)
    # The page's script removes this banner once the task leaves "pending" (static/js/dashboard_scraper.js).
    queued = f"Task {task.pk} is queued; results appear here as they arrive."
    messages.success(request, queued, extra_tags="task-banner")
    return redirect("dashboard:task_detail", pk=task.pk)


@dashboard_view(*ALL_ROLES, methods=("POST",))
def task_control(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    task = _visible_task(request, pk)
    next_url = safe_next(request, reverse("dashboard:task_detail", args=[pk]))
    if action not in CONTROLS:
        raise Http404("No such control.")
    if action == "stop" and "stop" in task_controls(task) and not confirmed(request):
        return confirm_page(
            request,
            question=f"Stop task #{task.pk}?",
            note="Leads found so far are kept, and you can retry the task later.",
            button="Stop",
            back_url=next_url,
            fields=[("next", next_url)],
        )
    try:
        task = CONTROLS[action](task=task, actor=request.user)
    except ApplicationError as exc:
        return done(request, message=exc.message, next_url=next_url, ok=False, http_status=exc.status_code)
    message = f"Task {task.pk} is {task.get_status_display().lower()}."
    return done(request, message=message, next_url=next_url, task_status=task.status)


def _event_json(event: TaskEvent) -> dict:
    return {
        "seq": event.seq,
        "kind": event.kind,
        "level": event.level,
        "message": event.message,
        "payload": event.payload,
        "created_at": event.created_at.isoformat(),
    }


@dashboard_view(*ALL_ROLES)
def task_events(request: HttpRequest, pk: int) -> JsonResponse:
    """The task's state and its events after ``?after=<seq>``: the scraper page's replay on load."""
    task = _visible_task(request, pk)
    after = whole_number(request.GET.get("after", "0")) or 0
    events = TaskEvent.objects.filter(task=task, seq__gt=after).order_by("seq")[:EVENTS_PER_POLL]
    return JsonResponse(
        {
            "task": {
                "id": task.pk,
                "status": task.status,
                "status_label": task.get_status_display(),
                "progress": task.progress,
                "counters": {k: v for k, v in (task.counters or {}).items() if k != "done"},
                "max_results": task.max_results,
                "error": task.error,
                "started_at": task.started_at.isoformat() if task.started_at else None,
                "finished_at": task.finished_at.isoformat() if task.finished_at else None,
                "controls": task_controls(task),
                "last_event_seq": task.last_event_seq,
            },
            "events": [_event_json(event) for event in events],
            "result_kind": EventKind.RESULT,
        }
    )
