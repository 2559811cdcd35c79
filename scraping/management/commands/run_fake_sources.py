"""Serve the fake conversation sources for a demo and print the settings that point Insight at them."""

import time

from django.core.management.base import BaseCommand

from scraping.fakes import start_fake_sources


class Command(BaseCommand):
    help = "Run local fake Reddit/HN/Bluesky/Mastodon/RSS/X servers with fictional posts (Ctrl+C to stop)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8007)
        parser.add_argument("--new-post-every", type=float, default=0, help="Seconds between new fictional posts.")

    def handle(self, *args, host: str, port: int, new_post_every: float, **options):
        server = start_fake_sources(host=host, port=port)
        self.stdout.write(f"Fake sources on {server.url}. Put these in .env (or the environment):")
        for name, value in server.settings().items():
            self.stdout.write(f"{name}={str(value).lower() if isinstance(value, bool) else value}")
        self.stdout.write(
            f'Mastodon source config: {{"source": "mastodon", "instance": "{server.url}", "hashtags": ["crm"]}}'
        )
        self.stdout.write(f'RSS source config: {{"source": "rss", "urls": ["{server.url}/feeds/forum.rss"]}}')
        try:
            n = 0
            while True:
                time.sleep(new_post_every or 3600)
                if new_post_every:
                    n += 1
                    for source in server.state.posts:
                        server.state.add(
                            source, f"Demo post {n}: we are looking for a CRM for our studio", title="CRM?"
                        )
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
