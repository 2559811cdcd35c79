import pytest
from django_q.tasks import async_task

from enrichment.selectors import active_heads
from insight.health import check_queue
from insight.testing.processes import start_worker, stop_process, wait_until
from leads.models import Lead, LeadKind
from leads.tests.factories import KeywordSetFactory
from scraping.tests.factories import MonitorFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_real_worker_polls_a_crm_monitor_into_scored_conversation_leads(fakes):
    active_heads()  # train the seed heads here once, so the worker only loads them
    keyword_set = KeywordSetFactory(name="Looking for a CRM", expression='"looking for a CRM" OR (recommend* AND crm)')
    monitor = MonitorFactory(
        name="looking for a CRM",
        keyword_set=keyword_set,
        sources=[{"source": "reddit"}, {"source": "hackernews"}, {"source": "bluesky"}],
        min_score=0,
    )
    env = {name: str(value).lower() if isinstance(value, bool) else value for name, value in fakes.settings().items()}
    worker = start_worker(**env)
    try:
        wait_until(lambda: check_queue()["workers"] > 0, timeout=120)
        async_task("scraping.monitor_tasks.poll_due_monitors", sync=False)

        leads = wait_until(
            lambda: (
                list(Lead.objects.filter(monitor=monitor))
                if Lead.objects.filter(monitor=monitor).count() >= 6
                else None
            ),
            timeout=600,
            interval=1,
        )

        assert {lead.platform for lead in leads} == {"reddit", "hackernews", "bluesky"}
        assert all(lead.kind == LeadKind.CONVERSATION and lead.scored_at for lead in leads)
        assert not any("sourdough" in lead.text.lower() for lead in leads)

        # A new matching post appears; the next poll brings exactly that one.
        fakes.state.add("bluesky", "Looking for a CRM that handles wedding bookings", age=-5)
        monitor.refresh_from_db()
        type(monitor).objects.filter(pk=monitor.pk).update(next_poll_at=None)
        async_task("scraping.monitor_tasks.poll_due_monitors", sync=False)
        wait_until(lambda: Lead.objects.filter(monitor=monitor).count() == 7, timeout=300, interval=1)
        assert Lead.objects.filter(monitor=monitor, text__contains="wedding bookings").count() == 1
    finally:
        stop_process(worker)
    assert worker.returncode == 0, worker.stderr.read().decode()[-2000:]
