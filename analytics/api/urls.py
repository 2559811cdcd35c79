from django.urls import path

from analytics.api import views

app_name = "analytics_api"

urlpatterns = [
    path("analytics/summary", views.SummaryView.as_view(), name="summary"),
    path("analytics/timeseries", views.TimeseriesView.as_view(), name="timeseries"),
    path("analytics/breakdown", views.BreakdownView.as_view(), name="breakdown"),
    path("analytics/keywords", views.KeywordsView.as_view(), name="keywords"),
    path("analytics/refresh", views.RefreshView.as_view(), name="refresh"),
]
