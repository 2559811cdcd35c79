"""Google Places API (New), paid: a text search finds the business, place details describe it; both cached.

Contract: ``POST {GOOGLE_PLACES_BASE_URL}/v1/places:searchText`` with ``{"textQuery": ...}`` and
``GET /v1/places/{place_id}``, each with the ``X-Goog-Api-Key`` and (required) ``X-Goog-FieldMask`` headers.
Errors carry ``{"error": {"code", "message", "status", "details"}}``; a bad key is 400 with reason API_KEY_INVALID.
"""

import re
from typing import Any
from urllib.parse import quote

import httpx
from django.conf import settings

from enrichment.lookups import cached_lookup
from enrichment.providers import register
from enrichment.providers.base import EnrichContext, Provider, StepSkipped
from enrichment.providers.http import request_json

PROVIDER = "places"
SEARCH_FIELDS = "places.id,places.displayName,places.formattedAddress"  # IDs-and-basics: the cheap search tier
DETAIL_FIELDS = ",".join(
    [
        "id",
        "displayName",
        "formattedAddress",
        "location",
        "businessStatus",
        "primaryTypeDisplayName",
        "types",
        "googleMapsUri",
        "websiteUri",
        "internationalPhoneNumber",
        "nationalPhoneNumber",
        "regularOpeningHours",
        "utcOffsetMinutes",
        "rating",
        "userRatingCount",
        "editorialSummary",
    ]
)
PLACE_ID_RE = re.compile(r"^[A-Za-z0-9_-]{16,}$")
WORD_RE = re.compile(r"[a-z0-9]+")
MIN_NAME_MATCH = 0.5


def _error(response: httpx.Response) -> tuple[str, str]:
    error = response.json()["error"]
    reasons = [d.get("reason") for d in error.get("details") or [] if isinstance(d, dict) and d.get("reason")]
    return (reasons[0] if reasons else error.get("status", "")), error.get("message", "")


def _not_found(response: httpx.Response) -> dict[str, Any]:
    return {"found": False, "message": _error(response)[1]}


def _headers(mask: str) -> dict[str, str]:
    return {"X-Goog-Api-Key": settings.GOOGLE_PLACES_API_KEY, "X-Goog-FieldMask": mask}


def _base() -> str:
    return settings.GOOGLE_PLACES_BASE_URL.rstrip("/")


def _is_bad_key(response: httpx.Response, code: str) -> bool:
    return code in ("API_KEY_INVALID", "API_KEY_SERVICE_BLOCKED")


def places_search(query: str, region: str = "") -> dict[str, Any]:
    body: dict[str, Any] = {"textQuery": query, "pageSize": 5}
    if region:
        body["regionCode"] = region
    return request_json(
        PROVIDER,
        "POST",
        f"{_base()}/v1/places:searchText",
        json=body,
        headers=_headers(SEARCH_FIELDS),
        describe_error=_error,
        auth_failed=_is_bad_key,
    )


def place_details(place_id: str) -> dict[str, Any]:
    return request_json(
        PROVIDER,
        "GET",
        f"{_base()}/v1/places/{quote(place_id)}",
        headers=_headers(DETAIL_FIELDS),
        describe_error=_error,
        not_found=_not_found,
        auth_failed=_is_bad_key,
    )


def name_match(a: str, b: str) -> float:
    """Share of the shorter name's words found in the other name (0..1)."""
    left, right = set(WORD_RE.findall(a.lower())), set(WORD_RE.findall(b.lower()))
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def summarize(place: dict[str, Any]) -> dict[str, Any]:
    location = place.get("location") or {}
    hours = place.get("regularOpeningHours") or {}
    return {
        "place_id": place.get("id", ""),
        "name": (place.get("displayName") or {}).get("text", ""),
        "address": place.get("formattedAddress", ""),
        "geo": {"lat": location["latitude"], "lng": location["longitude"]} if "latitude" in location else None,
        "business_status": place.get("businessStatus", ""),
        "category": (place.get("primaryTypeDisplayName") or {}).get("text", ""),
        "types": place.get("types") or [],
        "maps_url": place.get("googleMapsUri", ""),
        "website": place.get("websiteUri", ""),
        "phone": place.get("internationalPhoneNumber", ""),
        "opening_hours": hours.get("weekdayDescriptions") or [],
        "open_now": hours.get("openNow"),
        "utc_offset_minutes": place.get("utcOffsetMinutes"),
        "rating": place.get("rating"),
        "rating_count": place.get("userRatingCount"),
        "editorial_summary": (place.get("editorialSummary") or {}).get("text", ""),
    }


def _website_answered(ctx: EnrichContext) -> bool:
    business = (ctx.results.get("website") or {}).get("business") or {}
    return bool(business.get("address") and business.get("geo") and business.get("opening_hours"))


@register
class PlacesProvider(Provider):
    """Runs for business leads only, after the free website step, and only if that left gaps."""

    name = PROVIDER
    paid = True

    def configured(self) -> bool:
        return bool(settings.GOOGLE_PLACES_API_KEY)

    def inputs(self, ctx: EnrichContext) -> Any:
        lead = ctx.lead
        if not self.configured():
            raise StepSkipped("No Google Places key is set (GOOGLE_PLACES_API_KEY).")
        if lead.kind != "business":
            raise StepSkipped("Places describes businesses; this lead is a conversation.")
        if _website_answered(ctx):
            raise StepSkipped("The business website already gave address, location and opening hours.")
        if settings.GOOGLE_PLACES_DAILY_LIMIT == 0:
            raise StepSkipped("GOOGLE_PLACES_DAILY_LIMIT is 0: no paid lookups.")
        if "maps" in lead.platform and PLACE_ID_RE.match(lead.platform_id or ""):
            return {"place_id": lead.platform_id}
        if not lead.name.strip():
            raise StepSkipped("The lead has no name to search for.")
        address = ((ctx.results.get("website") or {}).get("business") or {}).get("address") or lead.location
        query = " ".join(part for part in (lead.name.strip(), (address or "").strip()) if part)
        region = (ctx.results.get("phone") or {}).get("best", {}).get("region", "")
        return {"query": query, "region": region}

    def run(self, ctx: EnrichContext, wanted: dict[str, Any]) -> dict[str, Any]:
        result = self._look_up(ctx, wanted)
        return {**result, "from_cache": result["paid_requests"] == 0}  # nothing paid: the cache answered

    def _look_up(self, ctx: EnrichContext, wanted: dict[str, Any]) -> dict[str, Any]:
        paid = 0
        place_id = wanted.get("place_id")
        candidates: list[dict[str, Any]] = []
        if place_id is None:
            search = self._cached(
                f"search:{wanted['region']}:{wanted['query'].lower()}",
                lambda: places_search(wanted["query"], wanted["region"]),
            )
            paid += not search.from_cache
            candidates = [
                {
                    "place_id": p.get("id", ""),
                    "name": (p.get("displayName") or {}).get("text", ""),
                    "address": p.get("formattedAddress", ""),
                    "name_match": round(name_match(ctx.lead.name, (p.get("displayName") or {}).get("text", "")), 2),
                }
                for p in search.value.get("places") or []
            ]
            best = max(candidates, key=lambda c: c["name_match"], default=None)
            if best is None or best["name_match"] < MIN_NAME_MATCH:
                return {"matched": False, "query": wanted["query"], "candidates": candidates[:3], "paid_requests": paid}
            place_id = best["place_id"]
        details = self._cached(f"place:{place_id}", lambda: place_details(place_id))
        paid += not details.from_cache
        if details.value.get("found") is False:
            return {
                "matched": False,
                "place_id": place_id,
                "message": details.value.get("message", ""),
                "paid_requests": paid,
            }
        place = summarize(details.value)
        phones = {p.e164 for p in ctx.phones}
        place["phone_matches_lead"] = bool(place["phone"]) and _e164(place["phone"]) in phones
        return {"matched": True, "place": place, "candidates": candidates[:3], "paid_requests": paid}

    def _cached(self, key: str, fetch):
        return cached_lookup(
            provider=PROVIDER,
            key=key,
            ttl=lambda v: settings.ENRICHMENT_CACHE_TTL_NOT_FOUND if v.get("found") is False else _ttl(),
            fetch=fetch,
            daily_limit=settings.GOOGLE_PLACES_DAILY_LIMIT,
        )


def _ttl() -> int:
    return settings.ENRICHMENT_CACHE_TTL_PLACES


def _e164(raw: str) -> str:
    return "+" + "".join(ch for ch in raw if ch.isdigit())
