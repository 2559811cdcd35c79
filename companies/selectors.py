"""Reads of companies, their links, history and notifications."""

from django.db.models import Count, Prefetch, Q, QuerySet

from companies.models import Company, CompanyEvent, CompanyLink, Notification
from leads.models import ContactKind, ContactPoint


def company_list(*, q: str = "", score_min: int | None = None, owner_id: int | None = None, status: str = "active"):
    queryset = Company.objects.select_related("owner").annotate(
        lead_count=Count("links", filter=Q(links__undone=False))
    )
    if status:
        queryset = queryset.filter(status=status)
    if q:
        queryset = queryset.filter(Q(name__icontains=q) | Q(domain__icontains=q) | Q(city__icontains=q))
    if score_min is not None:
        queryset = queryset.filter(score__gte=score_min)
    if owner_id is not None:
        queryset = queryset.filter(owner_id=owner_id)
    return queryset


def company_detail_queryset() -> QuerySet[Company]:
    return Company.objects.select_related("owner", "merged_into").prefetch_related("keys")


def company_links(*, company: Company, include_undone: bool = True) -> QuerySet[CompanyLink]:
    queryset = CompanyLink.objects.filter(company=company).select_related(
        "lead", "lead__owner", "created_by", "undone_by"
    )
    if not include_undone:
        queryset = queryset.filter(undone=False)
    return queryset


def company_page_links(*, company: Company) -> list[CompanyLink]:
    """Active links, newest lead activity first, with each lead's phones for the page."""
    phones = ContactPoint.objects.filter(kind=ContactKind.PHONE)
    return list(
        company_links(company=company, include_undone=False)
        .prefetch_related(Prefetch("lead__contact_points", queryset=phones, to_attr="phones"))
        .order_by("-lead__published_at", "-lead__discovered_at")
    )


def company_events(*, company: Company, limit: int = 50) -> list[CompanyEvent]:
    return list(CompanyEvent.objects.filter(company=company).select_related("actor")[:limit])


def notification_list(*, user, unread: bool = False) -> QuerySet[Notification]:
    queryset = Notification.objects.filter(user=user)
    return queryset.filter(read_at__isnull=True) if unread else queryset
