"""Reads of leads."""

import datetime

from django.db import connection
from django.db.models import (
    BigIntegerField,
    BooleanField,
    Case,
    Count,
    Exists,
    Field,
    FloatField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.fields.json import KeyTextTransform, KeyTransform
from django.db.models.functions import Cast, Coalesce, Replace, Trim
from django.db.models.lookups import Regex
from django.utils import timezone

from leads.models import ContactKind, ContactPoint, KeywordSet, Label, Lead, LeadStatusChange, ScoringRule
from leads.place_details import MAX_RATING, RATING_TEXT, REVIEWS_TEXT

# API ordering names → model ordering (the first field is the cursor position; "-id" breaks ties).
LEAD_ORDERINGS = {
    "score": ("score", "id"),
    "-score": ("-score", "-id"),
    "discovered_at": ("discovered_at", "id"),
    "-discovered_at": ("-discovered_at", "-id"),
    # Leads without a publication date sort by when they were found, so the cursor never meets NULL.
    "published_at": ("published_or_discovered", "id"),
    "-published_at": ("-published_or_discovered", "-id"),
    "name": ("name", "id"),
    "-name": ("-name", "-id"),
}


def _local_midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


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


def _place_number(key: str, pattern: str, output_field: Field, comma: str) -> Case:
    """A scraped place number of ``raw["fields"]`` (text, see ``leads.place_details``) as a number, NULL when the text
    is not one: the CASE checks the form before the cast, so garbage never reaches the cast and fails the query."""
    found = KeyTextTransform(key, KeyTransform("fields", "raw"))
    text = Trim(Replace(found, Value(",", TextField()), Value(comma, TextField())))
    return Case(When(Regex(text, pattern), then=Cast(text, output_field)), default=None, output_field=output_field)


def lead_filter(
    *,
    ids: list[int] | None = None,
    status: list[str] | None = None,
    platform: list[str] | None = None,
    kind: str | None = None,
    score_min: int | None = None,
    score_max: int | None = None,
    discovered_from: datetime.date | None = None,
    discovered_to: datetime.date | None = None,
    owner_id: int | None = None,
    unassigned: bool = False,
    has_phone: bool | None = None,
    min_rating: float | None = None,
    min_reviews: int | None = None,
    q: str = "",
    count_labels: bool = True,
) -> QuerySet[Lead]:
    """Leads for the list endpoint, narrowed by already validated parameters; phones prefetched, labels counted."""
    queryset = Lead.objects.select_related("owner").annotate(
        published_or_discovered=Coalesce("published_at", "discovered_at")
    )
    if count_labels:
        queryset = queryset.annotate(
            # A correlated count instead of JOIN + GROUP BY: PostgreSQL can then walk an index and stop at the page.
            label_count=Coalesce(
                Subquery(
                    Label.objects.filter(lead=OuterRef("pk"))
                    .order_by()
                    .values("lead")
                    .annotate(n=Count("pk"))
                    .values("n")[:1]
                ),
                0,
            )
        )
    if ids is not None:
        queryset = queryset.filter(pk__in=ids)
    if status:
        queryset = queryset.filter(status__in=status)
    if platform:
        queryset = queryset.filter(platform__in=platform)
    if kind:
        queryset = queryset.filter(kind=kind)
    if score_min is not None:
        queryset = queryset.filter(score__gte=score_min)
    if score_max is not None:
        queryset = queryset.filter(score__lte=score_max)
    # Local-midnight bounds, not discovered_at__date: a plain range can use lead_discovered_idx at 1M leads.
    if discovered_from:
        queryset = queryset.filter(discovered_at__gte=_local_midnight(discovered_from))
    if discovered_to:
        queryset = queryset.filter(discovered_at__lt=_local_midnight(discovered_to + datetime.timedelta(days=1)))
    if unassigned:
        queryset = queryset.filter(owner__isnull=True)
    elif owner_id is not None:
        queryset = queryset.filter(owner_id=owner_id)
    if has_phone is not None:
        phones = ContactPoint.objects.filter(lead=OuterRef("pk"), kind=ContactKind.PHONE)
        queryset = queryset.filter(Exists(phones)) if has_phone else queryset.exclude(Exists(phones))
    if min_rating is not None:
        queryset = queryset.alias(place_rating=_place_number("rating", RATING_TEXT, FloatField(), ".")).filter(
            place_rating__gte=min_rating, place_rating__lte=MAX_RATING
        )
    if min_reviews is not None:
        queryset = queryset.alias(place_reviews=_place_number("reviews", REVIEWS_TEXT, BigIntegerField(), "")).filter(
            place_reviews__gte=min_reviews
        )
    queryset = lead_search(queryset, q)
    return queryset.prefetch_related(
        Prefetch("contact_points", queryset=ContactPoint.objects.filter(kind=ContactKind.PHONE), to_attr="phones")
    )


def lead_filters_from_query(*, query: str, user) -> tuple[str, dict]:
    """The ordering and ``lead_filter`` parameters a leads-list query string stands for, read exactly as the leads
    API reads it (a stored export job replays its query in a worker). Raises ``ValidationError`` for a bad one."""
    from django.http import QueryDict

    from leads.api.serializers import LeadFilterSerializer

    params = LeadFilterSerializer(data=QueryDict(query))
    params.is_valid(raise_exception=True)
    return params.validated_data["ordering"], params.to_selector_params(user)


_DISTINCT_PLATFORMS = """
WITH RECURSIVE platforms(value) AS (
    SELECT MIN(platform) FROM leads_lead
    UNION ALL
    SELECT (SELECT MIN(platform) FROM leads_lead WHERE platform > platforms.value) FROM platforms
    WHERE platforms.value IS NOT NULL
)
SELECT value FROM platforms WHERE value IS NOT NULL
"""


def lead_platforms() -> list[str]:
    """Every platform that has leads, by skipping through the platform index (cheap at a million leads)."""
    with connection.cursor() as cursor:
        cursor.execute(_DISTINCT_PLATFORMS)
        return [row[0] for row in cursor.fetchall()]


def lead_detail_queryset() -> QuerySet[Lead]:
    return Lead.objects.select_related("owner").prefetch_related(
        "contact_points", Prefetch("labels", queryset=Label.objects.select_related("author"))
    )


def lead_status_history(*, lead_id: int) -> QuerySet[LeadStatusChange]:
    """Status changes of one lead, newest first, with who made them."""
    return LeadStatusChange.objects.filter(lead_id=lead_id).select_related("actor")


def label_list(*, lead_id: int | None = None, kind: str | None = None, author_id: int | None = None) -> QuerySet[Label]:
    queryset = Label.objects.select_related("author")
    if lead_id is not None:
        queryset = queryset.filter(lead_id=lead_id)
    if kind:
        queryset = queryset.filter(kind=kind)
    if author_id is not None:
        queryset = queryset.filter(author_id=author_id)
    return queryset


def keyword_set_list() -> QuerySet[KeywordSet]:
    return KeywordSet.objects.all()


def scoring_rule_list() -> QuerySet[ScoringRule]:
    return ScoringRule.objects.all()
