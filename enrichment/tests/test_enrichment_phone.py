from datetime import UTC, datetime

import pytest
from django.core.exceptions import ImproperlyConfigured

from enrichment.calltime import callable_now
from enrichment.providers.phone import phone_facts

MONDAY_3PM_TORONTO = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 15:00 in Toronto (EST, UTC-5)
MONDAY_11PM_TORONTO = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)
SATURDAY_NOON_TORONTO = datetime(2026, 11, 28, 17, 0, tzinfo=UTC)


def test_a_toronto_number_is_valid_with_place_zone_and_local_time():
    facts = phone_facts("+14165550123", now=MONDAY_3PM_TORONTO)
    assert facts["valid"] and facts["region"] == "CA" and facts["geo"] == "Ontario"
    assert facts["type"] == "fixed_line_or_mobile"  # North American numbers do not tell mobiles apart offline
    assert facts["time_zones"] == ["America/Toronto"]
    assert facts["local_time"] == "2026-11-23T15:00" and facts["utc_offset"] == "-05:00"
    assert facts["callable"] is True


def test_outside_call_hours_and_weekends_are_not_callable():
    assert phone_facts("+14165550123", now=MONDAY_11PM_TORONTO)["callable"] is False
    assert phone_facts("+14165550123", now=SATURDAY_NOON_TORONTO)["callable"] is False


def test_weekends_count_when_configured(settings):
    settings.ENRICHMENT_CALL_WEEKENDS = True
    assert phone_facts("+14165550123", now=SATURDAY_NOON_TORONTO)["callable"] is True


def test_a_european_mobile_gets_its_type_and_carrier_offline():
    facts = phone_facts("+33612345678", now=MONDAY_3PM_TORONTO)
    assert facts["type"] == "mobile" and facts["carrier"] == "SFR" and facts["time_zones"] == ["Europe/Paris"]
    assert facts["local_time"] == "2026-11-23T21:00" and facts["callable"] is False


def test_an_invalid_number_is_reported_not_callable():
    facts = phone_facts("+447700900123", now=MONDAY_3PM_TORONTO)  # Ofcom drama range: not a real number
    assert facts["valid"] is False and facts["callable"] is False and facts["time_zones"] == []


def test_a_toll_free_number_spanning_many_zones_has_no_single_local_time():
    facts = phone_facts("+18005550199", now=MONDAY_3PM_TORONTO)
    assert facts["type"] == "toll_free" and facts["local_time"] is None and facts["local_time_range"]


def test_unknown_zones_give_no_verdict():
    assert callable_now([], MONDAY_3PM_TORONTO)["callable"] is None


def test_a_bad_call_window_fails_loudly(settings):
    settings.ENRICHMENT_CALL_HOURS = "late"
    with pytest.raises(ImproperlyConfigured, match="ENRICHMENT_CALL_HOURS"):
        callable_now(["America/Toronto"], MONDAY_3PM_TORONTO)


def test_the_registry_holds_every_provider_even_after_a_direct_import():
    import enrichment.providers.twilio  # noqa: F401 - a direct import registers only its own module chain
    from enrichment.providers import provider_names

    assert provider_names() == ["phone", "places", "twilio", "website"]
