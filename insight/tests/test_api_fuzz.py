"""API fuzzing: schemathesis sends generated requests to every operation of the served OpenAPI schema.

Twice: in-process through WSGI (fast, full response checks), and over HTTP against a real web process whose
schema is read from ``/api/schema/`` with a JWT, as CI sees the running service (marked ``worker``).

Each answer must be no 500, carry a status the schema documents and a body matching the documented shape.
Jobs are queued, not run, during fuzzing (a worker is not part of this test), so fuzzed tasks and retrains
only land in the queue.
"""

import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django_q.conf import Conf
from hypothesis import HealthCheck, settings
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from accounts.models import Role
from accounts.tests.factories import UserFactory
from insight.testing.processes import free_port, start_web, stop_process, wait_until

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# Logging out or deactivating the fuzzing account would turn the rest of an operation's examples into 401s.
SKIPPED = {("POST", "/api/v1/auth/logout"), ("POST", "/api/v1/users/{id}/deactivate")}


@pytest.fixture
def api_schema(db, monkeypatch):
    monkeypatch.setattr(Conf, "SYNC", False)
    # As Django's test client does: a request must not close the connection holding the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def admin_headers(db) -> dict[str, str]:
    admin = UserFactory(role=Role.ADMIN, email="fuzz-admin@example.com")
    return {"Authorization": f"Bearer {RefreshToken.for_user(admin).access_token}"}


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_every_operation_answers_as_documented(case, admin_headers):
    if (case.method.upper(), case.path) in SKIPPED:
        pytest.skip("would end the fuzzing session")
    case.call_and_validate(headers=admin_headers, checks=CHECKS)


def _json_operations(client: APIClient) -> list[tuple[str, str]]:
    """(method, path with ids filled in) of every documented operation that takes a JSON body."""
    document = client.get("/api/schema/?format=json").json()
    return [
        (method.upper(), re.sub(r"\{[^}]+\}", "1", path))
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        if "application/json" in operation.get("requestBody", {}).get("content", {})
    ]


@pytest.mark.parametrize(
    "body",
    [b'{"name": ' + b"[" * 1000 + b"]" * 1000 + b"}", b'{"name": "x\\u0000", "items": [{"q": "\\u0000"}]}'],
    ids=["nested-1000-deep", "nul-character"],
)
def test_every_json_operation_refuses_hostile_json_with_a_4xx(admin_headers, body):
    """Cases a generator does not reach: JSON nested 1,000 deep and NUL characters, on every operation with a
    JSON body; each is refused with a 4xx and the error body (the parser refuses both before any view runs)."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=admin_headers["Authorization"])
    operations = _json_operations(client)
    assert len(operations) > 20
    for method, path in operations:
        response = client.generic(method, path, body, content_type="application/json")
        assert 400 <= response.status_code < 500, (method, path, response.status_code, response.content[:300])
        assert "error" in response.json(), (method, path)


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=5).status_code < 500
    except httpx.TransportError:
        return False


# Left out over HTTP: the two that would end the session, and analyze, which loads the language model on first use
# (longer than a request timeout; it is fuzzed in-process above).
HTTP_EXCLUDED_PATHS = r"^/api/v1/(auth/logout|users/\{id\}/deactivate|analyze)$"


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_the_running_server_answers_every_operation_as_documented(tmp_path):
    """schemathesis' own runner (the ``st`` command, as CI would run it by hand) against a real web process: the
    schema comes from ``/api/schema/`` over HTTP with an admin's JWT; no 500s, every status documented."""
    admin = UserFactory(role=Role.ADMIN, email="http-fuzz-admin@example.com")
    token = RefreshToken.for_user(admin).access_token
    port = free_port()
    web = start_web(port)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: _answers(f"{base}/api/health"), timeout=60)
        run = subprocess.run(
            [
                str(Path(sys.executable).with_name("st")),
                "run",
                f"{base}/api/schema/?format=json",
                "--header",
                f"Authorization: Bearer {token}",
                "--checks",
                "not_a_server_error,status_code_conformance",
                "--phases",
                "examples,fuzzing",
                "--max-examples",
                "5",
                "--generation-deterministic",
                "--no-shrink",
                "--workers",
                "2",
                "--request-timeout",
                "30",
                "--exclude-path-regex",
                HTTP_EXCLUDED_PATHS,
                "--no-color",
                "--report",
                "junit",
                "--report-dir",
                str(tmp_path),
            ],
            cwd=tmp_path,  # its example database and reports stay out of the checkout
            capture_output=True,
            text=True,
            timeout=420,
            check=False,
        )
    finally:
        stop_process(web)
    # the failures (with a curl line to reproduce each) come before the summary's warnings
    failures = run.stdout.find("FAILURES")
    summary = run.stdout[failures : failures + 6000] if failures >= 0 else run.stdout[-4000:] + run.stderr[-2000:]
    assert run.returncode == 0, summary
    assert "passed" in run.stdout, summary  # operations were really tested, not all skipped
