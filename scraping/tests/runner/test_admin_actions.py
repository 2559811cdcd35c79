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


def test_a_task_added_in_the_admin_is_logged_and_queued(client, django_capture_on_commit_callbacks, monkeypatch):
    import django_q.tasks

    from scraping.tests.factories import PlatformRecipeFactory

    queued = []  # the Django-Q submission is the boundary: record it instead of running a browser inline
    monkeypatch.setattr(django_q.tasks, "async_task", lambda func, *args, **kw: queued.append((func, *args)))
    admin = UserFactory(is_staff=True, is_superuser=True, role="admin")
    client.force_login(admin)
    recipe = PlatformRecipeFactory()
    data = {
        "owner": admin.pk,
        "queries": '["plumbers in Toronto"]',
        "platforms": [recipe.pk],
        "max_results": 5,
        "filters": "{}",
        "events-TOTAL_FORMS": 0,
        "events-INITIAL_FORMS": 0,
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/scraping/scrapetask/add/", data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    task = ScrapeTask.objects.get()
    assert queued == [("scraping.tasks.run_scrape_task", task.pk)]
    assert task.events.get().message.startswith(f"Task created by {admin.email} in the admin")
