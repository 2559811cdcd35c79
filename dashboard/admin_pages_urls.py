"""Dashboard pages for admins and managers added by issue 24 (outbox, data protection)."""

from django.urls import path

from dashboard.views import data_protection as dp
from dashboard.views import outbox

app_name = "dashboard_admin"

urlpatterns = [
    path("outbox/", outbox.outbox, name="outbox"),
    path("data-protection/", dp.data_protection, name="data_protection"),
    path("data-protection/suppressions/", dp.suppression_add, name="suppression_add"),
    path("data-protection/suppressions/<int:pk>/remove/", dp.suppression_remove, name="suppression_remove"),
    path("data-protection/erasure/", dp.erasure, name="erasure"),
    path("data-protection/archives/restore/", dp.archive_restore, name="archive_restore"),
]
