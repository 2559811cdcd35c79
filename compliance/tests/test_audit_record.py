import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser

from accounts.tests.factories import UserFactory
from compliance.models import AuditAction, AuditEntry
from compliance.services import audit_record

pytestmark = pytest.mark.django_db


def test_it_records_actor_target_and_details():
    user = UserFactory(role="manager")
    entry = audit_record(
        actor=user,
        action=AuditAction.EXPORT,
        target_type="lead_export",
        target_id=42,
        details={"rows": 10, "at": dt.datetime(2026, 5, 1, tzinfo=dt.UTC)},
    )
    entry.refresh_from_db()
    assert (entry.actor, entry.actor_email, entry.target_id) == (user, user.email, "42")
    assert entry.details == {"rows": 10, "at": "2026-05-01T00:00:00Z"}


def test_system_and_anonymous_actors_are_recorded_as_nobody():
    assert audit_record(actor=None, action=AuditAction.RETENTION_RUN).actor is None
    assert audit_record(actor=AnonymousUser(), action=AuditAction.SYNC).actor_email == ""


def test_the_email_outlives_the_account():
    user = UserFactory()
    entry = audit_record(actor=user, action=AuditAction.SYNC)
    email = user.email
    user.delete()
    entry.refresh_from_db()
    assert entry.actor is None and entry.actor_email == email


def test_unknown_actions_are_a_programming_error():
    with pytest.raises(ValueError, match="Unknown audit action"):
        audit_record(actor=None, action="exported-stuff")
    assert not AuditEntry.objects.exists()
