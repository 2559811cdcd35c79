"""Serve the sandbox web (fictional maps, directory and business sites) for the demo, tests and benchmarks."""

from django.core.management.base import BaseCommand

from scraping.sandbox.server import run_forever


class Command(BaseCommand):
    help = "Serve the offline sandbox web (see scraping/sandbox/README.md) until Ctrl-C."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8001)
        parser.add_argument("--latency-ms", type=float, default=0, help="Delay every response (realistic latency).")
        parser.add_argument("--jitter-ms", type=float, default=0, help="Random +/- spread around --latency-ms.")

    def handle(self, *args, host: str, port: int, latency_ms: float, jitter_ms: float, **options):
        self.stdout.write(self.style.SUCCESS(f"Sandbox web on http://{host}:{port}/ (Ctrl-C to stop)"))
        run_forever(host, port, latency_ms=latency_ms, jitter_ms=jitter_ms)
