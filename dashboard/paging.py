"""Keyset pages for dashboard lists: DRF's cursor paginator (the API's) driven from a plain Django request.

A page costs one indexed range scan however deep it is; the total is counted only up to ``COUNT_LIMIT`` so a
list over a million rows never pays for COUNT(*)."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.db.models import QuerySet
from django.http import HttpRequest
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from insight.pagination import CheckedCursorPagination

COUNT_LIMIT = 10_000


@dataclass
class KeysetPage:
    items: list
    next_url: str
    previous_url: str


class _Cursor(CheckedCursorPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def __init__(self, ordering: tuple[str, ...]) -> None:
        self.ordering = ordering


def _relative(url: str | None) -> str:
    if not url:
        return ""
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


class InvalidCursor(Exception):
    """The ``cursor`` parameter was not one of ours (edited by hand, forged, or from an older ordering)."""


def keyset_page(request: HttpRequest, queryset: QuerySet, ordering: tuple[str, ...]) -> KeysetPage:
    """One page of ``queryset`` in ``ordering`` (the first field is the position, the last a unique tie-breaker)."""
    paginator = _Cursor(ordering)
    try:
        items = paginator.paginate_queryset(queryset, Request(request))
    except ValidationError as exc:
        raise InvalidCursor(str(exc)) from exc
    return KeysetPage(list(items or []), _relative(paginator.get_next_link()), _relative(paginator.get_previous_link()))


def bounded_count(queryset: QuerySet, limit: int = COUNT_LIMIT) -> tuple[int, bool]:
    """How many rows match, counting at most ``limit`` (and whether there are more)."""
    count = queryset.order_by().values("pk")[: limit + 1].count()
    return min(count, limit), count > limit
