import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from scraping.models import ScrapeTask
from scraping.tests.factories import ScrapeTaskFactory, TaskEventFactory

pytestmark = pytest.mark.django_db


def test_an_event_sequence_number_is_used_once_per_task():
    event = TaskEventFactory(seq=1)
    TaskEventFactory(seq=1)  # another task may use 1 as well
    with pytest.raises(IntegrityError), transaction.atomic():
        TaskEventFactory(task=event.task, seq=1)


def test_a_task_needs_a_search_phrase():
    task = ScrapeTaskFactory.build(queries=["  "])
    with pytest.raises(ValidationError, match="at least one search phrase"):
        task.clean()


def test_a_new_task_waits_as_pending_with_no_progress():
    task = ScrapeTaskFactory()
    assert ScrapeTask.objects.get(pk=task.pk).status == "pending"
    assert task.progress == 0.0
    assert task.platforms.count() == 1
