"""One threaded HTTP server answering like HubSpot CRM v3 and Salesforce REST (paths do not collide)."""

import json
import re
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from insight.testing.fake_server import FakeServer
from integrations.fakes import hubspot, salesforce
from integrations.fakes.state import FakeCrmState

_HUBSPOT_BATCH = re.compile(r"^/crm/v3/objects/(?P<type>contacts|companies)/batch/(?P<op>upsert|create|update)$")
_HUBSPOT_SEARCH = re.compile(r"^/crm/v3/objects/(?P<type>contacts|companies)/search$")
_HUBSPOT_ASSOCIATE = re.compile(
    r"^/crm/v4/objects/contacts?/(?P<contact>\d+)/associations/default/compan(y|ies)/(?P<company>\d+)$"
)
_SF_COLLECTION = re.compile(r"^/services/data/v[\d.]+/composite/sobjects/Lead/(?P<field>\w+)$")
_SF_ONE = re.compile(r"^/services/data/v[\d.]+/sobjects/Lead/(?P<field>\w+)/(?P<value>[^/]+)$")


class FakeCrmHandler(BaseHTTPRequestHandler):
    state: FakeCrmState  # set on the subclass made by FakeCrm

    def log_message(self, format, *args):  # noqa: A002 - quiet test output
        pass

    def do_POST(self):
        self.route()

    def do_PATCH(self):
        self.route()

    def do_PUT(self):
        self.route()

    def do_GET(self):
        self.send(404, [{"message": "The requested resource does not exist", "errorCode": "NOT_FOUND"}])

    def send(self, status: int, body: Any, headers: dict | None = None) -> None:
        raw = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(raw)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(raw)

    def body(self) -> tuple[str, Any]:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        if self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
            return raw, dict(parse_qsl(raw))
        try:
            return raw, json.loads(raw) if raw else None
        except ValueError:
            return raw, ...

    def route(self) -> None:
        path = urlsplit(self.path).path
        provider = "salesforce" if path.startswith("/services/") else "hubspot"
        raw, body = self.body()
        base = f"http://{self.headers.get('Host')}"
        with self.state.lock:
            self.state.requests.append((provider, self.command, path, body))
            if path == "/services/oauth2/token":
                return self.send(*salesforce.token(self.state, body if isinstance(body, dict) else {}, base))
            if body is ...:
                return self.send(
                    400, {"status": "error", "message": "Invalid input JSON", "category": "VALIDATION_ERROR"}
                )
            if self.state.script[provider][:1] == ["lost"]:  # carried out, but the answer never arrives
                self.state.script[provider].pop(0)
                self.dispatch(path, body)
                return self.send(504, {"status": "error", "message": "Gateway timeout", "category": "INTERNAL_ERROR"})
            if failure := self.failure(provider):
                return self.send(*failure)
            if not self.authorised(provider):
                if provider == "hubspot":
                    return self.send(
                        *hubspot.error(
                            401,
                            "INVALID_AUTHENTICATION",
                            "Authentication credentials not found. This API supports OAuth 2.0 authentication "
                            "and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview",
                        )
                    )
                return self.send(401, [{"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID"}])
            answer = self.dispatch(path, body)
            if answer is None:
                return self.send(
                    404,
                    {"status": "error", "message": f"No route {self.command} {path}", "category": "OBJECT_NOT_FOUND"},
                )
            if 200 <= answer[0] < 300 and self.state.fail_after[provider] is not None:
                self.state.fail_after[provider] -= 1
            self.send(*answer)

    def failure(self, provider: str) -> tuple[int, Any, dict] | None:
        script = self.state.script[provider]
        status = script.pop(0) if script else ("500" if self.state.fail_after[provider] == 0 else "")
        if status == "429":
            message = {
                "status": "error",
                "message": "You have reached your secondly limit.",
                "errorType": "RATE_LIMIT",
                "policyName": "SECONDLY",
                "category": "RATE_LIMITS",
            }
            return 429, message, {"Retry-After": str(self.state.retry_after)}
        if status == "500":
            body = (
                {"status": "error", "message": "internal error", "category": "INTERNAL_ERROR"}
                if provider == "hubspot"
                else [{"message": "An unexpected error occurred.", "errorCode": "UNKNOWN_EXCEPTION"}]
            )
            return 500, body, {}
        if status == "401":
            self.state.tokens.clear()
        return None

    def authorised(self, provider: str) -> bool:
        token = self.headers.get("Authorization", "").removeprefix("Bearer ")
        if provider == "hubspot":
            return token == self.state.hubspot_token
        return token in self.state.tokens

    def dispatch(self, path: str, body: Any) -> tuple[int, Any] | None:
        if self.command == "POST" and (match := _HUBSPOT_BATCH.match(path)):
            return hubspot.batch(self.state, match["type"], match["op"], body or {})
        if self.command == "POST" and (match := _HUBSPOT_SEARCH.match(path)):
            return hubspot.search(self.state, match["type"], body or {})
        if self.command == "PUT" and (match := _HUBSPOT_ASSOCIATE.match(path)):
            return hubspot.associate(self.state, match["contact"], match["company"])
        if self.command == "PATCH" and (match := _SF_COLLECTION.match(path)):
            return salesforce.upsert_collection(self.state, match["field"], body)
        if self.command == "PATCH" and (match := _SF_ONE.match(path)):
            return salesforce.upsert_one(self.state, match["field"], match["value"], body)
        return None


class FakeCrm(FakeServer):
    """The fake HubSpot + Salesforce on a local port; ``state`` holds their records."""

    handler = FakeCrmHandler
    thread_name = "fake-crm"

    def settings(self) -> dict[str, Any]:
        """The settings that point Insight's real clients at this server (on a local address, hence
        ``ALLOW_PRIVATE_URLS``: the CRM clients refuse internal hosts otherwise)."""
        client_id, client_secret = self.state.salesforce_client
        return {
            "HUBSPOT_BASE_URL": self.url,
            "HUBSPOT_TOKEN": self.state.hubspot_token,
            "SALESFORCE_LOGIN_URL": self.url,
            "SALESFORCE_CLIENT_ID": client_id,
            "SALESFORCE_CLIENT_SECRET": client_secret,
            "SALESFORCE_EXTERNAL_ID_FIELD": self.state.salesforce_external_id,
            "ALLOW_PRIVATE_URLS": True,
        }
