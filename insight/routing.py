"""Websocket routes of every app; each app adds its own consumers here."""

websocket_urlpatterns: list = []
