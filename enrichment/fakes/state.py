"""What the fake Twilio and Places servers answer from: fictional numbers and places, failure modes, a request log."""

import threading
from dataclasses import dataclass, field

SERVICES = ("twilio", "places")
MODES = ("ok", "429", "500", "slow")
TWILIO_SID = "ACfake0000000000000000000000000000"
TWILIO_TOKEN = "fake-twilio-token"  # noqa: S105 - fake server credential
PLACES_KEY = "fake-places-key"


def _place(n: int, name: str, address: str, lat: float, lng: float, phone: str, **extra) -> dict:
    return {
        "id": f"ChIJfakePlace{n:08d}",
        "displayName": {"text": name, "languageCode": "en"},
        "formattedAddress": address,
        "location": {"latitude": lat, "longitude": lng},
        "businessStatus": extra.pop("businessStatus", "OPERATIONAL"),
        "internationalPhoneNumber": phone,
        "nationalPhoneNumber": phone.removeprefix("+1 "),
        "googleMapsUri": f"https://maps.google.com/?cid={1000 + n}",
        "utcOffsetMinutes": -300,
        "regularOpeningHours": {
            "openNow": True,
            "weekdayDescriptions": [f"{d}: 8:00 AM – 6:00 PM" for d in ("Monday", "Tuesday", "Wednesday")],
        },
        **extra,
    }


SEED_PLACES = [
    _place(
        1,
        "Maple Leaf Coffee Roasters",
        "12 Example St, Toronto, ON M5V 0A1, Canada",
        43.6452,
        -79.3806,
        "+1 416-555-0123",
        primaryTypeDisplayName={"text": "Coffee shop", "languageCode": "en"},
        types=["coffee_shop", "cafe", "food", "establishment"],
        rating=4.6,
        userRatingCount=128,
        websiteUri="https://maple-coffee.example.com/",
        editorialSummary={"text": "Small-batch roaster with a bright corner café.", "languageCode": "en"},
    ),
    _place(
        2,
        "Harbour Plumbing & Heating",
        "480 Sample Ave, Toronto, ON M4M 1A1, Canada",
        43.6591,
        -79.3490,
        "+1 416-555-0142",
        primaryTypeDisplayName={"text": "Plumber", "languageCode": "en"},
        types=["plumber", "establishment"],
        rating=4.2,
        userRatingCount=57,
    ),
    _place(
        3,
        "Old Mill Bakery",
        "3 Fiction Rd, Toronto, ON M6S 0A3, Canada",
        43.6490,
        -79.4890,
        "+1 416-555-0177",
        businessStatus="CLOSED_PERMANENTLY",
        types=["bakery", "establishment"],
    ),
]


@dataclass
class FakeEnrichmentState:
    """Tests add numbers and places and switch a service's mode while the server runs."""

    numbers: dict[str, dict] = field(default_factory=dict)  # E.164 -> {"type", "carrier_name", "caller_name"}
    places: list[dict] = field(default_factory=lambda: [dict(p) for p in SEED_PLACES])
    modes: dict[str, str] = field(default_factory=lambda: dict.fromkeys(SERVICES, "ok"))
    requests: list[tuple[str, str, str]] = field(default_factory=list)  # (service, method, path)
    retry_after: int = 0
    slow_seconds: float = 3.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, service: str) -> int:
        with self.lock:
            return sum(1 for s, _, _ in self.requests if s == service)
