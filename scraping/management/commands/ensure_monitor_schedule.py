"""Create or update (idempotently) the Django-Q schedule that polls due monitors every minute."""

from django.core.management.base import BaseCommand
from django_q.models import Schedule

from scraping.monitor_tasks import SCHEDULE_FUNC, SCHEDULE_NAME


class Command(BaseCommand):
    help = "Create or update the every-minute schedule that queues polls of due conversation monitors."

    def handle(self, *args, **options):
        _, created = Schedule.objects.update_or_create(
            name=SCHEDULE_NAME,
            defaults={"func": SCHEDULE_FUNC, "schedule_type": Schedule.MINUTES, "minutes": 1, "repeats": -1},
        )
        self.stdout.write(f"{'Created' if created else 'Updated'} schedule '{SCHEDULE_NAME}' (every minute).")
