"""Reads of the compliance app: suppression checks and the audit log."""

from collections.abc import Iterable

from django.db.models import QuerySet

from compliance.identifiers import domain_candidates, email_normalize, identifier_hash, phone_normalize
from compliance.models import AuditEntry, Suppression, SuppressionKind


def suppression_hashes(
    *, phones: Iterable[str] = (), emails: Iterable[str] = (), domains: Iterable[str] = ()
) -> dict[str, tuple[str, str]]:
    """hash → (kind, normalised value) of every identifier given; an email also contributes its domain."""
    wanted: dict[str, tuple[str, str]] = {}

    def add(kind: str, value: str) -> None:
        if value:
            wanted[identifier_hash(kind, value)] = (kind, value)

    for phone in phones:
        add(SuppressionKind.PHONE, phone_normalize(phone))
    for email in emails:
        normal = email_normalize(email)
        add(SuppressionKind.EMAIL, normal)
        for host in domain_candidates(normal):
            add(SuppressionKind.DOMAIN, host)
    for domain in domains:
        for host in domain_candidates(domain):
            add(SuppressionKind.DOMAIN, host)
    return wanted


def suppression_match(
    *, phones: Iterable[str] = (), emails: Iterable[str] = (), domains: Iterable[str] = ()
) -> str | None:
    """Description of the first suppression entry matching any identifier given, or None (one query at most).

    Phones may be E.164 or national (read as US); emails any case; domains may be hosts, URLs or addresses —
    ``www.shop.example.com`` and ``bob@mail.example.com`` both match a suppressed ``example.com``.
    """
    wanted = suppression_hashes(phones=phones, emails=emails, domains=domains)
    if not wanted:
        return None
    entry = Suppression.objects.filter(value_hash__in=wanted).order_by("id").first()
    return str(entry) if entry else None


def suppression_list(*, kind: str = "", search: str = "") -> QuerySet[Suppression]:
    entries = Suppression.objects.select_related("created_by")
    if kind:
        entries = entries.filter(kind=kind)
    if search:
        entries = entries.filter(value__icontains=search.strip().lower())
    return entries


def audit_list(
    *, action: str = "", actor_id: int | None = None, target_type: str = "", target_id: str = "", since=None, until=None
) -> QuerySet[AuditEntry]:
    entries = AuditEntry.objects.select_related("actor")
    if action:
        entries = entries.filter(action=action)
    if actor_id:
        entries = entries.filter(actor_id=actor_id)
    if target_type:
        entries = entries.filter(target_type=target_type)
    if target_id:
        entries = entries.filter(target_id=target_id)
    if since:
        entries = entries.filter(created_at__gte=since)
    if until:
        entries = entries.filter(created_at__lt=until)
    return entries
