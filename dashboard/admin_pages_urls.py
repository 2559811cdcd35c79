"""Dashboard pages for admins and managers added by issue 24 (outbox, data protection)."""

from django.urls import path

from dashboard.views import outbox

app_name = "dashboard_admin"

urlpatterns = [
    path("outbox/", outbox.outbox, name="outbox"),
]
