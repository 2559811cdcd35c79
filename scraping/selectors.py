"""Reads for the scraping app."""

from django.db.models import QuerySet

from accounts.roles import sees_everything
from scraping.extraction.config import ExtractionConfig
from scraping.models import ExtractionSettings, Monitor, PlatformRecipe, ScrapeTask, TaskEvent


def extraction_config() -> ExtractionConfig:
    """The engine's pure config object, with the confidences an admin set (defaults when no row exists)."""
    row = ExtractionSettings.objects.order_by("pk").first()
    if row is None:
        return ExtractionConfig()
    return ExtractionConfig(
        confidences={
            "tel_link": row.tel_link_confidence,
            "structured_data": row.structured_data_confidence,
            "visible_text": row.visible_text_confidence,
            "website_crawl": row.website_crawl_confidence,
            "ocr": row.ocr_confidence,
        },
        label_boost=row.label_boost,
        fax_penalty=row.fax_penalty,
    )


def task_list(*, user, status: str | None = None) -> QuerySet[ScrapeTask]:
    """Tasks the user may see: every task for managers and admins, their own for everyone else."""
    queryset = ScrapeTask.objects.select_related("owner").prefetch_related("platforms")
    if not sees_everything(user):
        queryset = queryset.filter(owner=user)
    if status:
        queryset = queryset.filter(status=status)
    return queryset


def task_events_recent(*, task: ScrapeTask, limit: int = 20) -> list[TaskEvent]:
    """The task's last ``limit`` events in order."""
    return list(reversed(TaskEvent.objects.filter(task=task).order_by("-seq")[:limit]))


def recipe_list(*, include_inactive: bool = False) -> QuerySet[PlatformRecipe]:
    queryset = PlatformRecipe.objects.all()
    return queryset if include_inactive else queryset.filter(is_active=True)


def monitor_list() -> QuerySet[Monitor]:
    return Monitor.objects.select_related("owner", "keyword_set")
