"""Offline phone intelligence with libphonenumber: validity, number type, carrier, place, time zones, call time."""

from typing import Any

import phonenumbers
from django.conf import settings
from phonenumbers import PhoneNumberType, carrier, geocoder
from phonenumbers import timezone as number_timezone

from enrichment.calltime import callable_now
from enrichment.providers import register
from enrichment.providers.base import EnrichContext, Provider, StepSkipped

MAX_NUMBERS = 5
NUMBER_TYPES = {
    PhoneNumberType.FIXED_LINE: "fixed_line",
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.PERSONAL_NUMBER: "personal",
    PhoneNumberType.PAGER: "pager",
    PhoneNumberType.UAN: "uan",
    PhoneNumberType.VOICEMAIL: "voicemail",
    PhoneNumberType.UNKNOWN: "unknown",
}
# Types for which libphonenumber alone cannot say whether a mobile answers: a paid line-type lookup may help.
UNCERTAIN_TYPES = frozenset({"fixed_line_or_mobile", "unknown"})


def phone_facts(e164: str, *, now, region: str | None = None) -> dict[str, Any]:
    """Everything libphonenumber knows about one number, plus the local time there now."""
    try:
        number = phonenumbers.parse(e164, (region or settings.ENRICHMENT_DEFAULT_REGION).upper())
    except phonenumbers.NumberParseException as exc:
        return {"e164": e164, "valid": False, "possible": False, "type": "unknown", "error": str(exc)}
    valid = phonenumbers.is_valid_number(number)
    zones = [z for z in number_timezone.time_zones_for_number(number) if z != "Etc/Unknown"] if valid else []
    facts = {
        "e164": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        "valid": valid,
        "possible": phonenumbers.is_possible_number(number),
        "type": NUMBER_TYPES.get(phonenumbers.number_type(number), "unknown"),
        "region": phonenumbers.region_code_for_number(number) or "",
        "national": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL),
        "international": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
        "carrier": carrier.name_for_number(number, "en") if valid else "",
        "geo": geocoder.description_for_number(number, "en") if valid else "",
        "time_zones": zones,
    }
    facts.update(callable_now(zones, now) if valid else {"callable": False, "local_time": None})
    return facts


@register
class PhoneProvider(Provider):
    """Free and offline, so it always runs first; later steps read its verdict on the lead's best number."""

    name = "phone"

    def inputs(self, ctx: EnrichContext) -> Any:
        if not ctx.phones:
            raise StepSkipped("The lead has no phone number.")
        return {"phones": [p.e164 for p in ctx.phones[:MAX_NUMBERS]]}

    def run(self, ctx: EnrichContext, wanted: Any) -> dict[str, Any]:
        numbers = [{"contact_id": p.contact_id, **phone_facts(p.e164, now=ctx.now)} for p in ctx.phones[:MAX_NUMBERS]]
        valid = [n for n in numbers if n["valid"]]
        best = valid[0] if valid else numbers[0]
        return {"numbers": numbers, "best": best, "valid_count": len(valid), "checked_at": ctx.now.isoformat()}
