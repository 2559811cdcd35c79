"""Reads for dashboard pages that no app selector covers."""

import datetime

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from accounts.models import User
from accounts.selectors import user_list
from dashboard.access import LEAD_EDITORS
from dashboard.models import SavedView
from leads.models import Lead
from scraping.models import SeenPost


def saved_view_list(*, owner: User) -> QuerySet[SavedView]:
    return SavedView.objects.filter(owner=owner)


def lead_owner_choices() -> QuerySet[User]:
    """People who can own leads: active admins, managers and sales."""
    return user_list(is_active=True).filter(role__in=LEAD_EDITORS).order_by("first_name", "last_name", "email")


VOLUME_DAYS = 7


def monitor_volumes(*, monitor_ids: list[int], days: int = VOLUME_DAYS) -> dict[int, dict[str, int]]:
    """Posts read, posts matched and leads made by each monitor over the last ``days`` days."""
    since = timezone.now() - datetime.timedelta(days=days)
    volumes: dict[int, dict[str, int]] = {pk: {"read": 0, "matched": 0, "leads": 0} for pk in monitor_ids}
    seen = (
        SeenPost.objects.filter(monitor_id__in=monitor_ids, seen_at__gte=since)
        .values("monitor_id")
        .annotate(read=Count("id"), matched=Count("id", filter=Q(matched=True)))
    )
    for row in seen:
        volumes[row["monitor_id"]].update(read=row["read"], matched=row["matched"])
    leads = (
        Lead.objects.filter(monitor_id__in=monitor_ids, discovered_at__gte=since)
        .values("monitor_id")
        .annotate(n=Count("id"))
    )
    for row in leads:
        volumes[row["monitor_id"]]["leads"] = row["n"]
    return volumes
