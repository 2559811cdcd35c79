"""Cursor pagination for the API and the dashboard: cursors stay stable while new leads keep arriving, and a cursor
we did not write is a 400, never a 500."""

import datetime

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Field, QuerySet
from django.utils import timezone
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination

from insight.validation import whole_number

INVALID_CURSOR = "cursor is not valid: use the `next` or `previous` link."


def _ordering_field(queryset: QuerySet, name: str) -> Field | None:
    """The model field or annotation a cursor position is compared with (None: not one we can check)."""
    if name == "pk":
        return queryset.model._meta.pk
    if name in queryset.query.annotations:
        return queryset.query.annotations[name].output_field
    try:
        return queryset.model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


class CheckedCursorPagination(CursorPagination):
    """DRF's cursor pagination, refusing with ``ValidationError({"cursor": ...})`` a cursor that does not decode
    or whose position is not a value of the ordering field (a hand-made ``p=2026-12-07`` on a list ordered by id
    would otherwise reach the database and fail there; on a list ordered by time it is not a page we gave)."""

    def paginate_queryset(self, queryset, request, view=None):
        self._queryset = queryset
        return super().paginate_queryset(queryset, request, view)

    def decode_cursor(self, request):
        try:
            cursor = super().decode_cursor(request)
        except NotFound:
            raise ValidationError({self.cursor_query_param: [INVALID_CURSOR]})
        if cursor is not None and cursor.position is not None and not self._position_is_valid(cursor.position):
            raise ValidationError({self.cursor_query_param: [INVALID_CURSOR]})
        return cursor

    def _position_is_valid(self, position: str) -> bool:
        if "\x00" in position:  # no database column holds one; PostgreSQL refuses it in a query
            return False
        field = _ordering_field(self._queryset, self.ordering[0].lstrip("-"))
        try:
            value = field.to_python(position) if field else position
        except (DjangoValidationError, TypeError, ValueError, OverflowError):
            return False
        # Our cursors carry the time zone of the aware timestamps they come from; "2026-12-07" was made by hand.
        return not (isinstance(value, datetime.datetime) and timezone.is_naive(value))


class DefaultCursorPagination(CheckedCursorPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-pk"

    def get_page_size(self, request):
        """``page_size`` from 1 to ``max_page_size`` (a larger one is capped); anything else is a 400, not the
        default page passed off as what was asked for."""
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None or raw == "":
            return self.page_size
        size = whole_number(raw, maximum=10**9)
        if not size:
            raise ValidationError({self.page_size_query_param: [f"Use a whole number from 1 to {self.max_page_size}."]})
        return min(size, self.max_page_size)
