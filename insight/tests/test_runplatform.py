"""The platform command stops everything it started: a worker that does not stop in time is killed with its own
workers and browsers, not left behind as orphans."""

import os
import signal
import subprocess
import sys

import httpx
import pytest

from insight.testing.processes import BASE_DIR, child_env, free_port, wait_until
from scraping.browser import processes

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True), pytest.mark.timeout(240)]


def _healthy(port: int) -> bool:
    try:
        body = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).json()
    except (httpx.HTTPError, ValueError):
        return False
    return body["checks"]["queue"].get("workers", 0) > 0


def test_a_worker_that_does_not_stop_in_time_is_killed_with_everything_it_started():
    port = free_port()
    platform = subprocess.Popen(
        [sys.executable, "manage.py", "runplatform", "--skip-migrate", "--port", str(port), "--stop-timeout", "2"],
        cwd=BASE_DIR,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until(lambda: _healthy(port) or platform.poll() is not None, timeout=120)
        assert platform.poll() is None, platform.stdout.read().decode()[-2000:]
        family = processes.descendants(platform.pid)
        worker = next(pid for pid in family if "qcluster" in " ".join(_cmdline(pid)))
        assert len(family) > 3  # web, the worker and the worker's own processes
        os.kill(worker, signal.SIGSTOP)  # a worker stuck: it will not answer SIGTERM
        platform.send_signal(signal.SIGTERM)
        output = platform.communicate(timeout=60)[0].decode()
        assert "did not stop in time" in output and "Insight stopped." in output
        wait_until(lambda: not [pid for pid in family if processes.is_alive(pid)], timeout=10)
    finally:
        if platform.poll() is None:
            platform.kill()
        processes.kill_tree([pid for pid in processes.descendants(platform.pid) if processes.is_alive(pid)])


def _cmdline(pid: int) -> list[str]:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().decode(errors="replace").split("\0")
    except OSError:
        return []
