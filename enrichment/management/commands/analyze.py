"""Analyse a text, or JSON lines on stdin: sentiment, intent, score and explanation as JSON lines."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from enrichment.selectors import ModelsNotReady, active_heads
from enrichment.services import texts_analyze

BATCH = 64


class Command(BaseCommand):
    help = (
        "Analyse TEXT, or read JSON lines from stdin (each a string or an object with `text`) and print one JSON "
        "result per line."
    )

    def add_arguments(self, parser):
        parser.add_argument("text", nargs="?", help="The text to analyse; omit to read JSON lines from stdin.")
        parser.add_argument("--platform", default="")

    def handle(self, *args, text=None, platform="", **options):
        try:
            active_heads()
        except ModelsNotReady as exc:
            raise CommandError(exc.message) from exc
        if text is not None:
            if not text.strip():
                raise CommandError("The text is empty.")
            self._emit(texts_analyze(texts=[text[:10_000]], platform=platform))
            return
        batch: list[str] = []
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            batch.append(self._parse(line, number))
            if len(batch) == BATCH:
                self._emit(texts_analyze(texts=batch, platform=platform))
                batch = []
        if batch:
            self._emit(texts_analyze(texts=batch, platform=platform))

    def _parse(self, line: str, number: int) -> str:
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CommandError(f"Line {number} is not JSON: {exc}.") from exc
        value = item.get("text") if isinstance(item, dict) else item
        if not isinstance(value, str) or not value.strip():
            raise CommandError(f'Line {number} needs a non-empty string or {{"text": "..."}}.')
        return value[:10_000]

    def _emit(self, results: list[dict]) -> None:
        for result in results:
            self.stdout.write(json.dumps(result, ensure_ascii=False))
