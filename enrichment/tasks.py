"""Django-Q entry points (thin: they take ids and call services)."""

from enrichment import services


def retrain(run_id: int) -> str:
    run = services.retrain_run_execute(run_id=run_id)
    return run.status


def rescore_recent() -> int:
    return services.leads_rescore_recent()


def retrain_check() -> int | None:
    """Scheduled: queue a retrain once enough new labels arrived."""
    run = services.retrain_if_enough_labels()
    return run.pk if run else None
