from django.urls import path
from rest_framework.routers import SimpleRouter

from integrations.api import views

app_name = "integrations_api"

router = SimpleRouter(trailing_slash=False)
router.register("exports", views.ExportJobViewSet, basename="export-job")
router.register("webhooks", views.WebhookEndpointViewSet, basename="webhook")

# Included before the leads routes: "leads/import" and "leads/crm-sync" would otherwise read as lead ids.
urlpatterns: list = [
    path("leads/import", views.LeadImportView.as_view(), name="lead-import"),
    path("leads/crm-sync", views.LeadCrmBulkSyncView.as_view(), name="lead-crm-bulk-sync"),
    path("leads/<int:pk>/crm-sync", views.LeadCrmSyncView.as_view(), name="lead-crm-sync"),
    *router.urls,
]
