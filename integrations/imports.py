"""Lead import from CSV or Excel through ``leads.ingest.lead_bulk_upsert``, with a dry-run preview and per-row errors.

The file is read as a stream (``csv`` over the upload, openpyxl in read-only mode) and refused as soon as it holds
one row more than ``IMPORT_MAX_ROWS``, so a small file of a million rows costs no more than the limit; an .xlsx
whose parts would inflate past the ``IMPORT_XLSX_*`` limits (a zip bomb) is refused before openpyxl opens it.
Every row is validated and saved inside one transaction; a dry run, or a file with any bad row, rolls it all back,
so the preview's created/updated counts are exactly what a real import will do.
"""

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import PurePath
from typing import IO, Any

import openpyxl
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from rest_framework import serializers

from compliance.identifiers import email_normalize, phone_normalize
from compliance.selectors import suppression_match
from insight.api_errors import ApplicationError
from leads.dedupe import lead_dedupe_key
from leads.ingest import lead_bulk_upsert
from leads.models import ContactKind, ExtractionLayer, LeadKind

# Columns an export writes that belong to people or the scorer, not to the source: ignored without a warning.
EXPORT_ONLY_COLUMNS = frozenset(
    {"id", "status", "score", "owner", "discovered_at", "intent_level", "sentiment_label", "created_at", "updated_at"}
)
FORMULA_GUARD = "'"


class LeadImportRowSerializer(serializers.Serializer):
    """One row; columns match the export's names, so an exported file imports back."""

    kind = serializers.ChoiceField(choices=LeadKind.choices, default=LeadKind.BUSINESS)
    name = serializers.CharField(max_length=500)
    text = serializers.CharField(required=False, allow_blank=True, default="")
    url = serializers.URLField(max_length=2000, required=False, allow_blank=True, default="")
    platform = serializers.CharField(max_length=64, required=False, allow_blank=True, default="import")
    platform_id = serializers.CharField(max_length=255, required=False, allow_blank=True, default="")
    domain = serializers.CharField(max_length=255, required=False, allow_blank=True, default="")
    author = serializers.CharField(max_length=255, required=False, allow_blank=True, default="")
    author_handle = serializers.CharField(max_length=255, required=False, allow_blank=True, default="")
    location = serializers.CharField(max_length=255, required=False, allow_blank=True, default="")
    category = serializers.CharField(max_length=255, required=False, allow_blank=True, default="")
    language = serializers.CharField(max_length=16, required=False, allow_blank=True, default="")
    published_at = serializers.DateTimeField(required=False, allow_null=True, default=None)
    phones = serializers.CharField(required=False, allow_blank=True, default="", help_text="Space or ; separated")
    emails = serializers.CharField(required=False, allow_blank=True, default="")

    def validate_platform(self, value: str) -> str:
        return value or "import"

    def _split(self, value: str, normalize, message: str) -> list[str]:
        items = [part for part in value.replace(";", " ").replace(",", " ").split() if part]
        normal = [normalize(item) for item in items]
        bad = [item for item, norm in zip(items, normal, strict=True) if not norm]
        if bad:
            raise serializers.ValidationError(f"{message}: {', '.join(bad)}")
        return list(dict.fromkeys(normal))

    def validate_phones(self, value: str) -> list[str]:
        # Phones are numbers with spaces ("+1 416 555 0123"): split only on ; and ,
        items = [part.strip() for part in value.replace(",", ";").split(";") if part.strip()]
        normal = [phone_normalize(item) for item in items]
        bad = [item for item, norm in zip(items, normal, strict=True) if not norm]
        if bad:
            raise serializers.ValidationError(f"Not a phone number (use +1 416 555 0123 style): {', '.join(bad)}")
        return list(dict.fromkeys(normal))

    def validate_emails(self, value: str) -> list[str]:
        return self._split(value, email_normalize, "Not an email address")


@dataclass
class ImportRow:
    row: int
    action: str
    name: str
    lead_id: int | None = None
    errors: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class ImportReport:
    dry_run: bool
    imported: bool = False
    total: int = 0
    created: int = 0
    updated: int = 0
    errors: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    rows: list[ImportRow] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _unreadable(kind: str, exc: Exception) -> ApplicationError:
    message = f"The file could not be read as {kind}: {str(exc) or type(exc).__name__}"
    return ApplicationError(message, fields={"file": [message]})


def _refused(message: str, *, code: str = "invalid", status_code: int = 400) -> ApplicationError:
    return ApplicationError(message, code=code, status_code=status_code, fields={"file": [message]})


def _check_size(file: IO[bytes]) -> None:
    size = file.seek(0, io.SEEK_END)
    file.seek(0)
    if not size:
        raise _refused("The file is empty.")
    if size > settings.IMPORT_MAX_BYTES:
        raise _refused(
            f"The file is larger than {settings.IMPORT_MAX_BYTES} bytes, the most one import may upload.",
            code="too_large",
            status_code=413,
        )


def _check_xlsx_inflated_size(file: IO[bytes]) -> None:
    """Refuse a zip bomb from the sizes its directory declares (``zipfile`` never inflates a part past its declared
    size, so a lie only truncates it). Worksheets are streamed and stop at the row limit; every other part (shared
    strings, styles) openpyxl reads whole, hence its own, lower limit."""
    try:
        with zipfile.ZipFile(file) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _unreadable("Excel (.xlsx)", exc) from exc
    finally:
        file.seek(0)
    total = sum(part.file_size for part in parts)
    read_whole = sum(part.file_size for part in parts if not part.filename.startswith("xl/worksheets/"))
    for size, limit, what in (
        (total, settings.IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES, "its parts"),
        (read_whole, settings.IMPORT_XLSX_MAX_SHARED_BYTES, "its shared strings and styles"),
    ):
        if size > limit:
            raise _refused(
                f"The Excel file is refused: {what} would inflate to {size} bytes, more than the {limit} allowed "
                "(a compressed file that expands this much is a zip bomb, not a lead list)."
            )


ROW_TAG_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
CHUNK_BYTES = 1024 * 1024


def _too_many_rows() -> ApplicationError:
    limit = settings.IMPORT_MAX_ROWS
    return _refused(f"At most {limit} rows per file; this one has more. Split it into files of {limit} rows.")


def _check_xlsx_row_count(file: IO[bytes]) -> None:
    """Count every sheet's ``<row>`` elements in the raw XML and stop at one more than the limit allows.

    openpyxl's read-only mode parses each sheet whole while it opens the workbook when the sheet does not declare
    its ``<dimension>`` (openpyxl itself never writes one in write-only mode), so the limit has to be checked
    before it opens anything: inflating and counting stops at the limit, at C speed.
    """
    allowed = settings.IMPORT_MAX_ROWS + 1  # the header row
    try:
        with zipfile.ZipFile(file) as archive:
            for part in archive.infolist():
                if not part.filename.startswith("xl/worksheets/"):
                    continue
                rows, tail = 0, b""
                with archive.open(part) as sheet:
                    while chunk := sheet.read(CHUNK_BYTES):
                        data = tail + chunk
                        cut = data.rfind(b"<")  # a tag cut in two is counted with the next chunk
                        cut = cut if cut >= 0 else len(data)
                        rows += len(ROW_TAG_RE.findall(data, 0, cut))
                        tail = data[cut:][:64]
                        if rows > allowed:
                            raise _too_many_rows()
                rows += len(ROW_TAG_RE.findall(tail))
                if rows > allowed:
                    raise _too_many_rows()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _unreadable("Excel (.xlsx)", exc) from exc
    finally:
        file.seek(0)


def _xlsx_rows(file: IO[bytes]) -> Iterator[tuple[Any, ...]]:
    _check_xlsx_inflated_size(file)
    _check_xlsx_row_count(file)
    try:
        workbook = openpyxl.load_workbook(file, read_only=True, data_only=True)
        try:
            yield from workbook.active.iter_rows(values_only=True)
        finally:
            workbook.close()
    except ApplicationError:
        raise
    except Exception as exc:  # openpyxl fails on a damaged workbook with zip, zlib, XML, Key and Value errors and more
        raise _unreadable("Excel (.xlsx)", exc) from exc


def _csv_rows(file: IO[bytes]) -> Iterator[list[str]]:
    text = io.TextIOWrapper(file, encoding="utf-8-sig", newline="")
    try:
        yield from csv.reader(text)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise _unreadable("CSV", exc) from exc
    finally:
        text.detach()  # the upload stays open for its owner


def _read_rows(*, file: IO[bytes], filename: str) -> tuple[list[str], list[tuple[int, tuple[Any, ...]]]]:
    """The header and the non-blank rows with their numbers (the header is row 1), read as a stream and refused
    as soon as there is one row more than ``IMPORT_MAX_ROWS``: nothing past it is ever read."""
    _check_size(file)
    suffix = PurePath(filename).suffix.lower()
    if suffix == ".xlsx":
        rows: Iterator[Any] = _xlsx_rows(file)
    elif suffix == ".csv":
        rows = _csv_rows(file)
    else:
        raise _refused("Upload a .csv (UTF-8) or .xlsx file.")
    limit = settings.IMPORT_MAX_ROWS
    header = next(rows, None) or ()
    data: list[tuple[int, tuple[Any, ...]]] = []
    for number, values in enumerate(rows, start=2):
        if all(value is None or str(value).strip() == "" for value in values):
            continue
        if len(data) == limit:
            rows.close()
            raise _too_many_rows()
        data.append((number, tuple(values)))
    return [str(h or "").strip().lower() for h in header], data


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    text = str(value).strip() if not hasattr(value, "isoformat") else value
    # An export neutralised formula-like cells with a leading apostrophe; take it off again.
    return text[1:] if isinstance(text, str) and text.startswith(FORMULA_GUARD) else text


def _ingest_row(data: dict[str, Any]) -> dict[str, Any]:
    """A validated row as ``lead_bulk_upsert`` takes it: source fields, its dedupe key and its contact points."""
    phones, emails = data.pop("phones"), data.pop("emails")
    try:
        data["dedupe_key"] = lead_dedupe_key(
            platform=data["platform"],
            platform_id=data["platform_id"],
            url=data["url"],
            phone_e164=phones[0] if phones else "",
            name=data["name"],
        )
    except ValueError:
        message = "Give a url, a platform_id, or a phone number, so the lead can be recognised next time."
        raise ValidationError({"url": [message]})
    data["contacts"] = [
        {"kind": kind, "value": value, "normalized_value": value, "layer": ExtractionLayer.MANUAL, "confidence": 1.0}
        for kind, values in ((ContactKind.PHONE, phones), (ContactKind.EMAIL, emails))
        for value in values
    ]
    return data


def _ingest(rows: list[tuple[ImportRow, dict[str, Any]]]) -> None:
    """Upsert the valid rows in bulk (the same merge rules as scraping) and record each row's outcome."""
    result = lead_bulk_upsert(rows=[data for _, data in rows])
    created, seen = set(result.created), set()
    suppressed = set(result.suppressed)
    for index, (row, data) in enumerate(rows):
        if index in suppressed:
            phones = [c["normalized_value"] for c in data["contacts"] if c["kind"] == ContactKind.PHONE]
            emails = [c["normalized_value"] for c in data["contacts"] if c["kind"] == ContactKind.EMAIL]
            reason = suppression_match(phones=phones, emails=emails, domains=[data["domain"]] if data["domain"] else [])
            row.errors = {"suppressed": [f"On the suppression list ({reason}); not imported."]}
        elif index in result.errors:
            row.errors = result.errors[index]
        else:
            row.lead_id = result.lead_ids[index]
            # A lead named twice in one file is created by its first row and updated by the next ones.
            row.action = "created" if row.lead_id in created and row.lead_id not in seen else "updated"
            seen.add(row.lead_id)


def lead_import(*, file: IO[bytes], filename: str, dry_run: bool) -> ImportReport:
    """Validate and upsert every row; saved only when not a dry run and no row has an error."""
    headers, rows = _read_rows(file=file, filename=filename)
    if "name" not in headers:
        raise ApplicationError("The header row needs at least a 'name' column.", fields={"file": ["No name column."]})
    known = set(LeadImportRowSerializer().fields)
    report = ImportReport(
        dry_run=dry_run, ignored_columns=[h for h in headers if h and h not in known and h not in EXPORT_ONLY_COLUMNS]
    )
    with transaction.atomic():
        valid: list[tuple[ImportRow, dict[str, Any]]] = []
        for number, values in rows:
            raw = {h: _cell(v) for h, v in zip(headers, values, strict=False) if h in known and _cell(v) != ""}
            row = ImportRow(row=number, action="error", name=str(raw.get("name", "")))
            report.rows.append(row)
            serializer = LeadImportRowSerializer(data=raw)
            if not serializer.is_valid():
                row.errors = {key: [str(m) for m in messages] for key, messages in serializer.errors.items()}
                continue
            try:
                valid.append((row, _ingest_row(dict(serializer.validated_data))))
            except ValidationError as exc:
                row.errors = exc.message_dict
        _ingest(valid)
        report.total = len(report.rows)
        report.created = sum(r.action == "created" for r in report.rows)
        report.updated = sum(r.action == "updated" for r in report.rows)
        report.errors = sum(r.action == "error" for r in report.rows)
        report.imported = not dry_run and not report.errors
        if not report.imported:
            transaction.set_rollback(True)
            for row in report.rows:
                row.lead_id = None if row.action == "created" else row.lead_id
    return report
