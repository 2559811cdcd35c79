"""Writes of the integrations app: CRM pushes and their records, export jobs, the qualified-lead hook."""

import datetime
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from compliance.models import AuditAction
from compliance.services import audit_record
from insight.api_errors import ApplicationError
from integrations.crm.base import CrmError
from integrations.crm.push import PUSHERS, Outcome
from integrations.models import CrmProvider, CrmSyncRecord, ExportJob, JobStatus, SyncStatus, WebhookEvent
from integrations.tasks import enqueue
from integrations.webhooks import webhook_emit
from leads.models import Lead, LeadStatus

CRM_PUSH_MAX_IDS = 500


def crm_provider_configured(provider: str) -> bool:
    if provider == CrmProvider.HUBSPOT:
        return bool(settings.HUBSPOT_TOKEN)
    return bool(
        settings.SALESFORCE_CLIENT_ID and (settings.SALESFORCE_CLIENT_SECRET or settings.SALESFORCE_PRIVATE_KEY_FILE)
    )


def _records_for(lead_ids: list[int], provider: str, actor: User | None) -> dict[int, CrmSyncRecord]:
    records = {r.lead_id: r for r in CrmSyncRecord.objects.filter(provider=provider, lead_id__in=lead_ids)}
    missing = [CrmSyncRecord(lead_id=i, provider=provider, triggered_by=actor) for i in lead_ids if i not in records]
    CrmSyncRecord.objects.bulk_create(missing, ignore_conflicts=True)
    return {r.lead_id: r for r in CrmSyncRecord.objects.filter(provider=provider, lead_id__in=lead_ids)}


@transaction.atomic
def crm_sync_enqueue(*, lead_ids: list[int], provider: str, actor: User | None = None) -> list[CrmSyncRecord]:
    """Mark the leads' records pending and push them from a worker once committed (manual and automatic triggers)."""
    if provider not in CrmProvider.values:
        message = f"Unknown CRM {provider!r}; use one of: {', '.join(CrmProvider.values)}."
        raise ApplicationError(message, fields={"provider": [message]})
    if not crm_provider_configured(provider):
        raise ApplicationError(
            f"{CrmProvider(provider).label} is not configured on this server.",
            code="crm_not_configured",
            status_code=409,
        )
    ids = list(dict.fromkeys(lead_ids))
    if not ids or len(ids) > CRM_PUSH_MAX_IDS:
        message = f"Give between 1 and {CRM_PUSH_MAX_IDS} lead ids."
        raise ApplicationError(message, fields={"ids": [message]})
    found = set(Lead.objects.filter(pk__in=ids).values_list("pk", flat=True))
    if missing := [i for i in ids if i not in found]:
        raise ApplicationError(
            f"No such lead: {', '.join(map(str, missing[:10]))}.", fields={"ids": ["Some leads do not exist."]}
        )
    records = _records_for(ids, provider, actor)
    CrmSyncRecord.objects.filter(pk__in=[r.pk for r in records.values()]).update(
        status=SyncStatus.PENDING, triggered_by=actor, updated_at=timezone.now()
    )
    audit_record(
        actor=actor,
        action=AuditAction.SYNC,
        target_type="lead",
        target_id=ids[0] if len(ids) == 1 else "",
        details={"provider": provider, "leads": len(ids), "ids": ids[:50], "trigger": "manual" if actor else "auto"},
    )
    enqueue("integrations.tasks.crm_push_task", provider, ids)
    return list(CrmSyncRecord.objects.filter(pk__in=[r.pk for r in records.values()]).order_by("lead_id"))


def _record_outcome(record: CrmSyncRecord, outcome: Outcome | None, chunk_error: str) -> None:
    record.attempts += 1
    error = chunk_error or (outcome.error if outcome else "The CRM returned no result for this lead.")
    if outcome and outcome.remote_id and not outcome.error:
        record.status, record.last_error, record.last_synced_at = SyncStatus.SYNCED, "", timezone.now()
        record.remote_id = outcome.remote_id
        record.remote_company_id = outcome.remote_company_id or record.remote_company_id
    else:
        record.status, record.last_error = SyncStatus.FAILED, error
    record.save(
        update_fields=[
            "status",
            "remote_id",
            "remote_company_id",
            "last_error",
            "last_synced_at",
            "attempts",
            "updated_at",
        ]
    )


def leads_crm_push(
    *, lead_ids: list[int], provider: str, sleep: Callable[[float], None] = time.sleep
) -> list[CrmSyncRecord]:
    """Push leads in batches; each batch's records are saved before the next starts, so an interruption loses
    nothing already pushed and a re-run updates (by stored id, email or external id) instead of duplicating."""
    client_class, push = PUSHERS[CrmProvider(provider)]
    # Leads deleted since the push was queued (erasure, retention) are skipped.
    leads = list(Lead.objects.filter(pk__in=lead_ids).prefetch_related("contact_points").order_by("pk"))
    records = _records_for([lead.pk for lead in leads], provider, None)
    batch_size = min(settings.CRM_BATCH_SIZE, 100 if provider == CrmProvider.HUBSPOT else 200)
    synced, failed = [], []
    try:
        client = client_class.from_settings(sleep=sleep)
    except CrmError as exc:
        for lead in leads:
            _record_outcome(records[lead.pk], None, str(exc))
        return list(records.values())
    with client:
        for start in range(0, len(leads), batch_size):
            chunk = leads[start : start + batch_size]
            chunk_error = ""
            try:
                outcomes = push(client, chunk, records)
            except CrmError as exc:
                outcomes, chunk_error = {}, str(exc)
            for lead in chunk:
                record = records[lead.pk]
                _record_outcome(record, outcomes.get(lead.pk), chunk_error)
                (synced if record.status == SyncStatus.SYNCED else failed).append(record)
    _sync_notify(provider, synced, failed)
    return [records[lead.pk] for lead in leads]


def lead_crm_push(*, lead_id: int, provider: str) -> CrmSyncRecord:
    """Push one lead now (in this process) and return its sync record."""
    return leads_crm_push(lead_ids=[lead_id], provider=provider)[0]


def _sync_notify(provider: str, synced: list[CrmSyncRecord], failed: list[CrmSyncRecord]) -> None:
    if synced:
        webhook_emit(
            event=WebhookEvent.CRM_SYNCED,
            payload={"provider": provider, "leads": [{"id": r.lead_id, "remote_id": r.remote_id} for r in synced]},
        )
    if failed:
        webhook_emit(
            event=WebhookEvent.CRM_SYNC_FAILED,
            payload={"provider": provider, "leads": [{"id": r.lead_id, "error": r.last_error} for r in failed]},
        )


def lead_qualified_hooks(*, lead: Lead) -> None:
    """Called by ``leads.services`` when a lead becomes qualified: webhook event, automatic CRM pushes."""
    if lead.status != LeadStatus.QUALIFIED:
        return
    webhook_emit(event=WebhookEvent.LEAD_QUALIFIED, payload={"id": lead.pk, "name": lead.name, "score": lead.score})
    for provider in settings.CRM_AUTO_SYNC_PROVIDERS:
        if crm_provider_configured(provider):
            crm_sync_enqueue(lead_ids=[lead.pk], provider=provider)


# --- Export jobs ----------------------------------------------------------------------------------------------


@transaction.atomic
def export_job_create(*, requested_by: User, export_format: str, filters: dict[str, Any], total_rows: int) -> ExportJob:
    job = ExportJob(requested_by=requested_by, format=export_format, filters=filters, total_rows=total_rows)
    job.full_clean()
    job.save()
    audit_record(
        actor=requested_by,
        action=AuditAction.EXPORT,
        target_type="export_job",
        target_id=job.pk,
        details={"format": export_format, "rows": total_rows, **filters, "background": True},
    )
    enqueue("integrations.tasks.export_job_task", job.pk)
    return job


def export_job_run(*, job_id: int) -> ExportJob:
    """Write the job's file under EXPORT_ROOT, reporting progress on the row; claims the job so it runs once."""
    from integrations.exports import export_source, export_write
    from integrations.selectors import lead_export_queryset
    from leads.selectors import lead_filters_from_query

    now = timezone.now()
    if not ExportJob.objects.filter(pk=job_id, status=JobStatus.PENDING).update(
        status=JobStatus.RUNNING, started_at=now
    ):
        return ExportJob.objects.get(pk=job_id)
    job = ExportJob.objects.select_related("requested_by").get(pk=job_id)
    root = Path(settings.EXPORT_ROOT)
    root.mkdir(parents=True, exist_ok=True)
    name = f"leads-{job.pk}-{now:%Y%m%d-%H%M%S}.{job.format}"
    partial = root / f".{name}.part"
    try:
        ordering, filters = lead_filters_from_query(query=job.filters.get("query", ""), user=job.requested_by)
        leads = lead_export_queryset(ordering=ordering, **filters)
        count = export_write(
            export_source(leads),
            job.format,
            str(partial),
            on_row=lambda n: ExportJob.objects.filter(pk=job.pk).update(row_count=n, updated_at=timezone.now()),
        )
        os.replace(partial, root / name)
    except Exception as exc:
        partial.unlink(missing_ok=True)
        ExportJob.objects.filter(pk=job.pk).update(
            status=JobStatus.FAILED, error=str(exc)[:2000], finished_at=timezone.now()
        )
        raise
    ExportJob.objects.filter(pk=job.pk).update(
        status=JobStatus.COMPLETED, row_count=count, file_path=name, finished_at=timezone.now()
    )
    job.refresh_from_db()
    webhook_emit(
        event=WebhookEvent.EXPORT_COMPLETED,
        payload={"id": job.pk, "format": job.format, "rows": job.row_count, "requested_by": job.requested_by.email},
    )
    return job


def export_files_expire(*, now: datetime.datetime | None = None) -> int:
    """Delete the files of exports finished more than EXPORT_FILE_TTL_HOURS ago (hourly schedule); returns how many."""
    cutoff = (now or timezone.now()) - datetime.timedelta(hours=settings.EXPORT_FILE_TTL_HOURS)
    expired = 0
    for job in ExportJob.objects.filter(status=JobStatus.COMPLETED, finished_at__lt=cutoff):
        (Path(settings.EXPORT_ROOT) / job.file_path).unlink(missing_ok=True)
        expired += ExportJob.objects.filter(pk=job.pk, status=JobStatus.COMPLETED).update(
            status=JobStatus.EXPIRED, file_path="", updated_at=timezone.now()
        )
    return expired


def export_job_file(*, job: ExportJob) -> Path:
    """The finished file of ``job``; 409 while it is not ready, 410 when the file has been removed."""
    if job.status == JobStatus.EXPIRED:
        raise ApplicationError("The export file has been deleted; export again.", code="gone", status_code=410)
    if job.status != JobStatus.COMPLETED:
        raise ApplicationError(f"The export is {job.status}; the file is not ready.", code="not_ready", status_code=409)
    path = Path(settings.EXPORT_ROOT) / job.file_path
    if not path.is_file():
        raise ApplicationError("The export file is no longer available.", code="gone", status_code=410)
    return path
