"""Serve the fake Twilio Lookup and Google Places APIs for a demo and print the settings that point Insight at them."""

import time

from django.core.management.base import BaseCommand

from enrichment.fakes import FakeEnrichment


class Command(BaseCommand):
    help = "Run local fake Twilio Lookup v2 and Google Places (New) servers with fictional data (Ctrl+C to stop)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8008)

    def handle(self, *args, host: str, port: int, **options):
        server = FakeEnrichment(host=host, port=port).start()
        self.stdout.write(f"Fake Twilio Lookup and Google Places on {server.url}. Put these in .env:")
        for name, value in server.settings().items():
            self.stdout.write(f"{name}={value}")
        self.stdout.write("Odd last digit: mobile, even: landline. Places: 'Maple Leaf Coffee Roasters', ...")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
