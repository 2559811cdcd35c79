"""``manage.py source_check SOURCE FILE``: print the posts an adapter reads from one saved response body."""

import json
import pathlib

from django.core.management.base import BaseCommand, CommandError

from scraping.sources import SourceError, adapter_for

CHECKABLE = ("rss", "reddit", "hackernews", "bluesky", "mastodon", "x")


class Command(BaseCommand):
    help = (
        "Read one saved response body (a feed, an API answer) exactly as the source's adapter reads a live one and "
        "print each post as one JSON object per line."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("source", help=f"One of: {', '.join(CHECKABLE)}.")
        parser.add_argument("file", help="The saved response body.")
        parser.add_argument("--url", default="", help="Where the body came from (relative links resolve against it).")

    def handle(self, *args, **options) -> None:
        source: str = options["source"]
        if source not in CHECKABLE:
            raise CommandError(f"Unknown source {source!r}; choose one of {', '.join(CHECKABLE)}.")
        try:
            body = pathlib.Path(options["file"]).read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {options['file']}: {exc.strerror or exc}") from exc
        adapter = adapter_for({"source": source})
        try:
            posts = adapter.parse_body(body, url=options["url"])
        except SourceError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            adapter.close()
        for post in posts:
            data = post.as_dict()
            self.stdout.write(json.dumps({"id": data.pop("external_id"), **data}, ensure_ascii=False))
