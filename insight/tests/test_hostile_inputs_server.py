"""The hostile-input corpus against a real web process (``python -m insight.server``, as production runs it) on the
configured database: every answer is a 4xx with the API's error body, never a 500, and the server still answers
``/api/health`` afterwards. Each request once answered 500 (or read 800 MB before refusing)."""

import io
import json
import re
import socket
import zipfile

import httpx
import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from rest_framework_simplejwt.tokens import RefreshToken

from accounts.models import Role
from accounts.tests.factories import UserFactory
from insight.testing import hostile
from insight.testing.processes import free_port, start_web, stop_process, wait_until
from leads.tests.factories import KeywordSetFactory, LeadFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def web():
    port = free_port()
    process = start_web(port)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: _answers(f"{base}/api/health"), timeout=60)
        yield {"base": base, "port": port}
    finally:
        stop_process(process)


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=5).status_code < 500
    except httpx.TransportError:
        return False


def _assert_refused(response: httpx.Response, label: str) -> None:
    assert 400 <= response.status_code < 500, (label, response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("application/json"), (label, response.text[:300])
    error = response.json()["error"]
    assert error["code"] and error["message"], label


def _raw_exchange(port: int, head: bytes, body_chunks: list[bytes]) -> bytes:
    """Send ``head`` and then the chunks until the server stops reading; return what it answered."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head)
        try:
            for chunk in body_chunks:
                sock.sendall(chunk)
        except OSError:  # refused and closed: the rest was never read
            pass
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
        return answer


def _status_and_body(answer: bytes) -> tuple[int, dict]:
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), json.loads(body)


def _zip_bomb_xlsx() -> bytes:
    """A workbook whose one sheet inflates from a few hundred KB to 150 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with book.open("xl/worksheets/sheet1.xml", "w") as sheet:
            block = b" " * (1024 * 1024)
            for _ in range(150):
                sheet.write(block)
    return buffer.getvalue()


def test_the_hostile_corpus_is_refused_with_4xx_error_bodies_and_the_server_lives_on(web):
    base, port = web["base"], web["port"]
    # Hashed as the web process checks it (the test settings' fast hasher is not among its hashers).
    admin = UserFactory(role=Role.ADMIN, email="corpus-admin@example.com")
    admin.password = PBKDF2PasswordHasher().encode("correct-horse-battery", PBKDF2PasswordHasher().salt())
    admin.save(update_fields=["password"])
    auth = {"Authorization": f"Bearer {RefreshToken.for_user(admin).access_token}"}
    lead, keyword_set = LeadFactory(), KeywordSetFactory()
    json_type = {"Content-Type": "application/json"}

    with httpx.Client(base_url=base, timeout=60) as client:
        for headers in ({}, auth):
            who = "admin" if headers else "anonymous"
            for method, path in hostile.DEEP_JSON_ENDPOINTS:
                response = client.request(
                    method, path.format(lead=lead.pk), content=hostile.deep_json(), headers={**headers, **json_type}
                )
                _assert_refused(response, f"deep JSON {method} {path} ({who})")
            for path, body, _field in hostile.nul_bodies(keyword_set.pk):
                response = client.post(path, content=hostile.as_json(body), headers={**headers, **json_type})
                _assert_refused(response, f"NUL {path} ({who})")
            for path in hostile.FORGED_CURSOR_LISTS:
                response = client.get(path, params={"cursor": hostile.FORGED_CURSOR}, headers=headers)
                _assert_refused(response, f"forged cursor {path} ({who})")
            for path in ("/api/v1/leads", "/api/v1/companies", "/api/v1/users"):
                response = client.get(path, params={"q": "crm\x00", "search": "crm\x00"}, headers=headers)
                _assert_refused(response, f"NUL in the query {path} ({who})")
            upload = {"file": ("leads.xlsx", _zip_bomb_xlsx(), "application/octet-stream")}
            _assert_refused(client.post("/api/v1/leads/import", files=upload, headers=headers), f"zip bomb ({who})")
            for body in (b"--abc--\r\n", b"not a multipart body"):  # no parts at all; garbage
                response = client.post(
                    "/api/v1/leads/import",
                    content=body,
                    headers={**headers, "Content-Type": "multipart/form-data; boundary=abc"},
                )
                _assert_refused(response, f"empty multipart {body!r} ({who})")

    # The leads page, signed in through the login form as a browser is: the first page and a message, not a 500.
    with httpx.Client(base_url=base, timeout=60, follow_redirects=True) as browser:
        form = browser.get("/accounts/login/").text
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
        credentials = {"email": admin.email, "password": "correct-horse-battery", "csrfmiddlewaretoken": csrf}
        browser.post("/accounts/login/", data=credentials)
        page = browser.get("/leads/", params={"cursor": hostile.FORGED_CURSOR})
        assert page.status_code == 200 and lead.name in page.text, page.url
        assert browser.get("/leads/", params={"q": "crm\x00"}).status_code < 500

    # 800 MB announced, a few bytes sent: refused at once, the rest never read.
    claim = b"Content-Type: application/json\r\nContent-Length: 800000000\r\n\r\n"
    for path in ("/api/v1/auth/register", "/api/v1/leads/import"):
        head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode() + claim
        status, body = _status_and_body(_raw_exchange(port, head, [b'{"email": ']))
        assert status == 413 and body["error"]["code"] == "too_large", (path, body)

    # No length announced: a chunked body is counted as it arrives and refused once past the limit.
    chunk = b"%x\r\n%s\r\n" % (1024 * 1024, b"x" * 1024 * 1024)
    head = b"POST /api/v1/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
    status, body = _status_and_body(_raw_exchange(port, head, [chunk] * 800))
    assert status == 413 and body["error"]["code"] == "too_large"

    health = httpx.get(f"{base}/api/health", timeout=30)
    assert health.status_code == 200, health.text
