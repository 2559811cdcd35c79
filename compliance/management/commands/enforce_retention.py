"""Run the retention policies now (archive, then delete expired leads) and print what was done."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder

from compliance.lifecycle import retention_enforce, retention_run_start


class Command(BaseCommand):
    help = "Enforce the retention policies now: archive and delete leads past their retention period."

    def handle(self, *args, **options):
        run = retention_run_start()
        if run is None:
            raise CommandError("Another retention run is in progress.")
        run = retention_enforce(run=run)
        self.stdout.write(json.dumps({"run": run.pk, "counts": run.counts}, cls=DjangoJSONEncoder, indent=2))
