"""Restore archived leads (with contact points and labels) discovered in a date range."""

import datetime as dt
import json

from django.core.management.base import BaseCommand, CommandError

from compliance.lifecycle import archive_restore
from insight.api_errors import ApplicationError


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"Not a date (YYYY-MM-DD): {value!r}") from exc


class Command(BaseCommand):
    help = "Restore leads discovered in [--since, --until) from the monthly archive files."

    def add_arguments(self, parser):
        parser.add_argument("--since", required=True, type=_date, help="First day (YYYY-MM-DD), included.")
        parser.add_argument("--until", required=True, type=_date, help="Last day (YYYY-MM-DD), excluded.")

    def handle(self, *args, since: dt.date, until: dt.date, **options):
        try:
            counts = archive_restore(since=since, until=until)
        except ApplicationError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(json.dumps(counts, indent=2))
