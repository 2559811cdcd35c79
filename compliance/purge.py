"""Finding and deleting what is stored about an identifier: used by suppression (opt-out) and erasure."""

import re
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q

from compliance.identifiers import domain_normalize, email_normalize, phone_normalize
from leads.models import ContactKind, ContactPoint, Label, Lead


def lead_ids_matching(
    *, phones: Iterable[str] = (), emails: Iterable[str] = (), domains: Iterable[str] = (), handles: Iterable[str] = ()
) -> set[int]:
    """Ids of leads that carry one of the identifiers: as a contact point, as their domain, or as their author."""
    phones = {p for p in map(phone_normalize, phones) if p}
    emails = {e for e in map(email_normalize, emails) if e}
    domains = {d for d in map(domain_normalize, domains) if d}
    handles = {h.strip().lower().lstrip("@") for h in handles if h and h.strip().lstrip("@")}
    points = Q(pk__in=[])
    leads = Q(pk__in=[])
    if phones:
        points |= Q(kind=ContactKind.PHONE, normalized_value__in=phones)
    if emails:
        points |= Q(kind=ContactKind.EMAIL, normalized_value__in=emails)
    for domain in domains:
        escaped = re.escape(domain)
        points |= Q(kind=ContactKind.EMAIL, normalized_value__iregex=rf"[@.]{escaped}$")
        points |= Q(kind=ContactKind.WEBSITE, normalized_value__iregex=rf"^([a-z]+://)?([^/]*\.)?{escaped}(:\d+)?(/|$)")
        leads |= Q(domain__iexact=domain) | Q(domain__iendswith=f".{domain}")
    for handle in handles:
        leads |= Q(author_handle__iexact=handle) | Q(author_handle__iexact=f"@{handle}")
    ids = set(ContactPoint.objects.filter(points).values_list("lead_id", flat=True))
    ids |= set(Lead.objects.filter(leads).values_list("pk", flat=True))
    return ids


@transaction.atomic
def leads_purge(
    *, phones: Iterable[str] = (), emails: Iterable[str] = (), domains: Iterable[str] = (), handles: Iterable[str] = ()
) -> dict[str, int]:
    """Delete every lead matching the identifiers with its contact points, labels and the monitor posts that
    produced it. Returns counts per kind of record."""
    from scraping.models import SeenPost

    ids = lead_ids_matching(phones=phones, emails=emails, domains=domains, handles=handles)
    counts = {
        "leads": len(ids),
        "contact_points": ContactPoint.objects.filter(lead_id__in=ids).count(),
        "labels": Label.objects.filter(lead_id__in=ids).count(),
        "seen_posts": SeenPost.objects.filter(lead_id__in=ids).delete()[0],
    }
    Lead.objects.filter(pk__in=ids).delete()
    return counts
