"""GET /live/tasks/<id>/: the minimal live page, with the access rules of the websocket."""

import pytest

from accounts.models import Role
from accounts.tests.factories import UserFactory
from scraping.tests.factories import ScrapeTaskFactory

pytestmark = pytest.mark.django_db


def test_the_owner_gets_the_page_with_the_stream_and_the_client(client):
    task = ScrapeTaskFactory(queries=["<b>coffee</b> toronto"])
    client.force_login(task.owner)
    response = client.get(f"/live/tasks/{task.pk}/")
    assert response.status_code == 200
    body = response.content.decode()
    assert f'data-task-id="{task.pk}"' in body
    assert "/static/js/live.js" in body and 'id="live-frame"' in body and 'id="live-results"' in body
    assert "&lt;b&gt;coffee&lt;/b&gt; toronto" in body  # the task's words are escaped


def test_other_users_get_a_404_and_anonymous_visitors_the_login_page(client):
    task = ScrapeTaskFactory()
    assert client.get(f"/live/tasks/{task.pk}/").url.startswith("/accounts/login/")
    client.force_login(UserFactory(role=Role.MARKETING))
    response = client.get(f"/live/tasks/{task.pk}/")
    assert response.status_code == 404 and b"No scrape task" in response.content
    client.force_login(UserFactory(role=Role.MANAGER))
    assert client.get(f"/live/tasks/{task.pk}/").status_code == 200
