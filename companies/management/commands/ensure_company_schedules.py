from django.core.management.base import BaseCommand
from django_q.models import Schedule

from companies.tasks import SCHEDULES


class Command(BaseCommand):
    help = "Create or update the schedules of company matching, decay rescoring and digests (idempotent)."

    def handle(self, *args, **options) -> None:
        for name, (func, minutes) in SCHEDULES.items():
            _, created = Schedule.objects.update_or_create(
                name=name,
                defaults={"func": func, "schedule_type": Schedule.MINUTES, "minutes": minutes, "repeats": -1},
            )
            self.stdout.write(f"{'Created' if created else 'Updated'} schedule {name!r}.")
