"""Django-Q entry points of the analytics app (thin: the work is in ``analytics.services``)."""

from analytics.services import lead_stats_refresh

REFRESH_FUNC = "analytics.tasks.refresh_lead_stats"
REFRESH_SCHEDULE = "analytics: refresh lead stats"  # declared in migrations/0002
REBUILD_SCHEDULE = "analytics: rebuild lead stats nightly"


def refresh_lead_stats(full: bool = False) -> dict:
    result = lead_stats_refresh(full=full)
    return {"full": result.full, "days": result.days, "duration_ms": result.duration_ms, "skipped": result.skipped}
