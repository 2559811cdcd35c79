"""Version 1 of the integrators' API: each app contributes its own routes."""

from django.urls import include, path

urlpatterns = [
    path("", include("accounts.api.urls")),
    path("", include("integrations.api.urls")),  # before leads: its leads/import, leads/crm-sync
    path("", include("leads.api.urls")),
    path("", include("scraping.api.urls")),
    path("", include("enrichment.api.urls")),
    path("", include("compliance.api.urls")),
    path("", include("analytics.api.urls")),
    path("", include("companies.api.urls")),
]
