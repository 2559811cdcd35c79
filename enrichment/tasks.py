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


def enrich_lead(lead_id: int) -> str | None:
    """Run a lead's queued enrichment (a no-op when another worker already did)."""
    row = services.lead_enrichment_run(lead_id=lead_id)
    return row.status if row else None


def purge_lookup_cache() -> int:
    """Scheduled: drop expired lookup answers and old usage counters."""
    from enrichment.lookups import lookup_cache_purge

    return lookup_cache_purge()


def requeue_stale_enrichments() -> int:
    """Scheduled: queue again enrichments whose task was lost (queue outage, dead worker)."""
    return services.lead_enrichments_requeue_stale()
