"""Health checks of the parts Insight needs: database, queue, channel layer, browser."""

import asyncio
import os
import shutil
import time
from typing import Any
from urllib.parse import urlsplit

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import connection
from django_q.brokers import get_broker
from django_q.status import Stat


def _timed(check) -> dict[str, Any]:
    started = time.monotonic()
    try:
        result = check()
    except Exception as exc:  # a health check reports every failure instead of raising
        result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    result["ms"] = round((time.monotonic() - started) * 1000, 1)
    return result


def check_database() -> dict[str, Any]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True, "vendor": connection.vendor}


def check_queue() -> dict[str, Any]:
    broker = get_broker()
    if not broker.ping():
        return {"ok": False, "error": "the queue broker does not answer"}
    clusters = [stat for stat in Stat.get_all(broker=broker) if stat.status != "Stopped"]
    return {
        "ok": True,
        "broker": "redis" if settings.REDIS_URL else "orm",
        "pending": broker.queue_size(),
        "workers": sum(len(stat.workers) for stat in clusters),
        "clusters": len(clusters),
    }


def check_channel_layer() -> dict[str, Any]:
    layer = get_channel_layer()
    if layer is None:
        return {"ok": False, "error": "no channel layer configured"}

    async def round_trip() -> bool:
        channel = await layer.new_channel()
        await layer.send(channel, {"type": "health.ping"})
        message = await asyncio.wait_for(layer.receive(channel), timeout=3)
        return message.get("type") == "health.ping"

    ok = async_to_sync(round_trip)()
    return {"ok": ok, "backend": type(layer).__name__}


def check_browser() -> dict[str, Any]:
    if settings.SELENIUM_REMOTE_URL:
        import httpx

        url = settings.SELENIUM_REMOTE_URL.rstrip("/") + "/status"
        ready = httpx.get(url, timeout=3).json().get("value", {}).get("ready", False)
        return {"ok": bool(ready), "mode": "remote", "host": urlsplit(url).hostname}
    missing = [
        path
        for path in (settings.CHROME_BINARY, settings.CHROMEDRIVER_PATH)
        if not (os.path.isfile(path) and os.access(path, os.X_OK)) and not shutil.which(path)
    ]
    if missing:
        return {"ok": False, "mode": "local", "error": f"not installed: {', '.join(missing)}"}
    return {"ok": True, "mode": "local"}


def health_report() -> tuple[dict[str, Any], int]:
    """Each part's state, an overall status, and the HTTP status to answer with."""
    checks = {
        "database": _timed(check_database),
        "queue": _timed(check_queue),
        "channel_layer": _timed(check_channel_layer),
        "browser": _timed(check_browser),
    }
    required = ["database", "queue", "channel_layer"] + (["browser"] if settings.HEALTH_REQUIRE_BROWSER else [])
    if not all(checks[name]["ok"] for name in required):
        status, code = "down", 503
    elif not checks["browser"]["ok"] or not checks["queue"].get("workers"):
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    return {"status": status, "required": required, "checks": checks}, code
