"""API fuzzing: schemathesis sends generated requests to every operation of the served OpenAPI schema.

Each answer must be no 500, carry a status the schema documents and a body matching the documented shape.
Jobs are queued, not run, during fuzzing (a worker is not part of this test), so fuzzed tasks and retrains
only land in the queue.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django_q.conf import Conf
from hypothesis import HealthCheck, settings
from rest_framework_simplejwt.tokens import RefreshToken
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from accounts.models import Role
from accounts.tests.factories import UserFactory

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
