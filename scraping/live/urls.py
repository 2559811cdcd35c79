from django.urls import path

from scraping.live import views

app_name = "live"
urlpatterns = [
    path("live_feed/<int:task_id>", views.live_feed, name="feed"),
    path("live/tasks/<int:task_id>/", views.live_task_page, name="task"),
]
