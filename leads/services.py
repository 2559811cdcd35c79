"""Writes to leads and their contact points."""

from typing import Any

from django.db import IntegrityError, transaction

from leads.dedupe import canonical_url, lead_dedupe_key
from leads.models import ContactPoint, Lead

# Fields a rediscovery may fill or refresh; status, owner, notes and scores belong to people and the scorer.
_SOURCE_FIELDS = (
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
)


@transaction.atomic
def lead_upsert(*, dedupe_key: str = "", **fields: Any) -> tuple[Lead, bool]:
    """Create the lead or merge new non-empty source fields into the existing one. Returns (lead, created)."""
    unknown = set(fields) - set(_SOURCE_FIELDS)
    if unknown:
        raise TypeError(f"lead_upsert does not set {', '.join(sorted(unknown))}")
    if not dedupe_key:
        dedupe_key = lead_dedupe_key(
            platform=fields.get("platform", ""),
            platform_id=fields.get("platform_id", ""),
            url=fields.get("url", ""),
            name=fields.get("name", ""),
        )
    if fields.get("url"):
        fields["canonical_url"] = canonical_url(fields["url"])
    lead = Lead.objects.select_for_update().filter(dedupe_key=dedupe_key).first()
    if lead is None:
        try:
            with transaction.atomic():
                lead = Lead(dedupe_key=dedupe_key, **fields)
                lead.full_clean(exclude=["dedupe_key"])
                lead.save()
                return lead, True
        except IntegrityError:
            # Another worker created it between our read and write: merge into theirs.
            lead = Lead.objects.select_for_update().get(dedupe_key=dedupe_key)
    changed = []
    for name, value in fields.items():
        if value in (None, "", {}, []) or getattr(lead, name) == value:
            continue
        setattr(lead, name, value)
        changed.append(name)
    if changed:
        lead.full_clean(exclude=["dedupe_key"])
        lead.save(update_fields=[*changed, "updated_at"])
    return lead, False


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
