"""The analytics page: a server-rendered shell whose cards and charts load from the analytics API."""

import datetime

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from accounts.models import Role
from accounts.roles import has_role
from analytics.models import StatDimension
from analytics.selectors import Period
from analytics.staticfiles import PLOTLY_STATIC_PATH
from dashboard.access import ALL_ROLES, dashboard_view
from leads.models import LeadKind


def _day(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def range_error(*, date_from: str, date_to: str) -> str:
    """What is wrong with the range in the address (a date that is not one, or an end before the start), or ''.
    The page says it instead of falling back to the default range without a word (issue 24)."""
    first, last = _day(date_from) if date_from else None, _day(date_to) if date_to else None
    if date_from and first is None:
        return f"The start date “{date_from[:40]}” is not a date; use YYYY-MM-DD."
    if date_to and last is None:
        return f"The end date “{date_to[:40]}” is not a date; use YYYY-MM-DD."
    if first and last and first > last:
        return f"The start date {first} is after the end date {last}: swap them or pick another range."
    return ""


@dashboard_view(*ALL_ROLES)
def analytics_page(request: HttpRequest) -> HttpResponse:
    query = request.GET
    context = {
        "periods": [(Period.DAY, "Daily"), (Period.WEEK, "Weekly"), (Period.MONTH, "Monthly")],
        "kinds": LeadKind.choices,
        "selected": {
            "period": query.get("period") if query.get("period") in Period.ALL else Period.DAY,
            "date_from": query.get("date_from", ""),
            "date_to": query.get("date_to", ""),
            "kind": query.get("kind") if query.get("kind") in LeadKind.values else "",
        },
        "breakdowns": StatDimension.choices,
        "range_error": range_error(date_from=query.get("date_from", ""), date_to=query.get("date_to", "")),
        "can_refresh": has_role(request.user, Role.ADMIN, Role.MANAGER),
        "plotly_js": PLOTLY_STATIC_PATH,
        "time_zone": settings.TIME_ZONE,
    }
    return render(request, "analytics/index.html", context)
