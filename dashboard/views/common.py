"""Small pieces shared by the dashboard views."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from accounts.models import User
from insight.api_errors import ApplicationError, flatten_field_errors
from insight.validation import object_id


def wants_json(request: HttpRequest) -> bool:
    """Triage keys post with ``Accept: application/json`` and update the row in place."""
    return "application/json" in request.headers.get("Accept", "")


def safe_next(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return default


def owner_from(value: str, user: User) -> User | None:
    """The owner a form asked for: ``me``, ``none`` or an active user's id."""
    if value == "me":
        return user
    if value == "none" or not value:
        return None
    pk = object_id(value)
    owner = User.objects.filter(pk=pk).first() if pk else None
    if owner is None:
        raise ApplicationError("No such person.", fields={"owner": ["No such person."]})
    return owner


def form_errors(errors: dict, *, item_labels: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Serializer errors as plain messages under each top-level field, the names a page's form uses:
    ``{"filters": ["location: Ensure ..."], "queries": ["Line 1: Ensure ..."]}``."""
    grouped: dict[str, list[str]] = {}
    for name, problems in flatten_field_errors(errors, item_labels=item_labels).items():
        field, _, inner = name.partition(".")
        grouped.setdefault(field, []).extend(f"{inner}: {problem}" if inner else str(problem) for problem in problems)
    return grouped


def error_text(exc: ApplicationError) -> str:
    """The message plus up to five per-field reasons (for bulk refusals: per lead id)."""
    details = [f"{key}: {' '.join(map(str, reasons))}" for key, reasons in list(exc.fields.items())[:5]]
    return " ".join([exc.message, *details]) if details and exc.code == "bulk_rejected" else exc.message


def done(
    request: HttpRequest, *, message: str, next_url: str, ok: bool = True, http_status: int = 400, **data
) -> HttpResponse:
    """Answer a form post: JSON for scripts, otherwise a flash message and a redirect."""
    if wants_json(request):
        key = "message" if ok else "error"
        return JsonResponse({key: message, **data}, status=200 if ok else http_status)
    (messages.success if ok else messages.error)(request, message)
    return redirect(next_url)


def confirmed(request: HttpRequest) -> bool:
    """A destructive form's second step: the confirmation page's button posts ``confirm=1``."""
    return request.POST.get("confirm") == "1"


def confirm_page(
    request: HttpRequest,
    *,
    question: str,
    note: str,
    button: str,
    back_url: str,
    fields: list[tuple[str, str]] | None = None,
) -> HttpResponse:
    """The first step of a destructive action without scripts: ask, then post the same form with ``confirm=1``.
    Scripts asking for JSON get a 400 naming what is missing instead."""
    if wants_json(request):
        return JsonResponse({"error": f"{question} Send confirm=1 to go ahead."}, status=400)
    context = {
        "title": button,
        "question": question,
        "note": note,
        "button": button,
        "back_url": back_url,
        "action": request.path,
        "fields": fields or [],
    }
    return render(request, "dashboard/confirm.html", context)
