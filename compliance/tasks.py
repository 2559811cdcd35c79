"""Django-Q entry points of the compliance app (thin: the work is in ``compliance.lifecycle``)."""

from compliance.lifecycle import retention_enforce, retention_run_start

SCHEDULE_NAME = "compliance: enforce retention policies"
SCHEDULE_FUNC = "compliance.tasks.retention_enforce_scheduled"


def retention_enforce_scheduled() -> dict | None:
    """The daily run; None when another run is still going."""
    run = retention_run_start()
    if run is None:
        return None
    return retention_enforce(run=run).counts


def retention_enforce_run(run_id: int) -> dict | None:
    """A run claimed by the API (``POST /api/v1/retention/runs``); None when it is no longer running."""
    from compliance.models import RetentionRun, RunStatus

    run = RetentionRun.objects.filter(pk=run_id, status=RunStatus.RUNNING).first()
    return retention_enforce(run=run).counts if run else None
