"""Run a scrape task in the foreground (no worker): progress bar on stderr, results on stdout."""

import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from accounts.models import User
from leads.models import ContactKind, Lead
from scraping.models import PlatformRecipe, ScrapeTask
from scraping.runner.engine import run_task
from scraping.services import task_create


class Command(BaseCommand):
    help = 'Scrape in the foreground, e.g. --query "plumbers in Toronto" --platform google_maps --max-results 50.'

    def add_arguments(self, parser):
        parser.add_argument("--query", action="append", required=True, help="Search phrase (repeatable).")
        parser.add_argument("--platform", action="append", required=True, help="Recipe slug (repeatable).")
        parser.add_argument("--max-results", type=int, default=50)
        parser.add_argument("--location", default="")
        parser.add_argument("--has-phone", action="store_true")
        parser.add_argument(
            "--area",
            metavar="LAT,LNG,RADIUS_KM[,CELL_KM]",
            help="Search this area cell by cell on recipes with a grid search, e.g. 43.65,-79.38,8.",
        )
        parser.add_argument("--lead-class", choices=("business", "individual", "any"), default="any")
        parser.add_argument("--owner", help="Email of the task's owner (default: the first admin).")
        parser.add_argument("--json", action="store_true", help="Print the task and its leads as JSON.")
        parser.add_argument(
            "--allow-private",
            action="store_true",
            help="Allow internal addresses for this run only (the sandbox demo on 127.0.0.1).",
        )

    def handle(self, *args, **options):
        slugs = options["platform"]
        recipes = list(PlatformRecipe.objects.filter(slug__in=slugs))
        unknown = sorted(set(slugs) - {r.slug for r in recipes})
        if unknown:
            known = ", ".join(PlatformRecipe.objects.filter(is_active=True).values_list("slug", flat=True))
            raise CommandError(f"Unknown platform {', '.join(unknown)}; known platforms: {known}.")
        owner = self._owner(options["owner"])
        if options["allow_private"]:
            settings.ALLOW_PRIVATE_URLS = True  # this process only: an explicit choice on the command line
        filters = {"lead_class": options["lead_class"]}
        if options["location"]:
            filters["location"] = options["location"]
        if options["has_phone"]:
            filters["has_phone"] = True
        if options["area"]:
            filters["area"] = self._area(options["area"])
        try:
            task = task_create(
                owner=owner,
                queries=options["query"],
                platforms=recipes,
                max_results=options["max_results"],
                filters=filters,
                enqueue=False,
            )
        except ValidationError as exc:
            raise CommandError("; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items()))
        bar = tqdm(total=task.max_results, unit="lead", file=self.stderr._out, desc=f"task {task.pk}")

        def on_progress(state: dict) -> None:
            bar.n = state["leads"]
            bar.set_postfix(pages=state["pages"], items=state["items"], refresh=False)
            bar.refresh()

        status = run_task(task.pk, on_progress=on_progress)
        bar.close()
        task = ScrapeTask.objects.get(pk=task.pk)
        leads = list(Lead.objects.filter(scrape_task=task).prefetch_related("contact_points").order_by("id"))
        if options["json"]:
            self.stdout.write(json.dumps(self._as_json(task, leads), indent=2, default=str))
        else:
            self._table(task, leads)
        if status != "completed":
            raise CommandError(f"Task {task.pk} ended {task.status}: {task.error or 'see its events'}")

    def _area(self, text: str) -> dict:
        try:
            numbers = [float(part) for part in text.split(",")]
        except ValueError:
            numbers = []
        if len(numbers) not in (3, 4):
            raise CommandError("--area: give LAT,LNG,RADIUS_KM or LAT,LNG,RADIUS_KM,CELL_KM, e.g. 43.65,-79.38,8.")
        return dict(zip(("lat", "lng", "radius_km", "cell_km"), numbers, strict=False))

    def _owner(self, email: str | None) -> User:
        if email:
            user = User.objects.filter(email__iexact=email).first()
            if user is None:
                raise CommandError(f"No user {email}.")
            return user
        user = User.objects.filter(is_superuser=True).order_by("id").first() or User.objects.order_by("id").first()
        if user is None:
            raise CommandError("No user to own the task: run `manage.py bootstrap_demo` or createsuperuser first.")
        return user

    @staticmethod
    def _phones(lead: Lead) -> list[str]:
        return [p.normalized_value for p in lead.contact_points.all() if p.kind == ContactKind.PHONE]

    def _as_json(self, task: ScrapeTask, leads: list[Lead]) -> dict:
        return {
            "task": {"id": task.pk, "status": task.status, "error": task.error, "counters": task.counters},
            "leads": [
                {
                    "id": lead.pk,
                    "name": lead.name,
                    "platform": lead.platform,
                    "url": lead.url,
                    "category": lead.category,
                    "location": lead.location,
                    "phones": self._phones(lead),
                    "website": next((p.value for p in lead.contact_points.all() if p.kind == ContactKind.WEBSITE), ""),
                }
                for lead in leads
            ],
        }

    def _table(self, task: ScrapeTask, leads: list[Lead]) -> None:
        rows = [("Name", "Phone", "Category", "Location")]
        for lead in leads:
            rows.append((lead.name[:40], ", ".join(self._phones(lead))[:32], lead.category[:20], lead.location[:40]))
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        for index, row in enumerate(rows):
            self.stdout.write("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
            if index == 0:
                self.stdout.write("  ".join("-" * w for w in widths))
        self.stdout.write(f"\nTask {task.pk}: {task.status}. {task.visible_counters()}")
