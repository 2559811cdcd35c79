"""Recount the analytics summary tables now (changed days, or every day with --full)."""

from django.core.management.base import BaseCommand

from analytics.services import lead_stats_refresh


class Command(BaseCommand):
    help = "Recount the analytics summary tables: the days changed since the last run, or every day with --full."

    def add_arguments(self, parser):
        parser.add_argument("--full", action="store_true", help="Rebuild every day (catches deleted leads).")

    def handle(self, *args, full: bool = False, **options):
        result = lead_stats_refresh(full=full)
        if result.skipped:
            self.stdout.write("Another refresh is running; nothing done.")
        else:
            kind = "Rebuilt" if result.full else "Refreshed"
            self.stdout.write(f"{kind} {result.days} day(s) in {result.duration_ms} ms.")
