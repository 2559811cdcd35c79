"""Twilio Lookup v2 and Google Places (New) clients against the local fakes: answers, cache, limits, errors."""

import pytest

from enrichment.lookups import cached_lookup
from enrichment.models import LookupCache, ProviderUsage
from enrichment.pipeline import context_build
from enrichment.providers import provider_get
from enrichment.providers.base import (
    ProviderAuthError,
    ProviderLimitReached,
    ProviderQuotaExceeded,
    ProviderUnavailable,
    StepSkipped,
)
from enrichment.providers.places import place_details, places_search
from enrichment.providers.twilio import twilio_lookup
from leads.models import ContactKind, LeadKind
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db


def _run(name: str, lead, results=None):
    from django.utils import timezone

    ctx = context_build(lead, now=timezone.now())
    ctx.results.update(results or {})
    provider = provider_get(name)
    return provider.run(ctx, provider.inputs(ctx))


def _lead_with_phone(e164="+14165550123", **lead_fields):
    lead = LeadFactory(**lead_fields)
    ContactPointFactory(lead=lead, kind=ContactKind.PHONE, value=e164, normalized_value=e164)
    return lead


# --- Twilio ------------------------------------------------------------------------------------------------------


def test_twilio_answers_line_type_and_caller_name_in_its_documented_shape(fake_enrichment):
    answer = twilio_lookup("+12025550143", ["line_type_intelligence", "caller_name"])
    assert answer["valid"] is True and answer["phone_number"] == "+12025550143"
    assert answer["line_type_intelligence"]["type"] == "mobile"
    assert answer["caller_name"]["caller_type"] == "BUSINESS"
    assert (
        fake_enrichment.state.requests[-1][2]
        == "/v2/PhoneNumbers/%2B12025550143?Fields=line_type_intelligence%2Ccaller_name"
    )


def test_twilio_step_pays_once_per_number_within_the_ttl(fake_enrichment):
    lead = _lead_with_phone("+14165550123")
    other = _lead_with_phone("+14165550123")
    first = _run("twilio", lead)
    second = _run("twilio", other)
    assert first["line_type"] == "mobile" and first["carrier"] == "Fictional Wireless"
    assert first["from_cache"] is False and second["from_cache"] is True
    assert fake_enrichment.state.count("twilio") == 1
    assert ProviderUsage.objects.get(provider="twilio").count == 1
    assert LookupCache.objects.get(provider="twilio").hits == 1


def test_an_expired_answer_is_paid_for_again(fake_enrichment):
    lead = _lead_with_phone("+14165550124")
    _run("twilio", lead)
    LookupCache.objects.update(expires_at="2000-01-01T00:00Z")
    assert _run("twilio", lead)["from_cache"] is False
    assert fake_enrichment.state.count("twilio") == 2


def test_twilio_is_skipped_without_credentials_or_when_offline_data_is_certain(fake_enrichment, settings):
    french_mobile = _lead_with_phone("+33612345678")
    offline = {"phone": {"best": {"e164": "+33612345678", "valid": True, "type": "mobile"}}}
    with pytest.raises(StepSkipped, match="already says mobile"):
        _run("twilio", french_mobile, offline)
    invalid = {"phone": {"best": {"e164": "+447700900123", "valid": False, "type": "unknown"}}}
    with pytest.raises(StepSkipped, match="not a valid number"):
        _run("twilio", french_mobile, invalid)
    settings.TWILIO_AUTH_TOKEN = ""
    with pytest.raises(StepSkipped, match="credentials"):
        _run("twilio", _lead_with_phone())
    assert fake_enrichment.state.count("twilio") == 0


def test_the_daily_limit_stops_paid_lookups(fake_enrichment, settings):
    settings.TWILIO_LOOKUP_DAILY_LIMIT = 1
    _run("twilio", _lead_with_phone("+14165550125"))
    with pytest.raises(ProviderLimitReached, match="daily limit of 1"):
        _run("twilio", _lead_with_phone("+14165550126"))
    assert fake_enrichment.state.count("twilio") == 1
    assert not LookupCache.objects.filter(key__startswith="+14165550126").exclude(value={}).exists()


def test_twilio_bad_credentials_are_a_clear_permanent_error(fake_enrichment, settings):
    settings.TWILIO_AUTH_TOKEN = "wrong"
    with pytest.raises(ProviderAuthError) as error:
        twilio_lookup("+14165550123", ["line_type_intelligence"])
    assert error.value.status == 401 and error.value.code == "20003"
    assert "check the credentials" in str(error.value) and not error.value.transient


def test_twilio_quota_and_server_errors_are_transient(fake_enrichment):
    fake_enrichment.state.modes["twilio"] = "429"
    with pytest.raises(ProviderQuotaExceeded) as error:
        twilio_lookup("+14165550123", [])
    assert error.value.transient and error.value.code == "20429"
    fake_enrichment.state.modes["twilio"] = "500"
    with pytest.raises(ProviderUnavailable, match="HTTP 500"):
        twilio_lookup("+14165550123", [])


def test_quick_retries_get_past_a_short_rate_limit(fake_enrichment, settings):
    settings.ENRICHMENT_HTTP_RETRIES = 2
    fake_enrichment.state.modes["twilio"] = "429"
    with pytest.raises(ProviderQuotaExceeded):
        twilio_lookup("+14165550123", [])
    assert fake_enrichment.state.count("twilio") == 3  # the first try and two retries


def test_a_timeout_is_a_transient_error(fake_enrichment, settings):
    settings.ENRICHMENT_HTTP_TIMEOUT = 0.3
    fake_enrichment.state.slow_seconds = 1.0
    fake_enrichment.state.modes["twilio"] = "slow"
    with pytest.raises(ProviderUnavailable, match="timeout"):
        twilio_lookup("+14165550123", [])


def test_twilio_404_is_cached_as_not_found(fake_enrichment):
    lookup = cached_lookup(provider="twilio", key="abc", ttl=60, fetch=lambda: twilio_lookup("abc", []))
    assert lookup.value["found"] is False and lookup.value["code"] == "20404"


# --- Google Places -----------------------------------------------------------------------------------------------


def test_places_search_sends_key_and_field_mask(fake_enrichment):
    body = places_search("maple leaf coffee toronto")
    assert [p["displayName"]["text"] for p in body["places"]][0] == "Maple Leaf Coffee Roasters"
    assert set(body["places"][0]) == {"id", "displayName", "formattedAddress"}  # the cheap mask, nothing more


def test_places_step_finds_and_describes_the_business_paying_once(fake_enrichment):
    lead = _lead_with_phone(
        "+14165550123", name="Maple Leaf Coffee Roasters", platform="sandbox_maps", location="Toronto, ON"
    )
    result = _run("places", lead)
    place = result["place"]
    assert result["matched"] and place["rating"] == 4.6 and place["rating_count"] == 128
    assert place["phone_matches_lead"] is True and place["geo"] == {"lat": 43.6452, "lng": -79.3806}
    assert place["category"] == "Coffee shop" and place["business_status"] == "OPERATIONAL"
    assert result["paid_requests"] == 2 and result["from_cache"] is False
    again = _run("places", lead)
    assert again["paid_requests"] == 0 and fake_enrichment.state.count("places") == 2
    assert again["from_cache"] is True  # the step row shows it was answered without paying


def test_places_does_not_pay_for_details_of_a_different_business(fake_enrichment):
    lead = LeadFactory(name="Quantum Llama Consulting", platform="sandbox_maps", location="Toronto")
    result = _run("places", lead)
    assert result["matched"] is False and fake_enrichment.state.count("places") == 1


def test_a_maps_lead_with_a_place_id_goes_straight_to_details(fake_enrichment):
    lead = LeadFactory(name="Harbour Plumbing", platform="google_maps", platform_id="ChIJfakePlace00000002")
    result = _run("places", lead)
    assert result["place"]["name"] == "Harbour Plumbing & Heating"
    assert [r[1] for r in fake_enrichment.state.requests] == ["GET"]


def test_places_skips_conversations_and_leads_the_website_already_described(fake_enrichment):
    with pytest.raises(StepSkipped, match="conversation"):
        _run("places", LeadFactory(kind=LeadKind.CONVERSATION))
    described = {
        "website": {"business": {"address": "12 Example St", "geo": {"lat": 1, "lng": 2}, "opening_hours": ["Mo"]}}
    }
    with pytest.raises(StepSkipped, match="website already gave"):
        _run("places", LeadFactory(), described)


def test_places_bad_key_missing_key_quota_and_unknown_place(fake_enrichment, settings):
    assert place_details("ChIJunknownPlaceId00")["found"] is False
    fake_enrichment.state.modes["places"] = "429"
    with pytest.raises(ProviderQuotaExceeded, match="RATE_LIMIT_EXCEEDED"):
        places_search("maple")
    fake_enrichment.state.modes["places"] = "ok"
    settings.GOOGLE_PLACES_API_KEY = "not-the-key"
    with pytest.raises(ProviderAuthError, match="API key not valid") as error:
        places_search("maple")
    assert error.value.status == 400 and error.value.code == "API_KEY_INVALID"
    settings.GOOGLE_PLACES_API_KEY = ""
    with pytest.raises(ProviderAuthError, match="missing a valid API key"):
        places_search("maple")
