"""Writes of the compliance app: the audit log and the suppression list."""

from collections.abc import Iterable
from typing import Any

from django.db import IntegrityError, transaction

from compliance.identifiers import NORMALIZERS, identifier_hash
from compliance.models import AuditAction, AuditEntry, Suppression, SuppressionKind, SuppressionReason
from insight import hooks
from insight.api_errors import ApplicationError
from scraping.extraction.regions import TLD_EXTRACT


def audit_record(
    *, actor: Any, action: str, target_type: str = "", target_id: Any = "", details: dict | None = None
) -> AuditEntry:
    """Append one audit entry. ``actor`` is a user, or None for the system (schedules, workers)."""
    if action not in AuditAction.values:
        raise ValueError(f"Unknown audit action {action!r}; add it to compliance.models.AuditAction.")
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        actor=user,
        actor_email=getattr(user, "email", "") or "",
        action=action,
        target_type=target_type[:64],
        target_id=str(target_id if target_id is not None else "")[:64],
        details=details or {},
    )


def suppression_normalize(*, kind: str, value: str) -> str:
    """The identifier in its normal form, or an ApplicationError saying why it cannot be suppressed."""
    if kind not in SuppressionKind.values:
        raise ApplicationError(
            "Unknown kind.", fields={"kind": [f"Choose one of {', '.join(SuppressionKind.values)}."]}
        )
    normal = NORMALIZERS[kind](value)
    if kind == SuppressionKind.DOMAIN and normal and not TLD_EXTRACT(normal).top_domain_under_public_suffix:
        message = "A public suffix (like co.uk) would suppress every site under it; give the site's own domain."
        raise ApplicationError(message, fields={"value": [message]})
    if not normal:
        messages = {
            SuppressionKind.PHONE: "Not a phone number (use international format, e.g. +1 416 555 0123).",
            SuppressionKind.EMAIL: "Not an email address.",
            SuppressionKind.DOMAIN: "Not a domain (e.g. example.com).",
        }
        raise ApplicationError(messages[kind], fields={"value": [messages[kind]]})
    return normal


def companies_linked(lead_ids: set[int]) -> set[int]:
    """Companies these leads are linked to (read before the leads are deleted: the links go with them).

    Companies sit above compliance (docs/architecture.md): the work is done by ``companies`` through a hook."""
    return hooks.companies_linked(lead_ids=lead_ids)


def companies_forget(
    *, company_ids: set[int], phones: Iterable[str] = (), emails: Iterable[str] = (), domains: Iterable[str] = ()
) -> int:
    """After a purge: delete the company keys holding the identifiers, then rescore every company that lost a lead
    or a key, so no stored score explanation keeps them. Returns how many keys were deleted (through a hook)."""
    return hooks.companies_forget(company_ids=company_ids, phones=phones, emails=emails, domains=domains)


@transaction.atomic
def suppression_add(
    *,
    kind: str,
    value: str,
    actor: Any = None,
    reason: str = SuppressionReason.OPT_OUT,
    note: str = "",
    keep_value: bool = True,
    purge: bool = True,
) -> tuple[Suppression, bool]:
    """Suppress an identifier (idempotent: returns the existing entry, created=False).

    With ``purge`` the leads already stored for it are deleted at once (see ``compliance.purge``), so an opt-out
    takes effect for existing data as well as future ingestion; counts go to the audit entry.
    ``keep_value=False`` stores only the hash (erasure: the identifier must not stay in clear).
    """
    from compliance.purge import lead_ids_matching, leads_purge

    normal = suppression_normalize(kind=kind, value=value)
    digest = identifier_hash(kind, normal)
    existing = Suppression.objects.filter(kind=kind, value_hash=digest).first()
    if existing is not None:
        return existing, False
    user = actor if getattr(actor, "is_authenticated", False) else None
    entry = Suppression(
        kind=kind,
        value=normal if keep_value else "",
        value_hash=digest,
        reason=reason,
        note=note[:500],
        created_by=user,
    )
    entry.full_clean(exclude=["value_hash"])
    try:
        with transaction.atomic():
            entry.save()
    except IntegrityError:
        return Suppression.objects.get(kind=kind, value_hash=digest), False
    purged = {}
    if purge:
        linked = companies_linked(lead_ids_matching(**{f"{kind}s": [normal]}))
        purged = leads_purge(**{f"{kind}s": [normal]})
        purged["company_keys"] = companies_forget(company_ids=linked, **{f"{kind}s": [normal]})
    audit_record(
        actor=user,
        action=AuditAction.SUPPRESSION_ADD,
        target_type="suppression",
        target_id=entry.pk,
        details={"kind": kind, "reason": reason, "value_hash": digest, "purged": purged},
    )
    return entry, True


@transaction.atomic
def suppression_remove(*, entry: Suppression, actor: Any = None) -> None:
    """Lift a suppression; entries created by an erasure stay (the person asked never to be stored again)."""
    if entry.reason == SuppressionReason.ERASURE:
        raise ApplicationError(
            "Entries created by an erasure cannot be removed.", code="erasure_entry", status_code=409
        )
    audit_record(
        actor=actor,
        action=AuditAction.SUPPRESSION_REMOVE,
        target_type="suppression",
        target_id=entry.pk,
        details={"kind": entry.kind, "reason": entry.reason, "value_hash": entry.value_hash},
    )
    entry.delete()
