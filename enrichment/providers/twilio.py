"""Twilio Lookup v2 (paid): line type intelligence and caller name for the lead's best number, cached per number.

Contract: ``GET {TWILIO_LOOKUP_BASE_URL}/v2/PhoneNumbers/{E.164}?Fields=line_type_intelligence,caller_name`` with
HTTP Basic auth (account SID, auth token). Errors carry ``{"code", "message", "more_info", "status"}``.
"""

from typing import Any
from urllib.parse import quote

import httpx
from django.conf import settings

from enrichment.lookups import cached_lookup
from enrichment.providers import register
from enrichment.providers.base import EnrichContext, Provider, StepSkipped
from enrichment.providers.http import request_json
from enrichment.providers.phone import UNCERTAIN_TYPES

PROVIDER = "twilio"


def _error(response: httpx.Response) -> tuple[str, str]:
    body = response.json()
    return str(body.get("code", "")), str(body.get("message", ""))


def _not_found(response: httpx.Response) -> dict[str, Any]:
    code, message = _error(response)
    return {"found": False, "code": code, "message": message}


def twilio_lookup(e164: str, fields: list[str]) -> dict[str, Any]:
    """The Lookup v2 answer for ``e164`` (one paid request); a 404 comes back as ``{"found": False}``."""
    url = f"{settings.TWILIO_LOOKUP_BASE_URL.rstrip('/')}/v2/PhoneNumbers/{quote(e164)}"
    return request_json(
        PROVIDER,
        "GET",
        url,
        params={"Fields": ",".join(fields)} if fields else None,
        auth=(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN),
        describe_error=_error,
        not_found=_not_found,
    )


def summarize(answer: dict[str, Any]) -> dict[str, Any]:
    """Our words for Twilio's answer."""
    if answer.get("found") is False:
        return {"found": False, "message": answer.get("message", "")}
    line = answer.get("line_type_intelligence") or {}
    caller = answer.get("caller_name") or {}
    return {
        "found": True,
        "e164": answer.get("phone_number", ""),
        "valid": answer.get("valid"),
        "validation_errors": answer.get("validation_errors") or [],
        "line_type": line.get("type") or "",
        "carrier": line.get("carrier_name") or "",
        "caller_name": caller.get("caller_name") or "",
        "caller_type": caller.get("caller_type") or "",
        "country_code": answer.get("country_code", ""),
    }


@register
class TwilioProvider(Provider):
    """Pays only for a valid number whose line type libphonenumber cannot settle, once per number per TTL."""

    name = PROVIDER
    paid = True

    def configured(self) -> bool:
        return bool(settings.TWILIO_ACCOUNT_SID and settings.TWILIO_AUTH_TOKEN)

    def inputs(self, ctx: EnrichContext) -> Any:
        if not self.configured():
            raise StepSkipped("Twilio credentials are not set (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN).")
        offline = (ctx.results.get("phone") or {}).get("best")
        if offline is None:
            if ctx.best_phone is None:
                raise StepSkipped("The lead has no phone number.")
            offline = {"e164": ctx.best_phone.e164, "valid": True, "type": "unknown"}
        if not offline.get("valid"):
            raise StepSkipped(f"{offline['e164']} is not a valid number; a paid lookup would be wasted.")
        if settings.TWILIO_LOOKUP_ONLY_UNCERTAIN and offline.get("type") not in UNCERTAIN_TYPES:
            raise StepSkipped(
                f"libphonenumber already says {offline['type'].replace('_', ' ')}; no paid lookup needed."
            )
        if settings.TWILIO_LOOKUP_DAILY_LIMIT == 0:
            raise StepSkipped("TWILIO_LOOKUP_DAILY_LIMIT is 0: no paid lookups.")
        return {"e164": offline["e164"], "fields": sorted(settings.TWILIO_LOOKUP_FIELDS)}

    def run(self, ctx: EnrichContext, wanted: dict[str, Any]) -> dict[str, Any]:
        lookup = cached_lookup(
            provider=PROVIDER,
            key=f"{wanted['e164']}?{','.join(wanted['fields'])}",
            ttl=lambda v: settings.ENRICHMENT_CACHE_TTL_NOT_FOUND if v.get("found") is False else _ttl(),
            fetch=lambda: twilio_lookup(wanted["e164"], wanted["fields"]),
            daily_limit=settings.TWILIO_LOOKUP_DAILY_LIMIT,
        )
        return {**summarize(lookup.value), "from_cache": lookup.from_cache}


def _ttl() -> int:
    return settings.ENRICHMENT_CACHE_TTL_PHONE
