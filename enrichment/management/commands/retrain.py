"""Retrain the sentiment and intent heads now (in this process) and print what was promoted."""

import json

from django.core.management.base import BaseCommand

from enrichment.models import RetrainRun, RetrainTrigger
from enrichment.services import retrain_run_execute


class Command(BaseCommand):
    help = "Train new heads on seed data + labels, evaluate on the held-out split, promote only better ones."

    def handle(self, *args, **options):
        run = RetrainRun(trigger=RetrainTrigger.COMMAND)
        run.full_clean()
        run.save()
        run = retrain_run_execute(run_id=run.pk)
        self.stdout.write(json.dumps({"run": run.pk, "status": run.status, "result": run.result, "error": run.error}))
