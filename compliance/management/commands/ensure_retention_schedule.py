"""Create or update (idempotently) the daily Django-Q schedule that enforces the retention policies."""

from django.core.management.base import BaseCommand
from django_q.models import Schedule

from compliance.tasks import SCHEDULE_FUNC, SCHEDULE_NAME


class Command(BaseCommand):
    help = "Create or update the daily schedule that archives and deletes leads past their retention period."

    def handle(self, *args, **options):
        _, created = Schedule.objects.update_or_create(
            name=SCHEDULE_NAME,
            defaults={"func": SCHEDULE_FUNC, "schedule_type": Schedule.DAILY, "repeats": -1},
        )
        self.stdout.write(f"{'Created' if created else 'Updated'} schedule '{SCHEDULE_NAME}' (daily).")
