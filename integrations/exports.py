"""Lead export: one django-import-export resource, written row by row so memory stays flat at any size.

The resource decides the columns and how each value is rendered; the writers below stream it as CSV or JSON,
or write an Excel workbook in openpyxl's write-only mode. Scraped text is untrusted: a cell that a spreadsheet
would read as a formula is prefixed with an apostrophe (CSV and Excel; JSON is data, not cells).
"""

import csv
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from django.http import FileResponse, HttpResponseBase, StreamingHttpResponse
from django.utils import timezone
from import_export import fields, resources
from openpyxl import Workbook

from integrations.models import ExportFormat
from integrations.selectors import without_suppressed
from leads.models import Lead

EXPORT_COLUMNS = (
    "id",
    "kind",
    "name",
    "status",
    "score",
    "platform",
    "url",
    "location",
    "category",
    "phones",
    "owner",
    "published_at",
    "discovered_at",
    "emails",
    "domain",
    "author",
    "intent_level",
    "sentiment_label",
    "platform_id",
)
# Our own E.164 output: the leading "+" is expected, never a formula written by a scraped page.
TRUSTED_COLUMNS = frozenset({"phones"})
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CONTENT_TYPES = {
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.JSON: "application/json",
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
PROGRESS_EVERY = 1000


def export_source(queryset: QuerySet[Lead]) -> Iterator[Lead]:
    """The one way rows reach a writer: read in chunks (flat memory), suppressed contacts left out."""
    return without_suppressed(queryset.iterator(chunk_size=1000))


def neutralise(value: Any) -> Any:
    """Prefix a text cell that starts like a formula so spreadsheets show it as text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class LeadExportResource(resources.ModelResource):
    """Columns of every lead export (admin action, API, background job)."""

    phones = fields.Field(column_name="phones")
    emails = fields.Field(column_name="emails")
    owner = fields.Field(column_name="owner")

    class Meta:
        model = Lead
        fields = EXPORT_COLUMNS
        export_order = EXPORT_COLUMNS

    def dehydrate_phones(self, lead: Lead) -> str:
        return " ".join(point.normalized_value for point in lead.phones)

    def dehydrate_emails(self, lead: Lead) -> str:
        return " ".join(point.normalized_value for point in lead.emails)

    def dehydrate_owner(self, lead: Lead) -> str:
        return lead.owner.email if lead.owner else ""


def _text(value: Any) -> Any:
    """CSV rendering of a native value: ISO dates, plain numbers, empty for None."""
    if value is None:
        return ""
    return value.isoformat(timespec="seconds") if hasattr(value, "isoformat") else value


def _readers(resource: LeadExportResource) -> list[Callable[[Lead], Any]]:
    """One reader per export column, resolved once: the resource's ``dehydrate_<column>`` or the model attribute.

    ``Resource.export_field`` resolves the same per cell and renders through locale-aware widgets, which made
    large exports several times slower; the columns and dehydrate methods stay defined by the resource.
    """
    readers = []
    for field in resource.get_export_fields():
        method = getattr(resource, f"dehydrate_{resource.get_field_name(field)}", None)
        readers.append(method or (lambda lead, attribute=field.attribute: getattr(lead, attribute)))
    return readers


def _rows(leads: Iterable[Lead], *, native: bool, safe: bool) -> Iterator[list[Any]]:
    readers = _readers(LeadExportResource())
    for lead in leads:
        row = [read(lead) for read in readers] if native else [_text(read(lead)) for read in readers]
        if safe:
            row = [
                value if name in TRUSTED_COLUMNS else neutralise(value)
                for name, value in zip(EXPORT_COLUMNS, row, strict=True)
            ]
        yield row


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_chunks(leads: Iterable[Lead]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(EXPORT_COLUMNS)
    for row in _rows(leads, native=False, safe=True):
        yield writer.writerow(row)


def json_chunks(leads: Iterable[Lead]) -> Iterator[str]:
    """A JSON array written one object per line, so a client can also read it as it arrives."""
    yield "["
    separator = "\n"
    for row in _rows(leads, native=True, safe=False):
        yield separator + json.dumps(
            dict(zip(EXPORT_COLUMNS, row, strict=True)), cls=DjangoJSONEncoder, ensure_ascii=False
        )
        separator = ",\n"
    yield "\n]\n"


class _Counted:
    """Counts the leads a writer consumed and reports every ``PROGRESS_EVERY`` of them."""

    def __init__(self, leads: Iterable[Lead], on_row: Callable[[int], None] | None) -> None:
        self.leads, self.on_row, self.count = leads, on_row, 0

    def __iter__(self) -> Iterator[Lead]:
        for lead in self.leads:
            yield lead
            self.count += 1
            if self.on_row and self.count % PROGRESS_EVERY == 0:
                self.on_row(self.count)


def _excel_value(value: Any) -> Any:
    # openpyxl refuses aware datetimes; values come from the database in UTC.
    return value.replace(tzinfo=None) if getattr(value, "tzinfo", None) else value


def xlsx_write(leads: Iterable[Lead], out: IO[bytes] | str) -> None:
    """Write an Excel workbook in write-only mode (rows go to a temporary file, not memory)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Leads")
    sheet.append(list(EXPORT_COLUMNS))
    for row in _rows(leads, native=True, safe=True):
        sheet.append([_excel_value(value) for value in row])
    workbook.save(out)


def export_response(leads: Iterable[Lead], export_format: str) -> HttpResponseBase:
    """The download of a streamed export (API and admin action): CSV/JSON chunk by chunk, Excel from a temp file."""
    filename = f"leads-{timezone.now():%Y%m%d-%H%M}.{export_format}"
    if export_format == ExportFormat.XLSX:
        out = tempfile.TemporaryFile()  # closed (and so deleted) by FileResponse once sent
        xlsx_write(leads, out)
        out.seek(0)
        return FileResponse(out, as_attachment=True, filename=filename, content_type=CONTENT_TYPES[export_format])
    chunks = csv_chunks(leads) if export_format == ExportFormat.CSV else json_chunks(leads)
    response = StreamingHttpResponse(chunks, content_type=CONTENT_TYPES[export_format])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def export_write(
    leads: Iterable[Lead], export_format: str, path: str, *, on_row: Callable[[int], None] | None = None
) -> int:
    """Write the export to ``path`` (background jobs); ``on_row(count)`` reports progress. Returns the rows."""
    counted = _Counted(leads, on_row)
    if export_format == ExportFormat.XLSX:
        xlsx_write(counted, path)
        return counted.count
    chunks = csv_chunks(counted) if export_format == ExportFormat.CSV else json_chunks(counted)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.writelines(chunks)
    return counted.count
