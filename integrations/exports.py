"""Lead export: one column list, read as plain values in chunks and streamed, so memory stays flat at any size.

``EXPORT_SPEC`` below is the one definition of the columns: the fast reader (``export_source``: one ``values_list``
query through a server-side cursor, contact points and the suppression check one query per chunk) and the
django-import-export resource (for code holding ``Lead`` instances) both come from it. The writers stream
the rows as CSV or JSON, or write an Excel workbook in openpyxl's write-only mode. Scraped text is untrusted: a
cell that a spreadsheet would read as a formula is prefixed with an apostrophe (CSV and Excel; JSON is data).
"""

import csv
import datetime
import io
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring
from typing import IO, Any, NamedTuple

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.db.models import CharField, DateTimeField, Field, QuerySet, TextField
from django.db.models.functions import Cast
from django.http import FileResponse, HttpResponseBase, StreamingHttpResponse
from django.utils import timezone
from import_export import fields, resources
from openpyxl import Workbook

from integrations.models import ExportFormat
from integrations.selectors import export_contact_points, export_suppressed_ids
from leads.models import ContactKind, Lead
from leads.place_details import PLACE_TEXT_KEYS, place_details, place_value


class Column(NamedTuple):
    name: str
    lookup: str = ""  # a ``values()`` lookup on Lead (defaults to the name)
    contacts: str = ""  # or the lead's contact points of this kind, space-separated
    place: str = ""  # or one of the lead's place details (``leads.place_details``), typed from its scraped fields
    listed: bool = False  # a JSON list in the lead's raw fields, written as its items joined by ", "


EXPORT_SPEC = (
    Column("id"),
    Column("kind"),
    Column("name"),
    Column("status"),
    Column("score"),
    Column("platform"),
    Column("url"),
    Column("location"),
    Column("category"),
    Column("phones", contacts=ContactKind.PHONE),
    Column("owner", "owner__email"),
    Column("published_at"),
    Column("discovered_at"),
    Column("emails", contacts=ContactKind.EMAIL),
    Column("domain"),
    Column("author"),
    Column("intent_level"),
    Column("sentiment_label"),
    Column("platform_id"),
    Column("rating", "raw__fields__rating", place="rating"),
    Column("reviews", "raw__fields__reviews", place="reviews"),
    Column("hours", "raw__fields__hours", place="hours"),
    Column("place_id", "raw__fields__place_id", place="place_id"),
    Column("latitude", "raw__fields__latitude", place="latitude"),
    Column("longitude", "raw__fields__longitude", place="longitude"),
    # Issue 24: the business's site, the enrichment's quality score, the post text, and what found the lead.
    Column("website", contacts=ContactKind.WEBSITE),
    Column("quality_score", "enrichment__quality_score"),
    Column("text"),
    Column("monitor", "monitor__name"),
    Column("keyword_set", "monitor__keyword_set__name"),
    Column("keywords", "raw__matched_keywords", listed=True),
)
EXPORT_COLUMNS = tuple(column.name for column in EXPORT_SPEC)
# Our own E.164 output: the leading "+" is expected, never a formula written by a scraped page. Trusted only
# while it looks like E.164 numbers (nothing in the database enforces that), otherwise neutralised like any text.
TRUSTED_COLUMNS = frozenset({"phones"})
_E164_LIST = re.compile(r"\+\d{1,15}(?: \+\d{1,15})*")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CONTENT_TYPES = {
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.JSON: "application/json",
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
PROGRESS_EVERY = 1000
CHUNK_ROWS = 2000  # leads per database fetch, contact-point query and suppression check
FLUSH_ROWS = 500  # rows per piece of a streamed response


def _lookup(column: Column) -> str:
    return column.lookup or column.name


def _field(column: Column) -> Field:
    model, *path, name = [Lead, *_lookup(column).split("__")]
    for step in path:
        model = model._meta.get_field(step).related_model
    return model._meta.get_field(name)


def _is_datetime(column: Column) -> bool:
    return not column.contacts and not column.place and not column.listed and isinstance(_field(column), DateTimeField)


def _is_text(column: Column) -> bool:
    if column.listed:
        return True
    if column.place:
        return column.place in PLACE_TEXT_KEYS
    return bool(column.contacts) or isinstance(_field(column), CharField | TextField)


_DATETIME_AT = tuple(n for n, column in enumerate(EXPORT_SPEC) if _is_datetime(column))
# Cells that may hold scraped text (every text column but our own phones): neutralised in spreadsheets.
_TEXT_AT = tuple(n for n, column in enumerate(EXPORT_SPEC) if column.name not in TRUSTED_COLUMNS and _is_text(column))
_TRUSTED_AT = tuple(n for n, column in enumerate(EXPORT_SPEC) if column.name in TRUSTED_COLUMNS)
_FORMULA_STARTS = frozenset(FORMULA_PREFIXES)
PHONE, EMAIL = ContactKind.PHONE.value, ContactKind.EMAIL.value


# --- Reading ------------------------------------------------------------------------------------------------------


def _values(queryset: QuerySet[Lead]) -> tuple[QuerySet, list[int]]:
    """The queryset as tuples of the looked-up columns (contact columns left out), and where the datetimes are.

    On PostgreSQL datetimes are read as text and parsed by ``datetime.fromisoformat``: psycopg's timestamptz
    loader, wrapped by Django, cost more than every other column together. The session time zone is UTC.
    """
    looked_up = [column for column in EXPORT_SPEC if not column.contacts]
    selected: list[Any] = [_lookup(column) for column in looked_up]
    as_text = connection.vendor == "postgresql"
    if as_text:
        selected = [
            Cast(lookup, output_field=TextField()) if _is_datetime(column) else lookup
            for column, lookup in zip(looked_up, selected, strict=True)
        ]
    parsed = [n for n, column in enumerate(looked_up) if as_text and _is_datetime(column)]
    return queryset.prefetch_related(None).values_list(*selected), parsed


def _chunks(rows: Iterable[tuple], size: int) -> Iterator[list[tuple]]:
    chunk: list[tuple] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def export_source(queryset: QuerySet[Lead], *, chunk_size: int = CHUNK_ROWS) -> Iterator[list[Any]]:
    """The one way rows reach a writer: native values per lead in ``EXPORT_COLUMNS`` order, read in chunks (flat
    memory), leads whose phone, email or domain is suppressed left out.

    Per chunk: the leads come from one server-side cursor; their phones and emails from one query; the suppression
    check is one query (none when the list holds nothing of the kinds the chunk could match).
    """
    values, parsed = _values(queryset)
    fromisoformat = datetime.datetime.fromisoformat
    looked_up = [_lookup(column) for column in EXPORT_SPEC if not column.contacts]
    id_at, domain_at, owner_at = looked_up.index("id"), looked_up.index("domain"), looked_up.index("owner__email")
    contact_at = [(n, column.contacts) for n, column in enumerate(EXPORT_SPEC) if column.contacts]
    place_at = [(n, column.place) for n, column in enumerate(c for c in EXPORT_SPEC if not c.contacts) if column.place]
    listed_at = [n for n, column in enumerate(c for c in EXPORT_SPEC if not c.contacts) if column.listed]
    for chunk in _chunks(values.iterator(chunk_size=chunk_size), chunk_size):
        contacts = export_contact_points([row[id_at] for row in chunk])
        suppressed = export_suppressed_ids(
            (row[id_at], contacts.get((row[id_at], PHONE), ()), contacts.get((row[id_at], EMAIL), ()), row[domain_at])
            for row in chunk
        )
        for row in chunk:
            lead_id = row[id_at]
            if lead_id in suppressed:
                continue
            out = list(row)
            for n in parsed:
                if out[n] is not None:
                    out[n] = fromisoformat(out[n])
            if out[owner_at] is None:
                out[owner_at] = ""  # no owner
            for n, key in place_at:  # scraped text: typed, or None when it does not read as the detail
                out[n] = place_value(key, out[n])
            for n in listed_at:
                out[n] = joined(out[n])
            for n, kind in contact_at:  # ascending, so each lands at its final place
                out.insert(n, " ".join(contacts.get((lead_id, kind), ())))
            yield out


def joined(value: Any) -> str:
    """A JSON list of scraped words as one cell ('' for anything else)."""
    if not isinstance(value, list):
        return ""
    return ", ".join(str(item) for item in value if isinstance(item, str | int | float))


class LeadExportResource(resources.ModelResource):
    """The export columns for django-import-export (``Lead`` instances with ``phones``/``emails`` prefetched, as
    ``selectors.lead_export_selected`` gives them); the streamed exports read the same columns as values."""

    phones = fields.Field(column_name="phones")
    emails = fields.Field(column_name="emails")
    owner = fields.Field(column_name="owner")
    rating = fields.Field(column_name="rating")
    reviews = fields.Field(column_name="reviews")
    hours = fields.Field(column_name="hours")
    place_id = fields.Field(column_name="place_id")
    latitude = fields.Field(column_name="latitude")
    longitude = fields.Field(column_name="longitude")
    website = fields.Field(column_name="website")
    quality_score = fields.Field(column_name="quality_score")
    monitor = fields.Field(column_name="monitor")
    keyword_set = fields.Field(column_name="keyword_set")
    keywords = fields.Field(column_name="keywords")

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

    def _place(self, lead: Lead, key: str) -> float | int | str | None:
        return place_details(lead)[key]

    def dehydrate_rating(self, lead: Lead) -> float | None:
        return self._place(lead, "rating")

    def dehydrate_reviews(self, lead: Lead) -> int | None:
        return self._place(lead, "reviews")

    def dehydrate_hours(self, lead: Lead) -> str | None:
        return self._place(lead, "hours")

    def dehydrate_place_id(self, lead: Lead) -> str | None:
        return self._place(lead, "place_id")

    def dehydrate_latitude(self, lead: Lead) -> float | None:
        return self._place(lead, "latitude")

    def dehydrate_longitude(self, lead: Lead) -> float | None:
        return self._place(lead, "longitude")

    def dehydrate_website(self, lead: Lead) -> str:
        return " ".join(point.normalized_value for point in lead.websites)

    def dehydrate_quality_score(self, lead: Lead) -> int | None:
        enrichment = getattr(lead, "enrichment", None)  # no enrichment row: None
        return enrichment.quality_score if enrichment else None

    def dehydrate_monitor(self, lead: Lead) -> str | None:
        return lead.monitor.name if lead.monitor else None

    def dehydrate_keyword_set(self, lead: Lead) -> str | None:
        return lead.monitor.keyword_set.name if lead.monitor else None

    def dehydrate_keywords(self, lead: Lead) -> str:
        return joined((lead.raw or {}).get("matched_keywords") if isinstance(lead.raw, dict) else None)


# --- Writing ------------------------------------------------------------------------------------------------------


def _neutralised(row: list[Any]) -> list[Any]:
    """The row with every text cell that starts like a formula prefixed (in place; our E.164 phones excepted)."""
    for n in _TEXT_AT:
        value = row[n]
        if value and value[0] in _FORMULA_STARTS:
            row[n] = "'" + value
    for n in _TRUSTED_AT:
        value = row[n]
        if value and value[0] in _FORMULA_STARTS and not _E164_LIST.fullmatch(value):
            row[n] = "'" + value
    return row


def _csv_row(row: list[Any]) -> list[Any]:
    """CSV rendering: ISO dates to the second, empty for None, formulas neutralised."""
    for n in _DATETIME_AT:
        value = row[n]
        row[n] = "" if value is None else value.isoformat(timespec="seconds")
    return _neutralised(row)


def csv_chunks(rows: Iterable[list[Any]]) -> Iterator[str]:
    """The CSV text in pieces of ``FLUSH_ROWS`` rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(_csv_row(list(row)))
        count += 1
        if count % FLUSH_ROWS == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


_JSON = DjangoJSONEncoder(ensure_ascii=False)
_json_text = encode_basestring  # the string escaping of json.dumps(..., ensure_ascii=False)
_JSON_KEYS = tuple(_json_text(name) + ": " for name in EXPORT_COLUMNS)


def _json_value(value: Any) -> str:
    """``DjangoJSONEncoder(ensure_ascii=False).encode(value)``, without building an encoder per value."""
    if value is None:
        return "null"
    if value.__class__ is str:
        return _json_text(value)
    if value.__class__ is int:
        return int.__repr__(value)
    if isinstance(value, datetime.datetime):
        return _json_text(_JSON.default(value))
    return _JSON.encode(value)


def json_chunks(rows: Iterable[list[Any]]) -> Iterator[str]:
    """A JSON array written one object per line, so a client can also read it as it arrives.

    Each object reads as ``json.dumps(dict(zip(EXPORT_COLUMNS, row)), cls=DjangoJSONEncoder, ensure_ascii=False)``
    would write it, assembled from per-value encodings (a whole encoder per row was the slowest step).
    """
    pieces = ["["]
    separator = "\n"
    for row in rows:
        values = ", ".join([key + _json_value(value) for key, value in zip(_JSON_KEYS, row, strict=True)])
        pieces.append(f"{separator}{{{values}}}")
        separator = ",\n"
        if len(pieces) >= FLUSH_ROWS:
            yield "".join(pieces)
            pieces = []
    pieces.append("\n]\n")
    yield "".join(pieces)


class _Counted:
    """Counts the rows a writer consumed and reports every ``PROGRESS_EVERY`` of them."""

    def __init__(self, rows: Iterable[list[Any]], on_row: Callable[[int], None] | None) -> None:
        self.rows, self.on_row, self.count = rows, on_row, 0

    def __iter__(self) -> Iterator[list[Any]]:
        for row in self.rows:
            yield row
            self.count += 1
            if self.on_row and self.count % PROGRESS_EVERY == 0:
                self.on_row(self.count)


def xlsx_write(rows: Iterable[list[Any]], out: IO[bytes] | str) -> None:
    """Write an Excel workbook in write-only mode (rows go to a temporary file, not memory)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Leads")
    sheet.append(list(EXPORT_COLUMNS))
    for row in rows:
        row = _neutralised(list(row))
        for n in _DATETIME_AT:
            if row[n] is not None:
                row[n] = row[n].replace(tzinfo=None)  # openpyxl refuses aware datetimes; these are UTC
        sheet.append(row)
    workbook.save(out)


def export_response(rows: Iterable[list[Any]], export_format: str) -> HttpResponseBase:
    """The download of a streamed export (API and admin action): CSV/JSON chunk by chunk, Excel from a temp file."""
    filename = f"leads-{timezone.now():%Y%m%d-%H%M}.{export_format}"
    if export_format == ExportFormat.XLSX:
        out = tempfile.TemporaryFile()  # closed (and so deleted) by FileResponse once sent
        xlsx_write(rows, out)
        out.seek(0)
        return FileResponse(out, as_attachment=True, filename=filename, content_type=CONTENT_TYPES[export_format])
    chunks = csv_chunks(rows) if export_format == ExportFormat.CSV else json_chunks(rows)
    response = StreamingHttpResponse(chunks, content_type=CONTENT_TYPES[export_format])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def export_write(
    rows: Iterable[list[Any]], export_format: str, path: str, *, on_row: Callable[[int], None] | None = None
) -> int:
    """Write the export to ``path`` (background jobs); ``on_row(count)`` reports progress. Returns the rows."""
    counted = _Counted(rows, on_row)
    if export_format == ExportFormat.XLSX:
        xlsx_write(counted, path)
        return counted.count
    chunks = csv_chunks(counted) if export_format == ExportFormat.CSV else json_chunks(counted)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.writelines(chunks)
    return counted.count
