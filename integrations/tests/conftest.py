import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.cache import cache

from integrations.fakes import start_fake_crm


@pytest.fixture
def fake_crm(settings):
    """Fake HubSpot + Salesforce on a free port with the CRM settings pointed at it and no real waiting."""
    server = start_fake_crm()
    for name, value in server.settings().items():
        setattr(settings, name, value)
    settings.CRM_BACKOFF_SECONDS = 0.0
    settings.CRM_MAX_WAIT_SECONDS = 0.0
    cache.delete("integrations:salesforce:session")
    yield server
    server.stop()


class Receiver:
    """A webhook receiver: records each request; answers the scripted statuses first, then 200."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.statuses: list[int] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format, *args):  # noqa: A002
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                raw = json.dumps({"ok": status < 300}).encode()
                self.send_response(status)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/hooks/insight"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def receiver(settings):
    settings.ALLOW_PRIVATE_URLS = True  # the receiver listens on 127.0.0.1
    settings.WEBHOOK_BACKOFF_SECONDS = 0.0
    settings.WEBHOOK_MAX_WAIT_SECONDS = 0.0
    server = Receiver()
    yield server
    server.stop()
