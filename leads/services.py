"""Writes to leads and their contact points."""

from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q

from accounts.models import Role, User
from accounts.roles import has_role, sees_everything
from insight.api_errors import ApplicationError
from insight.validation import refuse_unknown_fields
from leads.dedupe import canonical_url, content_key, lead_dedupe_key, normalized_name
from leads.models import ContactPoint, KeywordSet, Label, Lead, LeadKind, LeadStatus, LeadStatusChange, ScoringRule

# Fields a rediscovery may fill or refresh; status, owner, notes and scores belong to people and the scorer.
SOURCE_FIELDS = frozenset(
    {
        "kind",
        "name",
        "text",
        "url",
        "platform",
        "platform_id",
        "domain",
        "author",
        "author_handle",
        "location",
        "category",
        "language",
        "published_at",
        "raw",
        "scrape_task",
        "monitor",
    }
)


# Where a lead was read: kept in ``raw["sources"]``, one entry per source, so a post seen through several sources
# (or a business listed twice in one task) is one lead that names all of them.
SOURCE_KEYS = ("platform", "platform_id", "url")
MAX_SOURCES = 50


def _source_entry(fields: dict[str, Any]) -> dict[str, Any]:
    entry = {key: fields.get(key) or "" for key in SOURCE_KEYS}
    monitor = fields.get("monitor")
    if monitor is not None:
        entry["monitor_id"] = monitor.pk
    task = fields.get("scrape_task")
    if task is not None:
        entry["scrape_task_id"] = task.pk
    return entry


def _same_source(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("platform") != b.get("platform"):
        return False
    if a.get("platform_id") or b.get("platform_id"):
        return a.get("platform_id") == b.get("platform_id")
    return canonical_url(a.get("url", "")) == canonical_url(b.get("url", ""))


def lead_sources(lead: Lead) -> list[dict[str, Any]]:
    """Every source the lead was read through, its own first (leads saved before sources were kept: only its own)."""
    stored = (lead.raw or {}).get("sources") if isinstance(lead.raw, dict) else None
    if isinstance(stored, list) and stored:
        return [s for s in stored if isinstance(s, dict)]
    return [{"platform": lead.platform, "platform_id": lead.platform_id, "url": lead.url}]


def _with_source(lead: Lead, entry: dict[str, Any]) -> list[dict[str, Any]]:
    sources = lead_sources(lead)
    if not any(_same_source(known, entry) for known in sources) and len(sources) < MAX_SOURCES:
        sources = [*sources, entry]
    return sources


def _same_lead(*, dedupe_key: str, fields: dict[str, Any]) -> Lead | None:
    """The lead this one already is under another key: a conversation with the same canonical URL, or the same
    text by the same author; a business of the same task with the same name at the same address."""
    leads = Lead.objects.select_for_update().exclude(dedupe_key=dedupe_key)
    kind = fields.get("kind")
    if kind == LeadKind.CONVERSATION:
        if fields.get("canonical_url"):
            lead = leads.filter(kind=kind, canonical_url=fields["canonical_url"]).order_by("pk").first()
            if lead is not None:
                return lead
        if fields.get("content_key"):
            return leads.filter(kind=kind, content_key=fields["content_key"]).order_by("pk").first()
        return None
    task = fields.get("scrape_task")
    name = normalized_name(fields.get("name", ""))
    location = normalized_name(fields.get("location", ""))
    if kind != LeadKind.BUSINESS or task is None or not name or not location:
        # Without an address a chain's branches, sharing a name, cannot be told from one place listed twice; a
        # shared website host (a site builder, the sandbox) does not tell them apart either.
        return None
    near = leads.filter(
        Q(name__iexact=fields["name"]) | Q(location__iexact=fields["location"]), kind=kind, scrape_task=task
    )
    for lead in near.order_by("pk")[:200]:
        if normalized_name(lead.name) == name and normalized_name(lead.location) == location:
            return lead
    return None


@transaction.atomic
def lead_upsert(*, dedupe_key: str = "", **fields: Any) -> tuple[Lead, bool]:
    """Create the lead or merge new non-empty source fields into the existing one. Returns (lead, created).

    A lead already saved under another key (the same post read through another source, the same business listed
    twice in one task) is the lead: the new source is added to its ``raw["sources"]``, its own fields are kept."""
    refuse_unknown_fields(fields, SOURCE_FIELDS, "lead_upsert")
    if not dedupe_key:
        dedupe_key = lead_dedupe_key(
            platform=fields.get("platform", ""),
            platform_id=fields.get("platform_id", ""),
            url=fields.get("url", ""),
            name=fields.get("name", ""),
        )
    if fields.get("url"):
        fields["canonical_url"] = canonical_url(fields["url"])
    if fields.get("kind") == LeadKind.CONVERSATION:
        fields["content_key"] = content_key(
            text=fields.get("text", ""), author=fields.get("author", ""), author_handle=fields.get("author_handle", "")
        )
    entry = _source_entry(fields)
    lead = Lead.objects.select_for_update().filter(dedupe_key=dedupe_key).first()
    if lead is None:
        other = _same_lead(dedupe_key=dedupe_key, fields=fields)
        if other is not None:
            return _source_add(other, entry, fields), False
        try:
            with transaction.atomic():
                raw = fields.get("raw") if isinstance(fields.get("raw"), dict) else {}
                lead = Lead(dedupe_key=dedupe_key, **{**fields, "raw": {**raw, "sources": [entry]}})
                lead.full_clean(exclude=["dedupe_key"])
                lead.save()
                _enrich(lead)
                return lead, True
        except IntegrityError:
            # Another worker created it between our read and write: merge into theirs.
            lead = Lead.objects.select_for_update().get(dedupe_key=dedupe_key)
    if isinstance(fields.get("raw"), dict):
        fields["raw"] = {**fields["raw"], "sources": _with_source(lead, entry)}
    changed = []
    for name, value in fields.items():
        if value in (None, "", {}, []) or getattr(lead, name) == value:
            continue
        setattr(lead, name, value)
        changed.append(name)
    if changed:
        lead.full_clean(exclude=["dedupe_key"])
        lead.save(update_fields=[*changed, "updated_at"])
        _enrich(lead)
    return lead, False


def _source_add(lead: Lead, entry: dict[str, Any], fields: dict[str, Any]) -> Lead:
    """Another source of a lead already kept: remember it, and fill only the fields the lead still lacks."""
    raw = lead.raw if isinstance(lead.raw, dict) else {}
    lead.raw = {**raw, "sources": _with_source(lead, entry)}
    changed = ["raw"]
    for name, value in fields.items():
        if name in ("raw", "dedupe_key") or value in (None, "", {}, []) or getattr(lead, name) not in (None, ""):
            continue
        setattr(lead, name, value)
        changed.append(name)
    lead.save(update_fields=[*changed, "updated_at"])
    if len(changed) > 1:
        _enrich(lead)
    return lead


def _enrich(lead: Lead) -> None:
    enrich_later(lead_ids=[lead.pk])


def enrich_later(*, lead_ids: list[int]) -> None:
    """New or changed leads are enriched in the background once the transaction commits (issue 9)."""
    from enrichment.services import lead_enrich_enqueue_many

    lead_enrich_enqueue_many(lead_ids=lead_ids)


@transaction.atomic
def contact_point_add(
    *, lead: Lead, kind: str, value: str, normalized_value: str, layer: str, confidence: float, **extra: Any
) -> tuple[ContactPoint, bool]:
    """Attach a contact point, or raise the stored one's confidence and remember the new source."""
    point = (
        ContactPoint.objects.select_for_update().filter(lead=lead, kind=kind, normalized_value=normalized_value).first()
    )
    source = {"layer": layer, "confidence": confidence, "page_url": extra.get("page_url", "")}
    if point is None:
        point = ContactPoint(
            lead=lead,
            kind=kind,
            value=value,
            normalized_value=normalized_value,
            layer=layer,
            confidence=confidence,
            **extra,
        )
        point.details = {**point.details, "sources": [source]}
        point.full_clean()
        point.save()
        _enrich(lead)
        return point, True
    sources = point.details.get("sources", [])
    if source not in sources:
        sources.append(source)
    point.details = {**point.details, "sources": sources}
    if confidence > point.confidence:
        point.confidence, point.layer, point.value = confidence, layer, value
        for key, item in extra.items():
            setattr(point, key, item)
    point.full_clean()
    point.save()
    return point, False


# --- People's edits through the API (issue 3) ---------------------------------------------------------------

# Pipeline order; any status may go to "discarded" and a discarded lead may be restored to "new".
LEAD_STATUS_TRANSITIONS: dict[str, frozenset[str]] = {
    LeadStatus.NEW: frozenset({LeadStatus.CONTACTED}),
    LeadStatus.CONTACTED: frozenset({LeadStatus.QUALIFIED}),
    LeadStatus.QUALIFIED: frozenset({LeadStatus.WON, LeadStatus.LOST}),
    LeadStatus.WON: frozenset(),
    LeadStatus.LOST: frozenset(),
    LeadStatus.DISCARDED: frozenset({LeadStatus.NEW}),
}
BULK_UPDATE_MAX_IDS = 500
_UNSET: Any = object()


def lead_status_error(current: str, new: str) -> str | None:
    """Why ``current`` → ``new`` is not allowed, or None when it is (staying put is always allowed)."""
    if new == current or new == LeadStatus.DISCARDED or new in LEAD_STATUS_TRANSITIONS.get(current, ()):
        return None
    allowed = sorted(LEAD_STATUS_TRANSITIONS.get(current, frozenset()) | {LeadStatus.DISCARDED} - {current})
    return f"A {current} lead cannot become {new}; from {current} it may become: {', '.join(allowed)}."


def lead_permission_errors(*, lead: Lead, actor: User, owner: User | None = _UNSET) -> list[str]:
    """Every reason ``actor``'s role does not let them make this change to ``lead``."""
    if not has_role(actor, Role.ADMIN, Role.MANAGER, Role.SALES):
        return ["Your role does not allow editing leads."]
    errors: list[str] = []
    if not sees_everything(actor):
        if lead.owner_id not in (None, actor.pk):
            errors.append("This lead is assigned to someone else; ask a manager to reassign it.")
        if owner is not _UNSET and owner is not None and owner.pk != actor.pk:
            errors.append("Sales may assign a lead only to themselves.")
    return errors


def lead_change_errors(*, lead: Lead, actor: User, status: str = _UNSET, owner: User | None = _UNSET) -> list[str]:
    """Every reason this change cannot be made: role rules, a deactivated owner, the status order."""
    errors = lead_permission_errors(lead=lead, actor=actor, owner=owner)
    if owner is not _UNSET and owner is not None and not owner.is_active:
        errors.append("The new owner's account is deactivated.")
    if status is not _UNSET:
        message = lead_status_error(lead.status, status)
        if message:
            errors.append(message)
    return errors


def _lead_apply(*, lead: Lead, actor: User, status: str, owner: User | None, notes: str) -> Lead:
    if status is not _UNSET and status != lead.status:
        LeadStatusChange.objects.create(lead=lead, actor=actor, from_status=lead.status, to_status=status)
    changed = []
    for name, value in (("status", status), ("owner", owner), ("notes", notes)):
        if value is _UNSET or getattr(lead, name) == value:
            continue
        setattr(lead, name, value)
        changed.append(name)
    if changed:
        lead.full_clean(exclude=["dedupe_key"])
        lead.save(update_fields=[*changed, "updated_at"])
    if "status" in changed and lead.status == LeadStatus.QUALIFIED:
        from integrations.services import lead_qualified_hooks  # webhook event + automatic CRM push

        lead_qualified_hooks(lead=lead)
    return lead


@transaction.atomic
def lead_update(
    *, lead: Lead, actor: User, status: str = _UNSET, owner: User | None = _UNSET, notes: str = _UNSET
) -> Lead:
    """Change a lead's status, owner or notes as ``actor``; refuses with 403 (role) or 409 (status order)."""
    lead = Lead.objects.select_for_update().get(pk=lead.pk)
    forbidden = lead_permission_errors(lead=lead, actor=actor, owner=owner)
    if forbidden:
        raise ApplicationError(" ".join(forbidden), code="permission_denied", status_code=403)
    if owner is not _UNSET and owner is not None and not owner.is_active:
        message = "The new owner's account is deactivated."
        raise ApplicationError(message, fields={"owner": [message]})
    if status is not _UNSET and (message := lead_status_error(lead.status, status)):
        raise ApplicationError(message, code="invalid_transition", status_code=409, fields={"status": [message]})
    return _lead_apply(lead=lead, actor=actor, status=status, owner=owner, notes=notes)


@transaction.atomic
def lead_bulk_update(
    *, ids: list[int], actor: User, status: str = _UNSET, owner: User | None = _UNSET, notes: str = _UNSET
) -> list[Lead]:
    """Apply one change to many leads, all or nothing: any refused lead refuses the batch with per-id reasons."""
    if not ids:
        raise ApplicationError("Give at least one lead id.", fields={"ids": ["Give at least one lead id."]})
    if len(ids) > BULK_UPDATE_MAX_IDS:
        message = f"At most {BULK_UPDATE_MAX_IDS} leads per request."
        raise ApplicationError(message, fields={"ids": [message]})
    if status is _UNSET and owner is _UNSET and notes is _UNSET:
        message = "Say what to change: status, owner or notes."
        raise ApplicationError(message, fields={"changes": [message]})
    leads = {lead.pk: lead for lead in Lead.objects.select_for_update().filter(pk__in=ids).order_by("pk")}
    errors: dict[str, list[str]] = {}
    for lead_id in ids:
        lead = leads.get(lead_id)
        if lead is None:
            errors[str(lead_id)] = ["No such lead."]
            continue
        problems = lead_change_errors(lead=lead, actor=actor, status=status, owner=owner)
        if problems:
            errors[str(lead_id)] = problems
    if errors:
        raise ApplicationError(
            f"{len(errors)} of {len(ids)} leads cannot be changed; nothing was changed.",
            code="bulk_rejected",
            fields=errors,
        )
    return [
        _lead_apply(lead=leads[lead_id], actor=actor, status=status, owner=owner, notes=notes)
        for lead_id in dict.fromkeys(ids)
    ]


def label_create(
    *,
    lead: Lead,
    author: User,
    kind: str,
    corrected_sentiment: str = "",
    corrected_intent: str = "",
    note: str = "",
) -> Label:
    """Record a person's judgement of a lead (training data for the feedback loop)."""
    label = Label(
        lead=lead,
        author=author,
        kind=kind,
        corrected_sentiment=corrected_sentiment,
        corrected_intent=corrected_intent,
        note=note,
    )
    label.full_clean()
    label.save()
    return label


@transaction.atomic
def label_bulk_create(*, ids: list[int], author: User, kind: str) -> list[Label]:
    """The same label on many leads (triage from the list), all or nothing, at most ``BULK_UPDATE_MAX_IDS``."""
    ids = list(dict.fromkeys(ids))
    if not ids or len(ids) > BULK_UPDATE_MAX_IDS:
        message = f"Choose between 1 and {BULK_UPDATE_MAX_IDS} leads."
        raise ApplicationError(message, fields={"ids": [message]})
    leads = Lead.objects.in_bulk(ids)
    missing = [lead_id for lead_id in ids if lead_id not in leads]
    if missing:
        raise ApplicationError(
            f"No such lead: {', '.join(map(str, missing))}.", fields={str(i): ["No such lead."] for i in missing}
        )
    return [label_create(lead=leads[lead_id], author=author, kind=kind) for lead_id in ids]


def _save_fields(instance: Any, fields: dict[str, Any]) -> Any:
    for name, value in fields.items():
        setattr(instance, name, value)
    instance.full_clean()
    instance.save()
    return instance


_KEYWORD_SET_FIELDS = {"name", "description", "expression", "language", "is_active"}
_SCORING_RULE_FIELDS = {
    "name",
    "description",
    "condition",
    "value",
    "weight",
    "applies_to",
    "is_active",
    "active_from",
    "active_until",
}


def keyword_set_create(*, name: str, expression: str, **fields: Any) -> KeywordSet:
    refuse_unknown_fields(fields, _KEYWORD_SET_FIELDS, "keyword_set_create")
    return _save_fields(KeywordSet(), {"name": name, "expression": expression, **fields})


def keyword_set_update(*, keyword_set: KeywordSet, **fields: Any) -> KeywordSet:
    refuse_unknown_fields(fields, _KEYWORD_SET_FIELDS, "keyword_set_update")
    return _save_fields(keyword_set, fields)


def keyword_set_delete(*, keyword_set: KeywordSet) -> None:
    """Delete a keyword set no monitor uses (a used one answers 409 naming the monitors)."""
    names = list(keyword_set.monitors.values_list("name", flat=True)[:5])
    if names:
        raise ApplicationError(
            f"Monitors still use this keyword set: {', '.join(names)}. Change or delete them first.",
            code="in_use",
            status_code=409,
        )
    keyword_set.delete()


def scoring_rule_create(*, name: str, condition: str, weight: int, **fields: Any) -> ScoringRule:
    refuse_unknown_fields(fields, _SCORING_RULE_FIELDS, "scoring_rule_create")
    return _save_fields(ScoringRule(), {"name": name, "condition": condition, "weight": weight, **fields})


def scoring_rule_update(*, rule: ScoringRule, **fields: Any) -> ScoringRule:
    refuse_unknown_fields(fields, _SCORING_RULE_FIELDS, "scoring_rule_update")
    return _save_fields(rule, fields)
