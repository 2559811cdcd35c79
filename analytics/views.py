"""The analytics page: a server-rendered shell whose cards and charts load from the analytics API."""

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
        "can_refresh": has_role(request.user, Role.ADMIN, Role.MANAGER),
        "plotly_js": PLOTLY_STATIC_PATH,
        "time_zone": settings.TIME_ZONE,
    }
    return render(request, "analytics/index.html", context)
