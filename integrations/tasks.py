"""Django-Q entry points (thin: they take ids and call services) and the one way this app enqueues."""

from django.db import transaction
from django_q.tasks import async_task


def enqueue(func: str, *args) -> None:
    """Run ``func(*args)`` in a worker once the current transaction commits (never before the rows exist)."""
    transaction.on_commit(lambda: async_task(func, *args))


def crm_push_task(provider: str, lead_ids: list[int]) -> None:
    from integrations.services import leads_crm_push

    leads_crm_push(lead_ids=lead_ids, provider=provider)


def export_job_task(job_id: int) -> None:
    from integrations.services import export_job_run

    export_job_run(job_id=job_id)


EXPORT_EXPIRY_SCHEDULE = "integrations: delete old export files"


def export_files_expire_task() -> int:
    from integrations.services import export_files_expire

    return export_files_expire()


def webhook_deliver_task(delivery_id: int) -> None:
    from integrations.webhooks import webhook_deliver

    webhook_deliver(delivery_id=delivery_id)
