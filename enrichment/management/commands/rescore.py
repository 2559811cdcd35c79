"""Rescore leads with the active models and scoring rules, e.g. after an upgrade changed how scores are made."""

from django.core.management.base import BaseCommand

from enrichment.services import leads_rescore
from leads.models import Lead, LeadKind


class Command(BaseCommand):
    help = (
        "Rescore leads with the active models and rules (every lead, or those of one --kind, or only the ones never "
        "scored with --unscored); prints how many were scored."
    )

    def add_arguments(self, parser):
        parser.add_argument("--kind", choices=LeadKind.values, help="Only leads of this kind.")
        parser.add_argument("--unscored", action="store_true", help="Only leads never scored.")

    def handle(self, *args, kind=None, unscored=False, **options):
        leads = Lead.objects.all()
        if kind:
            leads = leads.filter(kind=kind)
        if unscored:
            leads = leads.filter(scored_at__isnull=True)
        ids = list(leads.order_by("-discovered_at", "-id").values_list("pk", flat=True))
        done = leads_rescore(lead_ids=ids)
        self.stdout.write(f"Rescored {done} lead(s).")
