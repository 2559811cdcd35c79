from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from insight import views

admin.site.site_header = "Insight administration"
admin.site.site_title = "Insight admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/health", views.health, name="health"),
    path("api/v1/", include("insight.api_urls")),
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
]
