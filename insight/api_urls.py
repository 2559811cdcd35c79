"""Version 1 of the integrators' API: each app contributes its own routes."""

from django.urls import include, path

urlpatterns = [
    path("", include("accounts.api.urls")),
    path("", include("leads.api.urls")),
    path("", include("scraping.api.urls")),
    path("", include("enrichment.api.urls")),
]
