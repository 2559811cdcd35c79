"""Default API pagination: cursors stay stable while new leads keep arriving."""

from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination


class DefaultCursorPagination(CursorPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-pk"

    def decode_cursor(self, request):
        try:
            return super().decode_cursor(request)
        except NotFound:
            # A damaged or hand-made cursor is a bad request, not a missing resource.
            raise ValidationError({self.cursor_query_param: ["Invalid cursor: use the `next` or `previous` link."]})
