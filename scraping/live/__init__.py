"""Live view of scrape tasks: the websocket protocol (``docs/live.md``), frames of the working browser, MJPEG."""
