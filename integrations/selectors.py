"""Reads for exports, CRM sync state and webhooks."""

from collections.abc import Iterable, Iterator

from django.db.models import Prefetch, QuerySet

from accounts.models import User
from accounts.roles import sees_everything
from compliance.models import Suppression
from compliance.selectors import suppression_hashes
from integrations.models import CrmSyncRecord, ExportJob, WebhookDelivery, WebhookEndpoint
from leads import selectors as lead_selectors
from leads.models import ContactKind, ContactPoint, Lead


def _contacts(kind: str, attr: str) -> Prefetch:
    return Prefetch("contact_points", queryset=ContactPoint.objects.filter(kind=kind), to_attr=attr)


def lead_export_queryset(*, ordering: str = "-discovered_at", **filters) -> QuerySet[Lead]:
    """The leads of ``GET /leads`` with the same filters, with what the export columns read fetched up front."""
    return (
        lead_selectors.lead_filter(**filters, count_labels=False)
        .prefetch_related(_contacts(ContactKind.EMAIL, "emails"))
        .order_by(*lead_selectors.LEAD_ORDERINGS[ordering])
    )


def lead_export_selected(queryset: QuerySet[Lead]) -> QuerySet[Lead]:
    """Any lead queryset (an admin selection) with what the export columns read."""
    return queryset.select_related("owner").prefetch_related(
        _contacts(ContactKind.PHONE, "phones"), _contacts(ContactKind.EMAIL, "emails")
    )


def _unsuppressed(leads: list[Lead]) -> list[Lead]:
    hashes = {
        lead.pk: set(
            suppression_hashes(
                phones=[point.normalized_value for point in lead.phones],
                emails=[point.normalized_value for point in lead.emails],
                domains=[lead.domain] if lead.domain else [],
            )
        )
        for lead in leads
    }
    wanted = set().union(*hashes.values()) if hashes else set()
    if not wanted:
        return leads
    hits = set(Suppression.objects.filter(value_hash__in=wanted).values_list("value_hash", flat=True))
    return [lead for lead in leads if not hashes[lead.pk] & hits]


def without_suppressed(leads: Iterable[Lead], chunk_size: int = 500) -> Iterator[Lead]:
    """The leads minus those whose phone, email or domain is on the suppression list (one query per chunk)."""
    chunk: list[Lead] = []
    for lead in leads:
        chunk.append(lead)
        if len(chunk) >= chunk_size:
            yield from _unsuppressed(chunk)
            chunk = []
    yield from _unsuppressed(chunk)


def export_job_list(*, user: User) -> QuerySet[ExportJob]:
    """A user's own export jobs (admins and managers see everyone's, to help)."""
    jobs = ExportJob.objects.select_related("requested_by")
    return jobs if sees_everything(user) else jobs.filter(requested_by=user)


def crm_sync_records(*, lead_id: int) -> QuerySet[CrmSyncRecord]:
    return CrmSyncRecord.objects.filter(lead_id=lead_id).order_by("provider")


def webhook_endpoint_list() -> QuerySet[WebhookEndpoint]:
    return WebhookEndpoint.objects.all()


def webhook_endpoints_for(event: str) -> list[WebhookEndpoint]:
    """Active endpoints subscribed to ``event`` (events is a JSON list; filtered in Python to work on SQLite too)."""
    return [endpoint for endpoint in WebhookEndpoint.objects.filter(is_active=True) if event in endpoint.events]


def webhook_delivery_list(*, endpoint_id: int | None = None) -> QuerySet[WebhookDelivery]:
    deliveries = WebhookDelivery.objects.select_related("endpoint")
    return deliveries if endpoint_id is None else deliveries.filter(endpoint_id=endpoint_id)
