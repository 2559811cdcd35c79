"""Lead import from CSV or Excel through ``leads.ingest.lead_bulk_upsert``, with a dry-run preview and per-row errors.

The file is read with tablib (django-import-export's table library). Every row is validated and saved inside
one transaction; a dry run, or a file with any bad row, rolls it all back, so the preview's created/updated
counts are exactly what a real import will do.
"""

from dataclasses import asdict, dataclass, field
from pathlib import PurePath
from typing import Any

import tablib
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


def _xlsx_dataset(content: bytes) -> tablib.Dataset:
    try:
        return tablib.Dataset().load(content, format="xlsx")
    except Exception as exc:  # openpyxl fails on a damaged workbook with zip, zlib, XML, Key and Value errors and more
        raise _unreadable("Excel (.xlsx)", exc) from exc


def _dataset(*, content: bytes, filename: str) -> tablib.Dataset:
    if len(content) > settings.IMPORT_MAX_BYTES:
        raise ApplicationError(
            f"The file is larger than {settings.IMPORT_MAX_BYTES} bytes.", fields={"file": ["File too large."]}
        )
    suffix = PurePath(filename).suffix.lower()
    if suffix == ".xlsx":
        return _xlsx_dataset(content)
    if suffix == ".csv":
        try:
            return tablib.Dataset().load(content.decode("utf-8-sig"), format="csv")
        except (UnicodeDecodeError, ValueError, KeyError, OSError) as exc:
            raise _unreadable("CSV", exc) from exc
    message = "Upload a .csv (UTF-8) or .xlsx file."
    raise ApplicationError(message, fields={"file": [message]})


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


def lead_import(*, content: bytes, filename: str, dry_run: bool) -> ImportReport:
    """Validate and upsert every row; saved only when not a dry run and no row has an error."""
    dataset = _dataset(content=content, filename=filename)
    headers = [str(h or "").strip().lower() for h in (dataset.headers or [])]
    if "name" not in headers:
        raise ApplicationError("The header row needs at least a 'name' column.", fields={"file": ["No name column."]})
    if dataset.height > settings.IMPORT_MAX_ROWS:
        message = f"At most {settings.IMPORT_MAX_ROWS} rows per file; this one has {dataset.height}."
        raise ApplicationError(message, fields={"file": [message]})
    known = set(LeadImportRowSerializer().fields)
    report = ImportReport(
        dry_run=dry_run, ignored_columns=[h for h in headers if h and h not in known and h not in EXPORT_ONLY_COLUMNS]
    )
    with transaction.atomic():
        valid: list[tuple[ImportRow, dict[str, Any]]] = []
        for number, values in enumerate(dataset, start=2):
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
