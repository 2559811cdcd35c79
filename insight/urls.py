from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from insight import views

admin.site.site_header = "Insight administration"
admin.site.site_title = "Insight admin"
handler404 = "insight.api_errors.handler404"
handler500 = "insight.api_errors.handler500"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/health", views.health, name="health"),
    path("api/v1/", include("insight.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("accounts/", include("accounts.urls")),
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
]
