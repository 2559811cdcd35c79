"""Services of the data lifecycle: right to erasure, retention (archive, then delete) and restore from the archive.

Decisions (see docs/compliance.md): an erasure deletes every lead carrying the person's email or phone (as a
contact point or an address-shaped author handle) with its contact points, labels, enrichment, status history and
monitor posts, the company keys holding the phone or email (never a domain key: it names a business, not a
person), the cached lookups of their number and sites, rescores the companies that lost a lead or a key, redacts
the task events that named those leads, removes their records from the archive files, and suppresses the
identifiers by hash only. Retention counts from a lead's last change (``updated_at``) and never deletes the
statuses a policy keeps.
"""

import datetime as dt
import hashlib
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import ForeignKey, Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from compliance.archive import archive_files, archive_records, archive_scrub, leads_archive, record_models
from compliance.identifiers import email_normalize, phone_normalize
from compliance.models import (
    AuditAction,
    ErasureReceipt,
    RetentionPolicy,
    RetentionRun,
    RunStatus,
    Suppression,
    SuppressionKind,
    SuppressionReason,
)
from compliance.purge import lead_ids_matching, leads_purge
from compliance.selectors import suppression_match
from compliance.services import audit_record, companies_forget, companies_linked, suppression_add
from insight.api_errors import ApplicationError
from leads.models import ContactKind, ContactPoint, Lead, LeadKind

RETENTION_BATCH = 500
STALE_RUN_AFTER = dt.timedelta(hours=2)
RESTORE_MAX_DAYS = 3660


# --- Right to erasure --------------------------------------------------------------------------------------------


def _identifiers(email: str, phone: str) -> tuple[list[str], list[str]]:
    errors: dict[str, list[str]] = {}
    emails = [email_normalize(email)] if email else []
    phones = [phone_normalize(phone)] if phone else []
    if email and not emails[0]:
        errors["email"] = ["Not an email address."]
    if phone and not phones[0]:
        errors["phone"] = ["Not a phone number (use international format, e.g. +1 416 555 0123)."]
    if not email and not phone:
        errors["non_field_errors"] = ["Give the person's email address, phone number, or both."]
    if errors:
        raise ApplicationError("Some fields are invalid.", fields=errors)
    return emails, phones


def _record_names(record: dict, *, phones: set[str], emails: set[str]) -> bool:
    """Does an archived lead carry one of the identifiers (same rule as ``lead_ids_matching``)?"""
    handle = (record["lead"]["fields"].get("author_handle") or "").strip().lstrip("@").lower()
    if handle and handle in emails:
        return True
    for point in record["contact_points"]:
        kind, value = point["fields"]["kind"], point["fields"]["normalized_value"]
        if (kind == ContactKind.PHONE and value in phones) or (kind == ContactKind.EMAIL and value in emails):
            return True
    return False


def _task_events_redact(lead_ids: set[int]) -> int:
    from scraping.models import TaskEvent

    if not lead_ids:
        return 0
    return TaskEvent.objects.filter(payload__lead_id__in=list(lead_ids)).update(
        message="Lead erased on request.", payload={"erased": True}
    )


def _suppress_for_erasure(kind: str, value: str, actor: Any) -> int:
    entry, created = suppression_add(
        kind=kind, value=value, actor=actor, reason=SuppressionReason.ERASURE, keep_value=False, purge=False
    )
    if not created:  # an opt-out entry kept the value in clear: it becomes an erasure entry
        Suppression.objects.filter(pk=entry.pk).update(value="", reason=SuppressionReason.ERASURE)
    return entry.pk


def _cached_lookups_delete(*, phones: list[str], emails: list[str], lead_ids: set[int]) -> int:
    """Enrichment's lookup cache is keyed by E.164 number or URL: drop the person's numbers and their leads' sites."""
    from enrichment.models import LookupCache

    sites = ContactPoint.objects.filter(lead_id__in=lead_ids, kind=ContactKind.WEBSITE).values_list(
        "normalized_value", flat=True
    )
    keys = Q(key__in=[*phones, *sites])
    for email in emails:
        keys |= Q(key__icontains=email)
    return LookupCache.objects.filter(keys).delete()[0]


@transaction.atomic
def erasure_perform(*, actor: Any, email: str = "", phone: str = "", reference: str = "") -> ErasureReceipt:
    """Delete everything stored about the person with this email and/or phone, keep them out, return a receipt."""
    emails, phones = _identifiers(email, phone)
    lead_ids = lead_ids_matching(phones=phones, emails=emails, handles=emails)
    counts = {
        "task_events_redacted": _task_events_redact(lead_ids),
        "cached_lookups": _cached_lookups_delete(phones=phones, emails=emails, lead_ids=lead_ids),
    }
    linked_companies = companies_linked(lead_ids)
    counts.update(leads_purge(phones=phones, emails=emails, handles=emails))
    counts["company_keys"] = companies_forget(company_ids=linked_companies, phones=phones, emails=emails)
    counts["archived_leads"] = archive_scrub(
        lambda record: _record_names(record, phones=set(phones), emails=set(emails))
    )
    suppression_ids = [_suppress_for_erasure(SuppressionKind.EMAIL, e, actor) for e in emails]
    suppression_ids += [_suppress_for_erasure(SuppressionKind.PHONE, p, actor) for p in phones]
    lines = sorted([f"email:{e}" for e in emails] + [f"phone:{p}" for p in phones])
    user = actor if getattr(actor, "is_authenticated", False) else None
    receipt = ErasureReceipt.objects.create(
        requested_by=user,
        requested_by_email=getattr(user, "email", "") or "",
        reference=reference[:200],
        identifiers_hash=hashlib.sha256("\n".join(lines).encode()).hexdigest(),
        identifier_kinds=sorted({line.split(":", 1)[0] for line in lines}),
        counts=counts,
        suppression_ids=suppression_ids,
    )
    audit_record(
        actor=user,
        action=AuditAction.ERASURE,
        target_type="erasure_receipt",
        target_id=receipt.pk,
        details={"counts": counts, "identifiers_hash": receipt.identifiers_hash, "reference": receipt.reference},
    )
    return receipt


# --- Retention ---------------------------------------------------------------------------------------------------


def retention_policies_ensure() -> list[RetentionPolicy]:
    """The policy of each lead kind, created from settings the first time (admins edit them afterwards)."""
    defaults = {
        LeadKind.CONVERSATION: settings.RETENTION_CONVERSATION_DAYS,
        LeadKind.BUSINESS: settings.RETENTION_BUSINESS_DAYS,
    }
    return [
        RetentionPolicy.objects.get_or_create(
            lead_kind=kind, defaults={"days": days, "keep_statuses": list(settings.RETENTION_KEEP_STATUSES)}
        )[0]
        for kind, days in defaults.items()
    ]


def retention_policy_update(*, policy: RetentionPolicy, actor: Any, **changes: Any) -> RetentionPolicy:
    allowed = {"days", "keep_statuses", "archive", "is_active"}
    before = {name: getattr(policy, name) for name in allowed}
    for name, value in changes.items():
        if name not in allowed:
            raise ApplicationError(f"Unknown field {name}.", fields={name: ["Not editable."]})
        setattr(policy, name, value)
    policy.full_clean()
    with transaction.atomic():
        policy.save()
        audit_record(
            actor=actor,
            action=AuditAction.POLICY_CHANGE,
            target_type="retention_policy",
            target_id=policy.pk,
            details={"kind": policy.lead_kind, "before": before, "after": {n: getattr(policy, n) for n in allowed}},
        )
    return policy


def retention_run_start(*, actor: Any = None, now: dt.datetime | None = None) -> RetentionRun | None:
    """Claim the single running slot (None when another run holds it); a run silent for hours counts as dead."""
    now = now or timezone.now()
    RetentionRun.objects.filter(status=RunStatus.RUNNING, started_at__lt=now - STALE_RUN_AFTER).update(
        status=RunStatus.FAILED, finished_at=now, error="The worker stopped before the run finished."
    )
    user = actor if getattr(actor, "is_authenticated", False) else None
    try:
        with transaction.atomic():
            return RetentionRun.objects.create(triggered_by=user)
    except IntegrityError:
        return None


def _expired(policy: RetentionPolicy, cutoff: dt.datetime):
    return Lead.objects.filter(kind=policy.lead_kind, updated_at__lt=cutoff).exclude(status__in=policy.keep_statuses)


def retention_enforce(*, run: RetentionRun, now: dt.datetime | None = None) -> RetentionRun:
    """Archive (when the policy says so) and delete the leads every active policy lets go, in batches."""
    now = now or timezone.now()
    counts: dict[str, Any] = {}
    try:
        for policy in retention_policies_ensure():
            if not policy.is_active:
                continue
            cutoff = now - dt.timedelta(days=policy.days)
            deleted = archived = 0
            while batch := list(
                _expired(policy, cutoff).order_by("pk").prefetch_related("contact_points", "labels")[:RETENTION_BATCH]
            ):
                if policy.archive:
                    archived += sum(leads_archive(batch).values())
                with transaction.atomic():
                    # Same conditions again: a lead a person touched since the read is not deleted.
                    deleted += (
                        _expired(policy, cutoff)
                        .filter(pk__in=[lead.pk for lead in batch])
                        .delete()[1]
                        .get("leads.Lead", 0)
                    )
                if len(batch) < RETENTION_BATCH:
                    break
            counts[policy.lead_kind] = {"cutoff": cutoff, "archived": archived, "deleted": deleted}
    except Exception as exc:
        RetentionRun.objects.filter(pk=run.pk).update(
            status=RunStatus.FAILED, finished_at=timezone.now(), counts=counts, error=str(exc)[:5000]
        )
        raise
    with transaction.atomic():
        RetentionRun.objects.filter(pk=run.pk).update(
            status=RunStatus.COMPLETED, finished_at=timezone.now(), counts=counts
        )
        audit_record(
            actor=run.triggered_by,
            action=AuditAction.RETENTION_RUN,
            target_type="retention_run",
            target_id=run.pk,
            details=counts,
        )
    run.refresh_from_db()
    return run


# --- Restore -----------------------------------------------------------------------------------------------------


def _missing_references_cleared(row) -> None:
    """A user, task or monitor deleted since the archive was written: the restored row points at nothing."""
    for field in row._meta.concrete_fields:
        if not isinstance(field, ForeignKey) or not field.null:
            continue
        value = getattr(row, field.attname)
        if value is not None and not field.related_model._base_manager.filter(pk=value).exists():
            setattr(row, field.attname, None)


def _record_suppressed(record: dict) -> bool:
    points = [p["fields"] for p in record["contact_points"]]
    website = [p["normalized_value"] for p in points if p["kind"] == ContactKind.WEBSITE]
    return (
        suppression_match(
            phones=[p["normalized_value"] for p in points if p["kind"] == ContactKind.PHONE],
            emails=[p["normalized_value"] for p in points if p["kind"] == ContactKind.EMAIL],
            domains=[record["lead"]["fields"].get("domain") or "", *website],
        )
        is not None
    )


@transaction.atomic
def archive_restore(*, since: dt.date, until: dt.date, actor: Any = None) -> dict[str, int]:
    """Write back the archived leads discovered in [since, until) with their contact points and labels, exactly as
    archived. Leads already present (same id or dedupe key) and suppressed ones are skipped and counted."""
    if since >= until:
        raise ApplicationError("The end must come after the start.", fields={"until": ["Must be after since."]})
    if (until - since).days > RESTORE_MAX_DAYS:
        raise ApplicationError("At most ten years at a time.", fields={"until": ["Choose a shorter range."]})
    counts = {"leads": 0, "contact_points": 0, "labels": 0, "skipped_existing": 0, "skipped_suppressed": 0}
    for path in archive_files(since=since, until=until):
        latest: dict[int, dict] = {}  # a lead archived twice: the later line wins
        for record in archive_records(path):
            discovered = parse_datetime(record["lead"]["fields"]["discovered_at"])
            if since <= timezone.localdate(discovered) < until:
                latest[record["lead"]["pk"]] = record
        for pk, record in latest.items():
            key = record["lead"]["fields"]["dedupe_key"]
            if Lead.objects.filter(Q(pk=pk) | Q(dedupe_key=key)).exists():
                counts["skipped_existing"] += 1
                continue
            if _record_suppressed(record):
                counts["skipped_suppressed"] += 1
                continue
            for row in record_models(record):
                _missing_references_cleared(row.object)
                row.save()
            counts["leads"] += 1
            counts["contact_points"] += len(record["contact_points"])
            counts["labels"] += len(record["labels"])
    audit_record(
        actor=actor,
        action=AuditAction.RESTORE,
        target_type="archive",
        details={"since": since.isoformat(), "until": until.isoformat(), **counts},
    )
    return counts
