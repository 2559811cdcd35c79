from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from insight import metrics, views

admin.site.site_header = "Insight administration"
admin.site.site_title = "Insight admin"
handler400 = "insight.api_errors.handler400"
handler404 = "insight.api_errors.handler404"
handler500 = "insight.api_errors.handler500"

urlpatterns = [
    path("favicon.ico", RedirectView.as_view(url=static("img/favicon.svg")), name="favicon"),
    path("admin/", admin.site.urls),
    path("api/health", views.health, name="health"),
    path("metrics", metrics.metrics, name="metrics"),  # Prometheus (issue 25, docs/operations.md)
    path("api/v1/", include("insight.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("accounts/", include("accounts.urls")),
    path("", include("scraping.live.urls")),  # /live_feed/<id>, /live/tasks/<id>/ (docs/live.md)
    path("analytics/", include("analytics.urls")),
    path("integrations/", include("integrations.urls")),
    path("companies/", include("companies.urls")),
    path("", include("dashboard.admin_pages_urls")),  # outbox, data protection (issue 24)
    path("", include("dashboard.urls")),
]
