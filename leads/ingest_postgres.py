"""Bulk ingest on PostgreSQL: a chunk is COPY'd into a temporary staging table as plain tuples and merged in SQL.

The rules are those of the ORM path in ``leads.ingest``: a new dedupe key inserts a lead; a known one takes the
incoming non-empty values that differ; a known contact point records the sources it has not seen yet and takes the
incoming value, layer and page only when it is more confident. Inserts skip keys that exist (ON CONFLICT DO NOTHING)
and the update that follows merges into them, so a lead another writer has just created is merged, not duplicated.
"""

import itertools
import json
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import psycopg
from django.db import connection
from django.db.models import CharField, Field, JSONField, Model, TextField
from django.utils import timezone

from compliance.models import Suppression
from leads.models import ContactPoint, ExtractionLayer, Lead
from leads.services import SOURCE_FIELDS

_staging_numbers = itertools.count()
_PLAIN_TYPES = frozenset({str, int, float, bool})
_LEAD_STAGED = tuple(Lead._meta.get_field(name) for name in ("dedupe_key", "canonical_url", *sorted(SOURCE_FIELDS)))
_CONTACT_STAGED = ("lead_id", "kind", "normalized_value", "value", "layer", "confidence", "page_url", "sources")
_CONTACT_FIELDS = frozenset({"lead", "kind", "normalized_value", "value", "layer", "confidence", "page_url", "details"})


def _q(name: str) -> str:
    return connection.ops.quote_name(name)


def _copy_value(field: Field, value: Any) -> Any:
    """A value as COPY takes it: JSON as its text, a related object as its id, dates through the field."""
    if value is None:
        return None
    if isinstance(field, JSONField):
        return json.dumps(value, cls=field.encoder)
    if field.is_relation:
        return getattr(value, "pk", value)
    if type(value) in _PLAIN_TYPES:
        return value
    return field.get_db_prep_save(value, connection)


@cache
def _lead_defaults() -> tuple[Any, ...]:
    """What a staged lead column holds when the row does not name it: the field's default, empty for every one."""
    return tuple(_copy_value(f, f.get_default()) for f in _LEAD_STAGED)


def _present(field: Field, column: str) -> str:
    """SQL true when the staged value counts as given: not NULL, '', {}, [] (the ORM path's empty values)."""
    if isinstance(field, JSONField):
        return f"""{column} NOT IN ('{{}}'::jsonb, '[]'::jsonb, '""'::jsonb)"""
    if isinstance(field, CharField | TextField):
        return f"{column} <> ''"
    return f"{column} IS NOT NULL"


def _constants(model: type[Model], staged: Iterable[str]) -> tuple[str, str, list[Any]]:
    """The columns a new row takes from the model rather than the staging table (defaults, creation times):
    their names, typed placeholders and values."""
    template, skip = model(), set(staged)
    fields = [f for f in model._meta.concrete_fields if not f.primary_key and f.name not in skip]
    columns = ", ".join(_q(f.column) for f in fields)
    placeholders = ", ".join(f"CAST(%s AS {f.db_type(connection)})" for f in fields)
    return columns, placeholders, [f.get_db_prep_save(f.pre_save(template, True), connection) for f in fields]


def _stage(cursor: Any, model: type[Model], select: str, columns: str, rows: Iterable[Sequence[Any]]) -> str:
    """A temporary table shaped by ``select`` over the model's table, filled with ``rows`` through COPY."""
    table = model._meta.db_table
    staging = _q(f"ingest_{table}_{next(_staging_numbers)}")
    # Identifiers only (from the models' own meta); every value goes through COPY or a placeholder.
    # ON COMMIT DROP: a failed statement rolls back to the caller's savepoint, which takes the staging table with it.
    create = f"CREATE TEMPORARY TABLE {staging} ON COMMIT DROP AS SELECT {select} FROM {_q(table)} WITH NO DATA"  # noqa: S608
    cursor.execute(create)
    with cursor.cursor.copy(f"COPY {staging} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    return staging


def suppressed_among(hashes: set[str]) -> set[str]:
    """The hashes on the suppression list. The thousands of a chunk go as one binary array: written into the
    query as text they would take several times longer to send than to look up."""
    table, column = _q(Suppression._meta.db_table), _q("value_hash")
    connection.ensure_connection()
    with psycopg.Cursor(connection.connection) as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE {column} = ANY(%b)", [list(hashes)])  # noqa: S608
        return {value for (value,) in cursor.fetchall()}


def leads_merge(*, rows: Sequence[tuple[str, dict[str, Any]]]) -> tuple[dict[str, int], set[str], set[str]]:
    """Insert or merge leads given as (dedupe key, source fields), one per key.

    Returns the lead id of every key, the keys created and the keys updated. A value a column refuses raises
    IntegrityError; run it in a savepoint to go on after that.
    """
    table, key, pk, updated_at = _q(Lead._meta.db_table), _q("dedupe_key"), _q("id"), _q("updated_at")
    columns = ", ".join(_q(f.column) for f in _LEAD_STAGED)
    extra_columns, extra_values, extra_params = _constants(Lead, (f.name for f in _LEAD_STAGED))
    merged = [(f, _q(f.column)) for f in _LEAD_STAGED[1:]]
    sets = ", ".join(f"{c} = CASE WHEN {_present(f, f's.{c}')} THEN s.{c} ELSE l.{c} END" for f, c in merged)
    changed = " OR ".join(f"({_present(f, f's.{c}')} AND s.{c} IS DISTINCT FROM l.{c})" for f, c in merged)
    defaults = _lead_defaults()[1:]
    tuples = (
        (dedupe_key, *(_copy_value(f, fields.get(f.name, d)) for (f, _), d in zip(merged, defaults, strict=True)))
        for dedupe_key, fields in rows
    )
    with connection.cursor() as cursor:
        # Without statistics (a fresh staging table, a table not analysed yet) the planner can guess these merges
        # costly enough to compile them, which takes far longer than running them; off until the transaction ends.
        cursor.execute("SET LOCAL jit = off")
        staging = _stage(cursor, Lead, columns, columns, tuples)
        cursor.execute(
            f"INSERT INTO {table} ({columns}, {extra_columns}) SELECT {columns}, {extra_values} FROM {staging} "  # noqa: S608
            f"ON CONFLICT ({key}) DO NOTHING RETURNING {key}, {pk}",
            extra_params,
        )
        created = dict(cursor.fetchall())
        # A lead inserted just above equals its staged row, so only known leads with news are touched here.
        cursor.execute(
            f"UPDATE {table} AS l SET {sets}, {updated_at} = %s FROM {staging} AS s "  # noqa: S608
            f"WHERE l.{key} = s.{key} AND ({changed}) RETURNING l.{key}, l.{pk}",
            [timezone.now()],
        )
        updated = dict(cursor.fetchall())
        ids = {**created, **updated}
        unchanged = [dedupe_key for dedupe_key, _ in rows if dedupe_key not in ids]
        if unchanged:
            cursor.execute(f"SELECT {key}, {pk} FROM {table} WHERE {key} = ANY(%s)", [unchanged])  # noqa: S608
            ids.update(cursor.fetchall())
        cursor.execute(f"DROP TABLE {staging}")
    return ids, set(created), set(updated)


def contact_points_merge(*, wanted: dict[tuple[int, str, str], dict[str, Any]], new_leads: set[int]) -> set[int]:
    """Insert or merge contact points keyed (lead id, kind, normalised value), each with its ``sources``;
    returns the ids of leads that gained one. ``new_leads`` were created by this transaction: no stored point of
    theirs can need merging."""
    table, staged = _q(ContactPoint._meta.db_table), ", ".join(_q(c) for c in _CONTACT_STAGED)
    point = ", ".join(_q(c) for c in _CONTACT_STAGED[:-1])
    extra_columns, extra_values, extra_params = _constants(ContactPoint, _CONTACT_FIELDS)
    unique = ", ".join(_q(c) for c in ("lead_id", "kind", "normalized_value"))
    tuples = (
        (
            lead_id,
            kind,
            normal,
            contact.get("value") or normal,
            contact.get("layer", ExtractionLayer.SOURCE),
            contact.get("confidence", 0.5),
            contact.get("page_url"),  # NULL: not given, so a raised point keeps its page
            json.dumps(contact["sources"]),
        )
        for (lead_id, kind, normal), contact in wanted.items()
    )
    with connection.cursor() as cursor:
        select = f"{point}, {_q('details')} AS {_q('sources')}"
        staging = _stage(cursor, ContactPoint, select, staged, tuples)
        cursor.execute(
            f"INSERT INTO {table} ({point}, {_q('details')}, {extra_columns}) "  # noqa: S608
            f"SELECT lead_id, kind, normalized_value, value, layer, confidence, COALESCE(page_url, ''), "
            f"jsonb_build_object('sources', sources), {extra_values} FROM {staging} "
            f"ON CONFLICT ({unique}) DO NOTHING RETURNING lead_id",
            extra_params,
        )
        gained = {lead_id for (lead_id,) in cursor.fetchall()}
        known_leads = sorted({lead_id for lead_id, _, _ in wanted} - new_leads)
        if known_leads:
            # A point inserted just above has every staged source and the same confidence: it is left alone.
            cursor.execute(_points_merge_sql(table, staging), [timezone.now(), known_leads])
        cursor.execute(f"DROP TABLE {staging}")
    return gained


def _points_merge_sql(table: str, staging: str) -> str:
    """UPDATE of the stored points of some leads (%s: now, lead ids) from the staged ones, as ``_add_contacts``."""
    stored = "COALESCE(p.details -> 'sources', '[]'::jsonb)"
    # The staged sources the stored point has not recorded yet, in their order.
    fresh = (
        "COALESCE((SELECT jsonb_agg(x.source ORDER BY x.n) FROM jsonb_array_elements(s.sources) "  # noqa: S608
        f"WITH ORDINALITY AS x(source, n) WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements({stored}) AS y(source) "
        "WHERE y.source = x.source)), '[]'::jsonb)"
    )
    raise_ = "s.confidence > p.confidence"
    return (
        f"UPDATE {table} AS p SET "  # noqa: S608
        f"details = p.details || jsonb_build_object('sources', {stored} || {fresh}), "
        f"confidence = CASE WHEN {raise_} THEN s.confidence ELSE p.confidence END, "
        f"layer = CASE WHEN {raise_} THEN s.layer ELSE p.layer END, "
        f"value = CASE WHEN {raise_} THEN s.value ELSE p.value END, "
        f"page_url = CASE WHEN {raise_} THEN COALESCE(s.page_url, p.page_url) ELSE p.page_url END, "
        f"updated_at = %s FROM {staging} AS s "
        # Points are found through their leads' ids; kind and value are compared so that no index can use them. The
        # staging table has no statistics, and a number many leads share would otherwise have the planner walk every
        # point holding it for each staged one (or scan the whole table).
        "WHERE p.lead_id = ANY(%s) AND p.lead_id = s.lead_id "
        "AND (p.kind, p.normalized_value) IS NOT DISTINCT FROM (s.kind, s.normalized_value) "
        f"AND ({raise_} OR (p.details -> 'sources' IS DISTINCT FROM s.sources AND {fresh} <> '[]'::jsonb))"
    )
