"""A lead whose save the database rolled back is not counted: the task's lead count stays what was committed."""

import pytest
from django.db import OperationalError, connection

from leads.models import Lead
from scraping.models import ScrapeTask
from scraping.runner.engine import TaskRun
from scraping.runner.persist import ScrapedItem
from scraping.tests.factories import ScrapeTaskFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a server-side connection failure needs PostgreSQL"),
]

FAULT = """
CREATE FUNCTION result_fault() RETURNS trigger AS $$
BEGIN
  IF NEW.kind = 'result' THEN
    RAISE EXCEPTION 'the server closed the connection' USING ERRCODE = '08006';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql
"""


@pytest.fixture
def database_drops_result_writes():
    """The database drops the transaction that writes a lead's result event, as a restart does mid-save: SQLSTATE
    08006 (connection failure) from a trigger, which psycopg reports as OperationalError. Returns the cure."""
    with connection.cursor() as cursor:
        cursor.execute(FAULT)
        cursor.execute(
            "CREATE TRIGGER result_fault BEFORE INSERT ON scraping_taskevent FOR EACH ROW "
            "EXECUTE FUNCTION result_fault()"
        )

    def cure() -> None:
        with connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER IF EXISTS result_fault ON scraping_taskevent")
            cursor.execute("DROP FUNCTION IF EXISTS result_fault()")

    yield cure
    cure()


def _item(n: int) -> ScrapedItem:
    return ScrapedItem(
        platform="sandbox_maps",
        fields={"platform_id": f"p-{n}", "name": f"Fictional Café {n}", "url": f"https://maps.example.com/p-{n}"},
    )


def test_a_rolled_back_save_is_not_counted_and_is_saved_when_read_again(database_drops_result_writes):
    task = ScrapeTaskFactory(status="running", worker_id="w1", max_results=2)
    run = TaskRun(task, "w1")
    with pytest.raises(OperationalError):
        run.accept(_item(1))
    assert Lead.objects.count() == 0
    assert run.counters["leads"] == 0 and run.counters["leads_created"] == 0
    assert not run.already_saved(_item(1))  # read again after the resume, it is saved then

    # The engine keeps the counters for the resume; the resumed run counts only what was committed.
    ScrapeTask.objects.filter(pk=task.pk).update(counters=run.counters)
    database_drops_result_writes()
    resumed = TaskRun(ScrapeTask.objects.get(pk=task.pk), "w1")
    assert resumed.accept(_item(1)) and resumed.accept(_item(2))
    assert resumed.counters["leads"] == 2 == Lead.objects.filter(scrape_task=task).count()
