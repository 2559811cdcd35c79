import functools
import http.server
import json
import pathlib
import threading

import pytest

CORPUS = pathlib.Path(__file__).parent / "corpus"


def load_manifest() -> dict:
    return json.loads((CORPUS / "manifest.json").read_text())


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def site_server():
    """A real HTTP server on 127.0.0.1 serving the small crawl site of the corpus."""
    handler = functools.partial(QuietHandler, directory=str(CORPUS / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
