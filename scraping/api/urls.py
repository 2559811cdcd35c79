from django.urls import path
from rest_framework.routers import SimpleRouter

from scraping.api.extract import ExtractView
from scraping.api.monitors import MonitorViewSet
from scraping.api.recipes import RecipeViewSet
from scraping.api.tasks import TaskViewSet

app_name = "scraping_api"

urlpatterns: list = [
    path("extract", ExtractView.as_view(), name="extract"),
]

# Scrape tasks, platform recipes and monitors (issue 3).
resources = SimpleRouter(trailing_slash=False)
resources.register("tasks", TaskViewSet, basename="task")
resources.register("recipes", RecipeViewSet, basename="recipe")
resources.register("monitors", MonitorViewSet, basename="monitor")
urlpatterns += resources.urls
