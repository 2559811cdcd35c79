"""Default API pagination: cursors stay stable while new leads keep arriving."""

from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination

from insight.validation import whole_number


class DefaultCursorPagination(CursorPagination):
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

    def decode_cursor(self, request):
        try:
            return super().decode_cursor(request)
        except NotFound:
            # A damaged or hand-made cursor is a bad request, not a missing resource.
            raise ValidationError({self.cursor_query_param: ["Invalid cursor: use the `next` or `previous` link."]})
