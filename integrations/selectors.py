"""Reads for exports, CRM sync state and webhooks."""

from collections.abc import Iterable
from functools import lru_cache

from django.db import connection, models
from django.db.models import BooleanField, Prefetch, Q, QuerySet
from django.db.models.expressions import RawSQL

from accounts.models import User
from accounts.roles import sees_everything
from compliance.identifiers import domain_candidates, email_normalize, identifier_hash, phone_normalize
from compliance.models import Suppression, SuppressionKind
from integrations.models import CrmSyncRecord, ExportJob, WebhookDelivery, WebhookEndpoint
from leads import selectors as lead_selectors
from leads.models import ContactKind, ContactPoint, Lead


def _contacts(kind: str, attr: str) -> Prefetch:
    return Prefetch("contact_points", queryset=ContactPoint.objects.filter(kind=kind), to_attr=attr)


def lead_export_queryset(*, ordering: str = "-discovered_at", **filters) -> QuerySet[Lead]:
    """The leads of ``GET /leads`` with the same filters and order (``exports.export_source`` reads the columns)."""
    return lead_selectors.lead_filter(**filters, count_labels=False).order_by(*lead_selectors.LEAD_ORDERINGS[ordering])


def lead_export_selected(queryset: QuerySet[Lead]) -> QuerySet[Lead]:
    """Any lead queryset (an admin selection) with what ``exports.LeadExportResource`` reads from instances."""
    return queryset.select_related("owner", "enrichment", "monitor__keyword_set").prefetch_related(
        _contacts(ContactKind.PHONE, "phones"),
        _contacts(ContactKind.EMAIL, "emails"),
        _contacts(ContactKind.WEBSITE, "websites"),
    )


def _among(model: type[models.Model], field: str, values: list) -> Q | RawSQL:
    """``field IN values`` — on PostgreSQL as ``= ANY(%s)`` with one array parameter: thousands of placeholders
    cost psycopg's client-side binding more than the query itself."""
    if connection.vendor != "postgresql":
        return Q(**{f"{field}__in": values})
    column = f'"{model._meta.db_table}"."{model._meta.get_field(field).column}"'
    return RawSQL(f"{column} = ANY(%s)", (values,), output_field=BooleanField())  # noqa: S611 (names from the model)


def export_contact_points(lead_ids: list[int]) -> dict[tuple[int, str], list[str]]:
    """(lead id, kind) → the normalised phones, emails or websites of those leads, in the model's order (one query)."""
    points: dict[tuple[int, str], list[str]] = {}
    rows = ContactPoint.objects.filter(
        _among(ContactPoint, "lead", lead_ids), kind__in=(ContactKind.PHONE, ContactKind.EMAIL, ContactKind.WEBSITE)
    ).values_list("lead_id", "kind", "normalized_value")
    for lead_id, kind, value in rows:
        points.setdefault((lead_id, kind), []).append(value)
    return points


# Leads repeat domains and chains repeat phones; both normalisations cost tens of microseconds.
_phone_normalize = lru_cache(maxsize=2**15)(phone_normalize)


def _suppressed_kinds() -> set[str]:
    return {kind for kind in SuppressionKind.values if Suppression.objects.filter(kind=kind).exists()}


def lead_identifier_hashes(*, phones: Iterable[str], emails: Iterable[str], domain: str, kinds: set[str]) -> set[str]:
    """``compliance.selectors.suppression_hashes`` of one lead, limited to ``kinds`` (cached normalisations)."""
    hashes = set()
    if SuppressionKind.PHONE in kinds:
        hashes.update(
            identifier_hash(SuppressionKind.PHONE, normal) for normal in map(_phone_normalize, phones) if normal
        )
    hosts = []
    for email in emails:
        normal = email_normalize(email)
        if normal and SuppressionKind.EMAIL in kinds:
            hashes.add(identifier_hash(SuppressionKind.EMAIL, normal))
        hosts.append(normal)
    if SuppressionKind.DOMAIN in kinds:
        for host in (*hosts, domain):
            hashes.update(identifier_hash(SuppressionKind.DOMAIN, candidate) for candidate in domain_candidates(host))
    return hashes


def export_suppressed_ids(leads: Iterable[tuple[int, Iterable[str], Iterable[str], str]]) -> set[int]:
    """The ids among ``(id, phones, emails, domain)`` whose phone, email or domain is suppressed: one query, none
    when the suppression list holds nothing of a kind a lead could match (a few index probes decide that)."""
    kinds = _suppressed_kinds()
    if not kinds:
        return set()
    hashes = {
        lead_id: lead_identifier_hashes(phones=phones, emails=emails, domain=domain, kinds=kinds)
        for lead_id, phones, emails, domain in leads
    }
    wanted = list(set().union(*hashes.values()))
    if not wanted:
        return set()
    hits = set(
        Suppression.objects.filter(_among(Suppression, "value_hash", wanted), kind__in=kinds).values_list(
            "value_hash", flat=True
        )
    )
    return {lead_id for lead_id, own in hashes.items() if own & hits}


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
