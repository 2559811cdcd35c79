import pytest

from accounts.tests.factories import UserFactory
from scraping.models import ScrapeTask, TaskStatus
from scraping.tests.factories import ScrapeTaskFactory

pytestmark = pytest.mark.django_db


def test_admin_pauses_and_stops_tasks_through_the_lifecycle_services(client):
    admin = UserFactory(is_staff=True, is_superuser=True, role="admin")
    client.force_login(admin)
    running = ScrapeTaskFactory(status=TaskStatus.RUNNING)
    done = ScrapeTaskFactory(status=TaskStatus.COMPLETED)

    url = "/admin/scraping/scrapetask/"
    client.post(url, {"action": "pause_tasks", "_selected_action": [running.pk, done.pk]})

    assert ScrapeTask.objects.get(pk=running.pk).status == TaskStatus.PAUSED
    assert ScrapeTask.objects.get(pk=done.pk).status == TaskStatus.COMPLETED  # refused, with a message
    assert running.events.filter(payload__action="pause").exists()

    client.post(url, {"action": "stop_tasks", "_selected_action": [running.pk]})
    assert ScrapeTask.objects.get(pk=running.pk).status == TaskStatus.CANCELLED
