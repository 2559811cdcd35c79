"""Start the web server (daphne, through insight.server) and a worker (qcluster) together, and stop both cleanly."""

import contextlib
import os
import signal
import subprocess
import sys
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run Insight: web (daphne, HTTP + websockets) and a background worker, until Ctrl-C."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--no-worker", action="store_true", help="Only the web server.")
        parser.add_argument("--skip-migrate", action="store_true")
        parser.add_argument(
            "--stop-timeout", type=float, default=20, help="Seconds a process gets to stop before it is killed."
        )
        parser.add_argument(
            "--with-sandbox",
            action="store_true",
            help="Also serve the offline sandbox web (SANDBOX_BASE_URL) for the demo scrape.",
        )

    def handle(
        self,
        *args,
        host: str,
        port: int,
        no_worker: bool,
        skip_migrate: bool,
        with_sandbox: bool = False,
        stop_timeout: float = 20,
        **options,
    ):
        if not skip_migrate:
            call_command("migrate", interactive=False, verbosity=0)
        processes = {
            "web": _start(
                [sys.executable, "-m", "insight.server", "-b", host, "-p", str(port), "insight.asgi:application"]
            )
        }
        if not no_worker:
            processes["worker"] = _start([sys.executable, "manage.py", "qcluster"])
        if with_sandbox:
            sandbox = urlsplit(settings.SANDBOX_BASE_URL)
            processes["sandbox"] = _start(
                [sys.executable, "manage.py", "run_sandbox", "--host", sandbox.hostname, "--port", str(sandbox.port)]
            )
        self.stdout.write(self.style.SUCCESS(f"Insight is starting on http://{host}:{port}/ (Ctrl-C to stop)"))
        if with_sandbox:
            self.stdout.write(
                f"Sandbox web on {settings.SANDBOX_BASE_URL}. Demo scrape: .venv/bin/python manage.py scrape "
                '--query "coffee toronto" --platform sandbox_maps --max-results 10'
            )

        stopping = False

        def stop(signum, frame):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        exit_code = 0
        while not stopping:
            for name, process in processes.items():
                if process.poll() is not None:
                    self.stderr.write(f"{name} exited with code {process.returncode}; stopping the platform")
                    exit_code, stopping = process.returncode or 1, True
            time.sleep(0.5)
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + stop_timeout
        for name, process in processes.items():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.stderr.write(f"{name} did not stop in time; killing it and what it started")
        for process in processes.values():
            _kill_group(process)  # a killed worker's own workers and browsers, or anything a stopped one left behind
        self.stdout.write("Insight stopped.")
        if exit_code:
            sys.exit(exit_code)


def _start(command: list[str]) -> subprocess.Popen:
    """A platform process in a process group of its own, so stopping it reaches everything it starts."""
    return subprocess.Popen(command, start_new_session=True)


def _kill_group(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)
