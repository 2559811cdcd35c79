"""Admins read the demo's outbox (console or file mail backend) in the dashboard (issue 24)."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from accounts.models import Role
from dashboard.access import dashboard_view
from dashboard.outbox import outbox_dir, outbox_messages


@dashboard_view(Role.ADMIN)
def outbox(request: HttpRequest) -> HttpResponse:
    available = outbox_dir() is not None
    return render(
        request,
        "dashboard/outbox/list.html",
        {
            "available": available,
            "console_only": settings.EMAIL_BACKEND == "django.core.mail.backends.console.EmailBackend",
            "messages_sent": outbox_messages() if available else [],
        },
    )
