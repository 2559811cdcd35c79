from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_q.models import Schedule

from leads.models import KeywordSet, Lead
from scraping.models import Monitor, MonitorStatus
from scraping.monitor_tasks import SCHEDULE_NAME, poll_due_monitors
from scraping.monitoring import monitor_poll
from scraping.tests.factories import MonitorFactory

pytestmark = pytest.mark.django_db


def test_ensure_monitor_schedule_is_idempotent():
    Schedule.objects.filter(name=SCHEDULE_NAME).delete()
    call_command("ensure_monitor_schedule")
    call_command("ensure_monitor_schedule")
    schedule = Schedule.objects.get(name=SCHEDULE_NAME)
    assert schedule.func == "scraping.monitor_tasks.poll_due_monitors"
    assert schedule.schedule_type == Schedule.MINUTES and schedule.minutes == 1


def test_poll_due_monitors_polls_due_active_monitors_only(fakes):
    # Django-Q runs synchronously in tests, so the queued polls happen inside this call.
    due = MonitorFactory(sources=[{"source": "hackernews"}], min_score=0)
    later = MonitorFactory(sources=[{"source": "hackernews"}], next_poll_at=timezone.now() + timedelta(hours=1))
    paused = MonitorFactory(sources=[{"source": "hackernews"}], is_active=False)

    assert poll_due_monitors() == 1

    assert Lead.objects.filter(monitor=due).exists()
    assert not Lead.objects.filter(monitor__in=[later, paused]).exists()
    due.refresh_from_db()
    assert due.last_polled_at and due.next_poll_at > timezone.now()


def test_a_broken_keyword_expression_shows_on_the_monitor_instead_of_crashing(fakes):
    monitor = MonitorFactory(sources=[{"source": "hackernews"}])
    KeywordSet.objects.filter(pk=monitor.keyword_set_id).update(expression="crm OR")
    report = monitor_poll(monitor_id=monitor.pk)
    monitor = Monitor.objects.get(pk=monitor.pk)
    assert report.errors and monitor.status == MonitorStatus.ERROR
    assert "OR needs a keyword on both sides" in monitor.last_error


def test_an_unknown_source_blocks_the_monitor_with_a_clear_error(fakes):
    monitor = MonitorFactory(sources=[{"source": "myspace"}, {"source": "hackernews"}], min_score=0)
    monitor_poll(monitor_id=monitor.pk)
    monitor.refresh_from_db()
    assert monitor.status == MonitorStatus.BLOCKED and "Unknown source 'myspace'" in monitor.last_error
    assert Lead.objects.filter(monitor=monitor, platform="hackernews").exists()
