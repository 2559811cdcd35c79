"""Start real platform processes (worker, web) from tests, pointed at the test database."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import connection

BASE_DIR = Path(settings.BASE_DIR)


def child_database_url() -> str:
    """A DATABASE_URL for the database the running test uses, for child processes to share it."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"


def child_env(**extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "insight.settings",
        "DATABASE_URL": child_database_url(),
        "INSIGHT_DATA_DIR": str(settings.DATA_DIR),
        "REDIS_URL": settings.REDIS_URL,
        "Q_SYNC": "false",
        "Q_POLL": "0.1",
        "Q_WORKERS": "1",
    }
    env.update(extra)
    return env


def start_worker(**extra_env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "qcluster"],
        cwd=BASE_DIR,
        env=child_env(**extra_env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_web(port: int, **extra_env: str) -> subprocess.Popen:
    """The web process as production runs it (daphne: HTTP and websockets); its log goes to DATA_DIR/web.log."""
    with (Path(settings.DATA_DIR) / "web.log").open("ab") as log:  # the child keeps its own copy of the file
        return subprocess.Popen(
            [sys.executable, "-m", "insight.server", "-b", "127.0.0.1", "-p", str(port), "insight.asgi:application"],
            cwd=BASE_DIR,
            env=child_env(**extra_env),
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


def stop_process(process: subprocess.Popen, timeout: float = 20) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until(condition: Callable[[], object], timeout: float = 30, interval: float = 0.2) -> object:
    """Poll ``condition`` until it returns something truthy; fail with a clear message on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"condition not met within {timeout} s")
