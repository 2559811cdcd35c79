"""ChromeDriver and Chromium die with the worker that owns them, even when no cleanup handler runs."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scraping.browser import processes

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[3]

# A stand-in for a Django-Q worker: it warms its pool on a short-lived thread (as warmup.py does), leases a browser
# after that thread has ended, reports the browser's processes and then waits to be killed.
CHILD = """
import json, sys, time
from scraping.browser import BrowserPool, processes
pool = BrowserPool(max_browsers=1, lease_timeout=30)
pool.warm(1, background=True).join(60)
time.sleep(0.5)
with pool.lease() as lease:
    driver = lease.browser.driver_pid
    print(json.dumps({"driver": driver, "chrome": processes.descendants(driver), "started": pool.started}), flush=True)
    time.sleep(120)
"""


def start_worker_with_a_browser() -> tuple[subprocess.Popen, dict]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    line = child.stdout.readline()
    if not line:
        child.kill()
        pytest.fail("The child process did not start a browser.")
    return child, json.loads(line)


def still_running(pids: list[int], within: float = 5.0) -> list[int]:
    deadline = time.monotonic() + within
    while True:
        alive = [pid for pid in pids if processes.is_alive(pid)]
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_the_browser_dies_with_the_process_that_owns_it(signum):
    child, browser = start_worker_with_a_browser()
    pids = [browser["driver"], *browser["chrome"]]
    try:
        # The browser warmed on a thread that has since ended is still the one serving leases.
        assert browser["started"] == 1
        assert any(processes.process_name(pid).startswith("chrom") for pid in browser["chrome"])
        alive = still_running(pids, within=0)  # Chromium helpers may come and go on their own; these are running
        assert browser["driver"] in alive and len(alive) > 1
        os.kill(child.pid, signum)
        child.wait(10)
        assert still_running(alive) == []
    finally:
        child.kill()
        child.wait(10)
        processes.kill_tree(pids)  # a failed test must not leave browsers behind either


def test_chromium_dies_with_a_chromedriver_that_crashes(pool):
    with pool.lease() as lease:
        driver = lease.browser.driver_pid
        chrome = processes.descendants(driver)
        os.kill(driver, signal.SIGKILL)
        assert still_running(chrome) == []
