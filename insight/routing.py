"""Websocket routes of every app; each app adds its own consumers here."""

from django.urls import path

from scraping.consumers import TaskConsumer

websocket_urlpatterns: list = [
    path("ws/tasks/<int:task_id>/", TaskConsumer.as_asgi()),
]
