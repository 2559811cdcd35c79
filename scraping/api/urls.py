from django.urls import path

from scraping.api.extract import ExtractView

app_name = "scraping_api"

urlpatterns: list = [
    path("extract", ExtractView.as_view(), name="extract"),
]
