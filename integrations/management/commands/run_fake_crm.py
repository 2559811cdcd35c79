"""Serve the fake HubSpot and Salesforce for a demo and print the settings that point Insight at them."""

import time

from django.core.management.base import BaseCommand

from integrations.fakes import start_fake_crm


class Command(BaseCommand):
    help = "Run a local fake HubSpot CRM v3 + Salesforce REST server (Ctrl+C to stop)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8009)

    def handle(self, *args, host: str, port: int, **options):
        server = start_fake_crm(host=host, port=port)
        self.stdout.write(f"Fake HubSpot + Salesforce on {server.url}. Put these in .env (or the environment):")
        for name, value in server.settings().items():
            self.stdout.write(f"{name}={value}")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
