"""Bulk ingest: many leads and their contact points upserted in a few queries per chunk.

The merge rules are ``lead_upsert``'s and ``contact_point_add``'s: a known lead (same dedupe key) takes the new
non-empty source fields and keeps people's fields; a known contact point keeps its best confidence and records every
source. Rows naming a suppressed phone, email or domain are skipped and counted; bad rows are reported with
per-field errors and the rest go in.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from compliance.identifiers import domain_normalize, email_normalize, identifier_hash
from compliance.models import Suppression, SuppressionKind
from compliance.selectors import suppression_hashes
from leads.dedupe import canonical_url, lead_dedupe_key
from leads.ingest_postgres import contact_points_merge, leads_merge, suppressed_among
from leads.models import ContactKind, ContactPoint, ExtractionLayer, Lead, LeadKind
from leads.services import SOURCE_FIELDS, enrich_later, lead_upsert

CHUNK_SIZE = 1000
_CONTACT_KEYS = frozenset({"kind", "value", "normalized_value", "layer", "confidence", "page_url"})
_MAX_LENGTHS = {
    f.name: f.max_length for f in Lead._meta.get_fields() if f.name in SOURCE_FIELDS and getattr(f, "max_length", None)
}
_FOREIGN_KEYS = frozenset({"scrape_task", "monitor"})
_EMPTY = (None, "", {}, [])
_LEAD_KINDS = frozenset(LeadKind.values)
_CONTACT_KINDS = frozenset(ContactKind.values)
_LAYERS = frozenset(ExtractionLayer.values)
_E164 = re.compile(r"\+[1-9]\d{6,14}")
_url_valid = URLValidator()


@dataclass
class IngestReport:
    """What a bulk ingest did: lead ids created and updated, how many rows changed nothing, what was refused."""

    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: int = 0
    suppressed: list[int] = field(default_factory=list)
    errors: dict[int, dict[str, list[str]]] = field(default_factory=dict)
    lead_ids: dict[int, int] = field(default_factory=dict)  # row index → lead id


@dataclass
class _Row:
    index: int
    key: str
    fields: dict[str, Any]
    contacts: list[dict[str, Any]]


def _row_errors(row: dict[str, Any]) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    unknown = set(row) - SOURCE_FIELDS - {"dedupe_key", "contacts"}
    for name in sorted(unknown):
        errors[name] = ["Unknown field."]
    if row.get("kind") not in _LEAD_KINDS:
        errors["kind"] = [f"One of: {', '.join(LeadKind.values)}."]
    if not str(row.get("name") or "").strip():
        errors["name"] = ["This field is required."]
    for name, limit in _MAX_LENGTHS.items():
        value = row.get(name)
        if isinstance(value, str) and len(value) > limit:
            errors.setdefault(name, []).append(f"At most {limit} characters.")
    if row.get("url"):
        try:
            _url_valid(row["url"])
        except ValidationError:
            errors.setdefault("url", []).append("Enter a valid URL.")
    if row.get("published_at") is not None and not isinstance(row["published_at"], datetime):
        errors["published_at"] = ["A datetime or nothing."]
    for position, contact in enumerate(row.get("contacts") or ()):
        problems = _contact_errors(contact)
        if problems:
            errors[f"contacts[{position}]"] = problems
    return errors


def _contact_errors(contact: Any) -> list[str]:
    if not isinstance(contact, dict):
        return ["Not an object."]
    problems = [f"Unknown key {key!r}." for key in sorted(set(contact) - _CONTACT_KEYS)]
    if contact.get("kind") not in _CONTACT_KINDS:
        problems.append(f"kind must be one of: {', '.join(ContactKind.values)}.")
    if not contact.get("normalized_value"):
        problems.append("normalized_value is required.")
    if contact.get("kind") == ContactKind.PHONE and not _E164.fullmatch(str(contact.get("normalized_value") or "")):
        problems.append("normalized_value of a phone must be E.164 (+14165550123).")
    if contact.get("layer", ExtractionLayer.SOURCE) not in _LAYERS:
        problems.append(f"layer must be one of: {', '.join(ExtractionLayer.values)}.")
    confidence = contact.get("confidence", 0.5)
    if not isinstance(confidence, int | float) or not 0 <= confidence <= 1:
        problems.append("confidence must be a number from 0 to 1.")
    return problems


def _prepare(index: int, row: dict[str, Any]) -> _Row:
    fields = {name: value for name, value in row.items() if name in SOURCE_FIELDS}
    contacts = list(row.get("contacts") or ())
    key = row.get("dedupe_key") or lead_dedupe_key(
        platform=fields.get("platform", ""),
        platform_id=fields.get("platform_id", ""),
        url=fields.get("url", ""),
        phone_e164=next((c["normalized_value"] for c in contacts if c["kind"] == ContactKind.PHONE), ""),
        name=fields.get("name", ""),
    )
    if fields.get("url"):
        fields["canonical_url"] = canonical_url(fields["url"])
    return _Row(index=index, key=key, fields=fields, contacts=contacts)


def _suppressed_rows(rows: list[_Row]) -> set[int]:
    """Indexes of rows naming a suppressed phone, email or domain (one query for the whole chunk).

    A host is looked up with every parent domain, not only those down to its registrable domain: that needs no
    public-suffix lookup per host (the slow part), and the few rows that hit are checked again exactly.
    """
    hosts: dict[str, set[str]] = {}
    hashes_by_row: dict[int, set[str]] = {}
    for row in rows:
        hashes: set[str] = set()
        for contact in row.contacts:
            if contact["kind"] == ContactKind.PHONE:  # E.164 already (checked above): hashed as it is
                hashes.add(identifier_hash(SuppressionKind.PHONE, contact["normalized_value"]))
            elif contact["kind"] == ContactKind.EMAIL:
                email = email_normalize(contact["normalized_value"])
                if email:
                    hashes.add(identifier_hash(SuppressionKind.EMAIL, email))
                    # Its host is what counts (domain_normalize takes the part after "@"): memoised per host.
                    hashes |= _parent_domain_hashes(email if "://" in email else email.rpartition("@")[2], hosts)
        if row.fields.get("domain"):
            hashes |= _parent_domain_hashes(row.fields["domain"], hosts)
        hashes_by_row[row.index] = hashes
    wanted = set().union(*hashes_by_row.values()) if hashes_by_row else set()
    if not wanted:
        return set()
    if connection.vendor == "postgresql":
        hit = suppressed_among(wanted)
    else:
        hit = set(Suppression.objects.filter(value_hash__in=wanted).values_list("value_hash", flat=True))
    if not hit:
        return set()
    return {row.index for row in rows if hashes_by_row[row.index] & hit and _exact_hashes(row) & hit}


def _parent_domain_hashes(raw: str, memo: dict[str, set[str]]) -> set[str]:
    """Hashes of the host in ``raw`` and of each of its parent domains, memoised per distinct value."""
    hashes = memo.get(raw)
    if hashes is None:
        host, hashes = domain_normalize(raw), set()
        while host:
            hashes.add(identifier_hash(SuppressionKind.DOMAIN, host))
            host = host.partition(".")[2]
        memo[raw] = hashes
    return hashes


def _exact_hashes(row: _Row) -> set[str]:
    """The suppression hashes of a row as ``suppression_match`` sees them (domains down to the registrable one)."""
    phones = [c["normalized_value"] for c in row.contacts if c["kind"] == ContactKind.PHONE]
    emails = [c["normalized_value"] for c in row.contacts if c["kind"] == ContactKind.EMAIL]
    domains = [row.fields["domain"]] if row.fields.get("domain") else []
    hashes = {identifier_hash(SuppressionKind.PHONE, phone) for phone in phones}
    return hashes | set(suppression_hashes(emails=emails, domains=domains))


def _merge_same_key(rows: list[_Row]) -> list[tuple[_Row, list[int]]]:
    """Rows sharing a dedupe key become one (later non-empty fields win, contacts add up), with their indexes."""
    merged: dict[str, tuple[_Row, list[int]]] = {}
    for row in rows:
        if row.key not in merged:
            merged[row.key] = (_Row(row.index, row.key, dict(row.fields), list(row.contacts)), [row.index])
            continue
        target, indexes = merged[row.key]
        target.fields.update({k: v for k, v in row.fields.items() if v not in _EMPTY})
        target.contacts.extend(row.contacts)
        indexes.append(row.index)
    return list(merged.values())


def _upsert_leads(groups: list[tuple[_Row, list[int]]], report: IngestReport) -> dict[str, int]:
    """Lead id by dedupe key, inserting the new leads and merging into the known ones (the ORM way)."""
    keys = [row.key for row, _ in groups]
    existing = {
        lead.dedupe_key: lead
        for lead in Lead.objects.select_for_update()
        .filter(dedupe_key__in=keys)
        .only("dedupe_key", "canonical_url", *SOURCE_FIELDS)
    }
    now = timezone.now()
    new = [Lead(dedupe_key=row.key, **row.fields) for row, _ in groups if row.key not in existing]
    if new:
        try:
            with transaction.atomic():
                Lead.objects.bulk_create(new)
        except IntegrityError:
            # Another writer created some of these keys meanwhile: this chunk goes the careful way.
            return _upsert_one_by_one(groups, report)
        report.created.extend(lead.pk for lead in new)
    changed: list[Lead] = []
    changed_fields: set[str] = set()
    for row, _ in groups:
        lead = existing.get(row.key)
        if lead is None:
            continue
        names = [n for n, v in row.fields.items() if v not in _EMPTY and _differs(lead, n, v)]
        if not names:
            report.unchanged += 1
            continue
        for name in names:
            setattr(lead, name, row.fields[name])
        lead.updated_at = now
        changed.append(lead)
        changed_fields.update(names)
    if changed:
        Lead.objects.bulk_update(changed, [*sorted(changed_fields), "updated_at"])
        report.updated.extend(lead.pk for lead in changed)
    return {key: lead.pk for key, lead in [*existing.items(), *((lead.dedupe_key, lead) for lead in new)]}


def _differs(lead: Lead, name: str, value: Any) -> bool:
    if name in _FOREIGN_KEYS:  # compare ids: reading the related row would cost a query per lead
        return getattr(lead, f"{name}_id") != getattr(value, "pk", value)
    return getattr(lead, name) != value


def _upsert_one_by_one(groups: list[tuple[_Row, list[int]]], report: IngestReport) -> dict[str, int]:
    ids: dict[str, int] = {}
    for row, _ in groups:
        lead, created = lead_upsert(dedupe_key=row.key, **{k: v for k, v in row.fields.items() if k in SOURCE_FIELDS})
        (report.created if created else report.updated).append(lead.pk)
        ids[row.key] = lead.pk
    return ids


def _wanted_contacts(
    groups: list[tuple[_Row, list[int]]], lead_ids: dict[str, int]
) -> dict[tuple[int, str, str], dict[str, Any]]:
    """One contact per (lead, kind, normalised value): the most confident one, with every distinct source."""
    wanted: dict[tuple[int, str, str], dict[str, Any]] = {}
    for row, _ in groups:
        lead_id = lead_ids[row.key]
        for contact in row.contacts:
            key = (lead_id, contact["kind"], contact["normalized_value"])
            best = wanted.get(key)
            source = {
                "layer": contact.get("layer", ExtractionLayer.SOURCE),
                "confidence": contact.get("confidence", 0.5),
                "page_url": contact.get("page_url", ""),
            }
            if best is None:
                wanted[key] = {**contact, "sources": [source]}
            else:
                if source not in best["sources"]:
                    best["sources"].append(source)
                if source["confidence"] > best.get("confidence", 0.5):
                    best.update({k: v for k, v in contact.items() if k != "sources"})
    return wanted


def _add_contacts(*, wanted: dict[tuple[int, str, str], dict[str, Any]]) -> set[int]:
    """Contact points in two statements (the ORM way); returns the ids of leads that gained one."""
    stored = {
        (p.lead_id, p.kind, p.normalized_value): p
        for p in ContactPoint.objects.select_for_update().filter(lead_id__in={k[0] for k in wanted})
    }
    new: list[ContactPoint] = []
    raised: list[ContactPoint] = []
    now = timezone.now()
    for (lead_id, kind, normal), contact in wanted.items():
        point = stored.get((lead_id, kind, normal))
        layer, confidence = contact.get("layer", ExtractionLayer.SOURCE), contact.get("confidence", 0.5)
        if point is None:
            new.append(
                ContactPoint(
                    lead_id=lead_id,
                    kind=kind,
                    value=contact.get("value") or normal,
                    normalized_value=normal,
                    layer=layer,
                    confidence=confidence,
                    page_url=contact.get("page_url", ""),
                    details={"sources": contact["sources"]},
                )
            )
            continue
        sources = point.details.get("sources", [])
        fresh = [s for s in contact["sources"] if s not in sources]
        if not fresh and confidence <= point.confidence:
            continue
        point.details = {**point.details, "sources": sources + fresh}
        if confidence > point.confidence:
            point.confidence, point.layer, point.value = confidence, layer, contact.get("value") or normal
            point.page_url = contact.get("page_url", point.page_url)
        point.updated_at = now
        raised.append(point)
    ContactPoint.objects.bulk_create(new)
    ContactPoint.objects.bulk_update(raised, ["details", "confidence", "layer", "value", "page_url", "updated_at"])
    return {point.lead_id for point in new}


def _chunks(items: Sequence[Any], size: int) -> Iterable[tuple[int, Sequence[Any]]]:
    for start in range(0, len(items), size):
        yield start, items[start : start + size]


def lead_bulk_upsert(*, rows: Sequence[dict[str, Any]], chunk_size: int = CHUNK_SIZE) -> IngestReport:
    """Upsert ``rows`` (lead source fields, optional ``dedupe_key`` and ``contacts``) chunk by chunk.

    Each chunk commits on its own unless the caller holds a transaction (then all or nothing is the caller's).
    New and changed leads are queued for enrichment as ``lead_upsert`` does. On PostgreSQL the merge runs in SQL
    from staging tables filled by COPY (``leads.ingest_postgres``); elsewhere through the ORM, with the same results.
    """
    report = IngestReport()
    in_sql = connection.vendor == "postgresql"
    for start, chunk in _chunks(rows, chunk_size):
        prepared: list[_Row] = []
        for offset, row in enumerate(chunk):
            index = start + offset
            errors = _row_errors(row)
            if not errors:
                try:
                    prepared.append(_prepare(index, row))
                except ValueError as exc:
                    errors = {"dedupe_key": [str(exc)]}
            if errors:
                report.errors[index] = errors
        with transaction.atomic():
            suppressed = _suppressed_rows(prepared)
            report.suppressed.extend(sorted(suppressed))
            groups = _merge_same_key([row for row in prepared if row.index not in suppressed])
            if not groups:
                continue
            created_before, updated_before = len(report.created), len(report.updated)
            lead_ids = (_sql_upsert_leads if in_sql else _upsert_leads)(groups, report)
            wanted = _wanted_contacts(groups, lead_ids)
            gained: set[int] = set()
            if wanted and in_sql:
                gained = contact_points_merge(wanted=wanted, new_leads=set(report.created[created_before:]))
            elif wanted:
                gained = _add_contacts(wanted=wanted)
            for row, indexes in groups:
                for index in indexes:
                    report.lead_ids[index] = lead_ids[row.key]
            touched = {*report.created[created_before:], *report.updated[updated_before:], *gained}
            enrich_later(lead_ids=sorted(touched))
    return report


def _sql_upsert_leads(groups: list[tuple[_Row, list[int]]], report: IngestReport) -> dict[str, int]:
    try:
        with transaction.atomic():
            ids, created, updated = leads_merge(rows=[(row.key, row.fields) for row, _ in groups])
    except IntegrityError:
        # A value a column refuses (such as a NULL name): this chunk goes the careful way, which says what is wrong.
        return _upsert_one_by_one(groups, report)
    report.created.extend(ids[row.key] for row, _ in groups if row.key in created)
    report.updated.extend(ids[row.key] for row, _ in groups if row.key in updated)
    report.unchanged += len(groups) - len(created) - len(updated)
    return ids
