"""One threaded HTTP server answering like Twilio Lookup v2 and Google Places API (New), errors included.

Paths, headers and bodies follow the documented contracts, so pointing ``TWILIO_LOOKUP_BASE_URL`` and
``GOOGLE_PLACES_BASE_URL`` at it runs the real clients unchanged.
"""

import base64
import json
import re
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, unquote, urlsplit

import phonenumbers

from enrichment.fakes.state import PLACES_KEY, TWILIO_SID, TWILIO_TOKEN, FakeEnrichmentState
from insight.testing.fake_server import FakeServer

TWILIO_RE = re.compile(r"^/v2/PhoneNumbers/(?P<number>[^/]+)$")
PLACE_RE = re.compile(r"^/v1/places/(?P<id>[^/:]+)$")
WORD_RE = re.compile(r"[a-z0-9]+")


def twilio_error(code: int, message: str, status: int) -> dict:
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


def google_error(code: int, status: str, message: str, reason: str = "") -> dict:
    error = {"code": code, "message": message, "status": status}
    if reason:
        error["details"] = [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": reason,
                "domain": "googleapis.com",
                "metadata": {"service": "places.googleapis.com"},
            }
        ]
    return {"error": error}


def _masked(place: dict, fields: set[str]) -> dict:
    return dict(place) if "*" in fields else {k: v for k, v in place.items() if k in fields}


class FakeEnrichmentHandler(BaseHTTPRequestHandler):
    state: FakeEnrichmentState  # set on the subclass made by FakeEnrichment

    def log_message(self, format, *args):  # noqa: A002 - quiet test output
        pass

    def do_GET(self):
        self.route("GET")

    def do_POST(self):
        self.route("POST")

    def send(self, status: int, body: dict, headers: dict | None = None) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(raw)

    def route(self, method: str) -> None:
        path = urlsplit(self.path).path
        self.params = parse_qs(urlsplit(self.path).query)
        if method == "GET" and (match := TWILIO_RE.match(path)):
            return self.guarded("twilio", method, lambda: self.twilio(unquote(match.group("number"))))
        if method == "POST" and path == "/v1/places:searchText":
            return self.guarded("places", method, self.places_search)
        if method == "GET" and (match := PLACE_RE.match(path)):
            return self.guarded("places", method, lambda: self.place_details(unquote(match.group("id"))))
        self.send(404, {"error": {"code": 404, "message": f"No route {path}", "status": "NOT_FOUND"}})

    def guarded(self, service: str, method: str, handler) -> None:
        with self.state.lock:
            self.state.requests.append((service, method, self.path))
            mode = self.state.modes.get(service, "ok")
        if mode == "slow":
            time.sleep(self.state.slow_seconds)
        elif mode == "429":
            headers = {"Retry-After": str(self.state.retry_after)}
            if service == "twilio":
                return self.send(429, twilio_error(20429, "Too Many Requests", 429), headers)
            message = "Quota exceeded for quota metric 'SearchTextRequest' and limit 'per minute'."
            return self.send(429, google_error(429, "RESOURCE_EXHAUSTED", message, "RATE_LIMIT_EXCEEDED"), headers)
        elif mode == "500":
            if service == "twilio":
                return self.send(500, twilio_error(20500, "Internal Server Error", 500))
            return self.send(500, google_error(500, "INTERNAL", "Internal error encountered."))
        handler()

    # --- Twilio Lookup v2 ---------------------------------------------------------------------------------------

    def twilio_authorized(self) -> bool:
        expected = base64.b64encode(f"{TWILIO_SID}:{TWILIO_TOKEN}".encode()).decode()
        return self.headers.get("Authorization") == f"Basic {expected}"

    def twilio(self, raw: str) -> None:
        if not self.twilio_authorized():
            return self.send(401, twilio_error(20003, "Authenticate", 401))
        if not re.fullmatch(r"\+?\d{3,16}", raw):
            return self.send(404, twilio_error(20404, f"The requested resource /PhoneNumbers/{raw} was not found", 404))
        fields = {f.strip() for f in self.params.get("Fields", [""])[0].split(",") if f.strip()}
        try:
            number = phonenumbers.parse(raw if raw.startswith("+") else f"+{raw}")
        except phonenumbers.NumberParseException:
            number = None
        valid = bool(number and phonenumbers.is_valid_number(number))
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if number else raw
        country = phonenumbers.region_code_for_number(number) if number else None
        known = self.state.numbers.get(e164, {})
        body = {
            "calling_country_code": str(number.country_code) if number else None,
            "country_code": country,
            "phone_number": e164,
            "national_format": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            if number
            else None,
            "valid": valid,
            "validation_errors": [] if valid else ["INVALID_BUT_POSSIBLE"],
            "caller_name": None,
            "sim_swap": None,
            "call_forwarding": None,
            "line_status": None,
            "line_type_intelligence": None,
            "identity_match": None,
            "reassigned_number": None,
            "sms_pumping_risk": None,
            "phone_number_quality_score": None,
            "pre_fill": None,
            "url": f"https://lookups.twilio.com/v2/PhoneNumbers/{e164}",
        }
        if valid and "line_type_intelligence" in fields:
            mobile = int(e164[-1]) % 2 == 1
            body["line_type_intelligence"] = {
                "type": known.get("type", "mobile" if mobile else "landline"),
                "carrier_name": known.get("carrier_name", "Fictional Wireless" if mobile else "Example Telecom"),
                "mobile_country_code": "302" if country == "CA" else "310",
                "mobile_network_code": "999",
                "error_code": None,
            }
        if valid and "caller_name" in fields:
            if country == "US":
                body["caller_name"] = {
                    "caller_name": known.get("caller_name", "EXAMPLE CALLER"),
                    "caller_type": "BUSINESS",
                    "error_code": None,
                }
            else:
                body["caller_name"] = {"caller_name": None, "caller_type": None, "error_code": 60600}
        self.send(200, body)

    # --- Google Places API (New) --------------------------------------------------------------------------------

    def places_key_problem(self) -> bool:
        key = self.headers.get("X-Goog-Api-Key", "")
        if not key:
            message = "The request is missing a valid API key."
            self.send(403, google_error(403, "PERMISSION_DENIED", message, "API_KEY_MISSING"))
            return True
        if key != PLACES_KEY:
            message = "API key not valid. Please pass a valid API key."
            self.send(400, google_error(400, "INVALID_ARGUMENT", message, "API_KEY_INVALID"))
            return True
        if not self.headers.get("X-Goog-FieldMask"):
            message = (
                "FieldMask is a required parameter. See https://cloud.google.com/apis/docs/system-parameters "
                "on how to provide it."
            )
            self.send(400, google_error(400, "INVALID_ARGUMENT", message))
            return True
        return False

    def field_mask(self, prefix: str = "") -> set[str]:
        fields = set()
        for item in self.headers.get("X-Goog-FieldMask", "").split(","):
            item = item.strip()
            if item == "*" or (prefix and item == prefix.rstrip(".") + ".*"):
                fields.add("*")
            elif item.startswith(prefix):
                fields.add(item[len(prefix) :].split(".", 1)[0])
        return fields

    def places_search(self) -> None:
        if self.places_key_problem():
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            return self.send(400, google_error(400, "INVALID_ARGUMENT", "Invalid JSON payload received."))
        query = body.get("textQuery") if isinstance(body, dict) else None
        if not query:
            return self.send(400, google_error(400, "INVALID_ARGUMENT", "Empty text_query."))
        size = max(1, min(20, int(body.get("pageSize") or body.get("maxResultCount") or 20)))
        words = set(WORD_RE.findall(query.lower()))
        scored = []
        for place in self.state.places:
            name = set(WORD_RE.findall(place["displayName"]["text"].lower()))
            overlap = len(name & words)
            if overlap:
                scored.append((-overlap, place["id"], place))
        fields = self.field_mask("places.")
        places = [_masked(p, fields) for _, _, p in sorted(scored)[:size]]
        self.send(200, {"places": places} if places else {})

    def place_details(self, place_id: str) -> None:
        if self.places_key_problem():
            return
        place = next((p for p in self.state.places if p["id"] == place_id), None)
        if place is None:
            return self.send(404, google_error(404, "NOT_FOUND", "Requested entity was not found."))
        self.send(200, _masked(place, self.field_mask()))


class FakeEnrichment(FakeServer):
    """Twilio Lookup and Places (New) on a local port; ``state`` holds the numbers and places they know."""

    handler = FakeEnrichmentHandler
    thread_name = "fake-enrichment"

    def __init__(self, state: FakeEnrichmentState | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(state or FakeEnrichmentState(), host=host, port=port)

    def settings(self) -> dict:
        """Settings that point the Twilio and Places clients here with working credentials."""
        return {
            "TWILIO_LOOKUP_BASE_URL": self.url,
            "TWILIO_ACCOUNT_SID": TWILIO_SID,
            "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
            "GOOGLE_PLACES_BASE_URL": self.url,
            "GOOGLE_PLACES_API_KEY": PLACES_KEY,
        }
