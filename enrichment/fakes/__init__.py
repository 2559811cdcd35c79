"""Local fake Twilio Lookup v2 and Google Places API (New) servers for tests and demos (no network, no bills)."""

from enrichment.fakes.server import FakeEnrichment  # noqa: F401
from enrichment.fakes.state import PLACES_KEY, TWILIO_SID, TWILIO_TOKEN, FakeEnrichmentState  # noqa: F401
