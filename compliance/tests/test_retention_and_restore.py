import datetime as dt

import pytest
from django.core import serializers
from django.core.management import call_command
from django.utils import timezone

from accounts.tests.factories import UserFactory
from compliance.archive import archive_files
from compliance.lifecycle import archive_restore, retention_enforce, retention_run_start
from compliance.models import AuditEntry, RetentionPolicy, RetentionRun, RunStatus, SuppressionKind
from compliance.services import suppression_add
from compliance.tasks import SCHEDULE_FUNC, SCHEDULE_NAME, retention_enforce_scheduled
from insight.api_errors import ApplicationError
from leads.models import ContactKind, ContactPoint, Label, Lead, LeadKind, LeadStatus
from leads.tests.factories import ContactPointFactory, LabelFactory, LeadFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2027, 6, 15, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def archive(settings, tmp_path):
    settings.ARCHIVE_PATH = tmp_path / "archive"
    return settings.ARCHIVE_PATH


def _lead(*, kind=LeadKind.BUSINESS, days_old: int, status=LeadStatus.NEW, discovered=None, **fields) -> Lead:
    lead = LeadFactory(kind=kind, status=status, **fields)
    changed = NOW - dt.timedelta(days=days_old)
    Lead.objects.filter(pk=lead.pk).update(updated_at=changed, discovered_at=discovered or changed)
    lead.refresh_from_db()
    return lead


def _rich_lead(**kwargs) -> Lead:
    """A lead with every kind of child row and awkward values (microseconds, JSON, unicode, a missing owner)."""
    lead = _lead(
        owner=UserFactory(),
        raw={"fields": {"name": "Café Zoë", "rating": 4.5}, "selectors": {"name": "h1"}},
        score_explanation={"rules": [{"name": "has phone", "points": 20}]},
        score=42,
        intent_probability=0.123456789,
        **kwargs,
    )
    ContactPointFactory(lead=lead, bbox={"x": 0.1, "y": 0.25, "width": 0.3, "height": 0.05}, details={"type": "mobile"})
    ContactPointFactory(
        lead=lead,
        kind=ContactKind.EMAIL,
        value="hello@cafe-zoe.example.com",
        normalized_value="hello@cafe-zoe.example.com",
    )
    LabelFactory(lead=lead, author=UserFactory(), note="Called, interested.")
    return lead


def _snapshot(lead_ids) -> list:
    leads = Lead.objects.filter(pk__in=lead_ids).order_by("pk")
    points = ContactPoint.objects.filter(lead_id__in=lead_ids).order_by("pk")
    labels = Label.objects.filter(lead_id__in=lead_ids).order_by("pk")
    return serializers.serialize("python", [*leads, *points, *labels])


def test_the_migration_declares_the_daily_schedule_and_default_policies():
    from django_q.models import Schedule

    schedule = Schedule.objects.get(name=SCHEDULE_NAME)
    assert schedule.func == SCHEDULE_FUNC and schedule.schedule_type == Schedule.DAILY
    policies = {p.lead_kind: (p.days, p.keep_statuses) for p in RetentionPolicy.objects.all()}
    assert policies == {"conversation": (180, ["qualified", "won"]), "business": (365, ["qualified", "won"])}
    call_command("ensure_retention_schedule", stdout=open("/dev/null", "w"))
    assert Schedule.objects.filter(name=SCHEDULE_NAME).count() == 1


def test_retention_archives_then_deletes_only_expired_unkept_leads():
    old_post = _lead(kind=LeadKind.CONVERSATION, days_old=200, dedupe_key="c:old")
    young_post = _lead(kind=LeadKind.CONVERSATION, days_old=100, dedupe_key="c:young")
    old_business = _lead(days_old=400)
    young_business = _lead(days_old=300)
    won = _lead(days_old=900, status=LeadStatus.WON)
    qualified_post = _lead(kind=LeadKind.CONVERSATION, days_old=900, status=LeadStatus.QUALIFIED, dedupe_key="c:q")

    run = retention_enforce(run=retention_run_start(), now=NOW)

    assert run.status == RunStatus.COMPLETED
    left = set(Lead.objects.values_list("pk", flat=True))
    assert left == {young_post.pk, young_business.pk, won.pk, qualified_post.pk}
    assert run.counts["conversation"]["deleted"] == 1 and run.counts["business"]["deleted"] == 1
    assert run.counts["business"]["archived"] == 1
    assert {p.name for p in archive_files()} == {
        f"leads-{old_post.discovered_at:%Y-%m}.jsonl.gz",
        f"leads-{old_business.discovered_at:%Y-%m}.jsonl.gz",
    }
    assert AuditEntry.objects.filter(action="retention_run", target_id=str(run.pk)).exists()
    again = retention_enforce(run=retention_run_start(), now=NOW)  # idempotent: nothing more to do
    assert again.counts["business"]["deleted"] == 0


def test_policies_are_editable_and_an_inactive_one_deletes_nothing():
    RetentionPolicy.objects.filter(lead_kind="business").update(days=30, keep_statuses=[])
    RetentionPolicy.objects.filter(lead_kind="conversation").update(is_active=False)
    won = _lead(days_old=40, status=LeadStatus.WON)
    post = _lead(kind=LeadKind.CONVERSATION, days_old=4000, dedupe_key="c:1")
    retention_enforce(run=retention_run_start(), now=NOW)
    assert list(Lead.objects.values_list("pk", flat=True)) == [post.pk]
    assert not Lead.objects.filter(pk=won.pk).exists()


def test_only_one_run_at_a_time_and_a_dead_run_is_released():
    first = retention_run_start()
    assert retention_run_start() is None
    assert retention_enforce_scheduled() is None
    RetentionRun.objects.filter(pk=first.pk).update(started_at=timezone.now() - dt.timedelta(hours=3))
    second = retention_run_start()
    first.refresh_from_db()
    assert second is not None and first.status == RunStatus.FAILED


def test_restore_round_trip_is_exact():
    march = dt.datetime(2026, 3, 10, 8, 30, 15, 123456, tzinfo=dt.UTC)
    may = dt.datetime(2026, 5, 2, 23, 59, 59, 999999, tzinfo=dt.UTC)
    leads = [_rich_lead(days_old=500, discovered=march), _rich_lead(days_old=450, discovered=may)]
    ids = [lead.pk for lead in leads]
    before = _snapshot(ids)
    owner_ids = [lead.owner_id for lead in leads]

    retention_enforce(run=retention_run_start(), now=NOW)
    assert not Lead.objects.filter(pk__in=ids).exists()
    assert {p.name for p in archive_files()} == {"leads-2026-03.jsonl.gz", "leads-2026-05.jsonl.gz"}

    counts = archive_restore(since=dt.date(2026, 3, 1), until=dt.date(2026, 6, 1), actor=UserFactory(role="admin"))

    assert counts == {"leads": 2, "contact_points": 4, "labels": 2, "skipped_existing": 0, "skipped_suppressed": 0}
    assert _snapshot(ids) == before
    assert [Lead.objects.get(pk=pk).owner_id for pk in ids] == owner_ids
    again = archive_restore(since=dt.date(2026, 3, 1), until=dt.date(2026, 6, 1))
    assert again["leads"] == 0 and again["skipped_existing"] == 2
    assert AuditEntry.objects.filter(action="restore").count() == 2


def test_restore_respects_the_date_range_suppression_and_deleted_references():
    march = _rich_lead(days_old=500, discovered=dt.datetime(2026, 3, 31, 23, 0, tzinfo=dt.UTC))
    april = _rich_lead(days_old=500, discovered=dt.datetime(2026, 4, 1, 1, 0, tzinfo=dt.UTC))
    suppressed = _rich_lead(days_old=500, discovered=dt.datetime(2026, 4, 5, tzinfo=dt.UTC))
    phone = suppressed.contact_points.get(kind=ContactKind.PHONE).normalized_value
    retention_enforce(run=retention_run_start(), now=NOW)
    suppression_add(kind=SuppressionKind.PHONE, value=phone)
    april.owner.delete()

    counts = archive_restore(since=dt.date(2026, 4, 1), until=dt.date(2026, 5, 1))

    assert counts["leads"] == 1 and counts["skipped_suppressed"] == 1
    assert list(Lead.objects.values_list("pk", flat=True)) == [april.pk]
    assert Lead.objects.get(pk=april.pk).owner is None
    assert not Lead.objects.filter(pk=march.pk).exists()
    with pytest.raises(ApplicationError):
        archive_restore(since=dt.date(2026, 5, 1), until=dt.date(2026, 4, 1))


def test_the_restore_command_prints_counts(capsys):
    lead = _rich_lead(days_old=500, discovered=dt.datetime(2026, 2, 3, tzinfo=dt.UTC))
    Lead.objects.filter(pk=lead.pk).update(updated_at=timezone.now() - dt.timedelta(days=400))
    call_command("enforce_retention", stdout=open("/dev/null", "w"))
    assert not Lead.objects.filter(pk=lead.pk).exists()
    call_command("restore_archive", "--since", "2026-02-01", "--until", "2026-03-01")
    assert '"leads": 1' in capsys.readouterr().out
    assert Lead.objects.filter(pk=lead.pk).exists()
