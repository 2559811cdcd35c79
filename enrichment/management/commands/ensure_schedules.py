"""Create (idempotently) the Django-Q schedule that retrains after RETRAIN_AFTER_LABELS new labels."""

from django.core.management.base import BaseCommand
from django_q.models import Schedule

NAME = "enrichment: retrain after new labels"


class Command(BaseCommand):
    help = "Create or update the periodic check that queues a retrain once enough new labels arrived."

    def handle(self, *args, **options):
        _, created = Schedule.objects.update_or_create(
            name=NAME,
            defaults={"func": "enrichment.tasks.retrain_check", "schedule_type": Schedule.MINUTES, "minutes": 15},
        )
        self.stdout.write(f"{'Created' if created else 'Updated'} schedule '{NAME}' (every 15 minutes).")
