from django.urls import path

from integrations import views

app_name = "integrations"

urlpatterns = [
    path("", views.integrations_status, name="status"),
    path("leads/<int:pk>/crm-sync/", views.lead_crm_push, name="lead_crm_push"),
]
