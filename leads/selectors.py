"""Reads of leads."""

from django.db import connection
from django.db.models import BooleanField, Q, QuerySet
from django.db.models.expressions import RawSQL

from leads.models import Lead


def lead_list() -> QuerySet[Lead]:
    return Lead.objects.select_related("owner", "scrape_task", "monitor")


def lead_search(queryset: QuerySet[Lead], query: str) -> QuerySet[Lead]:
    """Full-text search: PostgreSQL's indexed tsvector where available, a substring match elsewhere."""
    query = (query or "").strip()
    if not query:
        return queryset
    if connection.vendor == "postgresql":
        match = RawSQL(
            "leads_lead.search_vector @@ websearch_to_tsquery('simple', %s)", (query,), output_field=BooleanField()
        )
        return queryset.filter(match)
    condition = Q()
    for word in query.split():
        condition &= Q(name__icontains=word) | Q(text__icontains=word) | Q(author__icontains=word)
    return queryset.filter(condition)
