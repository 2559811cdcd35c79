from accounts.models import Role
from scraping.models import ScrapeTask, TaskStatus
from scraping.tests.factories import PlatformRecipeFactory, ScrapeTaskFactory, TaskEventFactory


def test_sales_see_only_their_own_tasks_and_managers_see_all(client_for):
    sales = client_for(Role.SALES)
    mine = ScrapeTaskFactory(owner=sales.user, queries=["bakeries in Ottawa"])
    theirs = ScrapeTaskFactory(queries=["roofers in Calgary"])
    html = sales.get("/tasks/").content.decode()
    assert "bakeries in Ottawa" in html and "roofers in Calgary" not in html
    assert sales.get(f"/tasks/{theirs.pk}/").status_code == 404
    assert sales.post(f"/tasks/{theirs.pk}/pause/").status_code == 404
    manager_html = client_for(Role.MANAGER).get("/tasks/").content.decode()
    assert "bakeries in Ottawa" in manager_html and "roofers in Calgary" in manager_html
    assert sales.get(f"/tasks/{mine.pk}/").status_code == 200


def test_task_list_filters_and_shows_progress_and_controls(client_for):
    client = client_for(Role.SALES)
    ScrapeTaskFactory(owner=client.user, status=TaskStatus.RUNNING, progress=0.5, counters={"leads": 7})
    ScrapeTaskFactory(owner=client.user, status=TaskStatus.FAILED, error="Site answered 503")
    html = client.get("/tasks/?status=running").content.decode()
    assert "50%" in html and ">7<" in html and ">Pause<" in html and "503" not in html
    html = client.get("/tasks/?status=failed").content.decode()
    assert "Site answered 503" in html and ">Retry<" in html
    assert client.get("/tasks/?status=bogus").status_code == 302
    assert "No tasks match" in client.get("/tasks/?q=nothing-like-this").content.decode()


def test_starting_a_search_creates_a_task_and_opens_it(client_for, django_capture_on_commit_callbacks):
    client = client_for(Role.MARKETING)
    recipe = PlatformRecipeFactory()
    response = client.post(
        "/scraper/",
        {
            "queries": "plumbers in Toronto\n\nroofers in Toronto",
            "platforms": [recipe.slug],
            "max_results": "25",
            "location": "Toronto",
            "has_phone": "1",
        },
    )
    task = ScrapeTask.objects.get()
    assert response.status_code == 302 and response.url == f"/tasks/{task.pk}/"
    assert task.owner == client.user and task.queries == ["plumbers in Toronto", "roofers in Toronto"]
    assert task.max_results == 25 and task.filters == {"location": "Toronto", "has_phone": True}
    html = client.get(response.url).content.decode()
    assert f"Task #{task.pk}" in html and 'id="task-config"' in html


def test_a_bad_search_shows_field_errors(client_for):
    response = client_for(Role.SALES).post("/scraper/", {"queries": "", "platforms": ["nope"], "max_results": "0"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "No active platform recipe: nope." in html and "at least 1" in html.lower()
    assert not ScrapeTask.objects.exists()


def test_controls_pause_resume_stop(client_for, django_capture_on_commit_callbacks):
    client = client_for(Role.SALES)
    task = ScrapeTaskFactory(owner=client.user)
    response = client.post(f"/tasks/{task.pk}/pause/", HTTP_ACCEPT="application/json")
    assert response.json()["task_status"] == "paused"
    client.post(f"/tasks/{task.pk}/resume/")
    client.post(f"/tasks/{task.pk}/stop/", {"confirm": "1"})
    task.refresh_from_db()
    assert task.status == TaskStatus.CANCELLED
    response = client.post(f"/tasks/{task.pk}/pause/", HTTP_ACCEPT="application/json")
    assert response.status_code == 409 and "cannot be paused" in response.json()["error"]
    assert client.post(f"/tasks/{task.pk}/explode/").status_code == 404


def test_stop_asks_first_without_scripts(client_for):
    client = client_for(Role.SALES)
    task = ScrapeTaskFactory(owner=client.user)
    response = client.post(f"/tasks/{task.pk}/stop/", {"next": "/tasks/"})
    html = response.content.decode()
    task.refresh_from_db()
    assert response.status_code == 200 and task.status == TaskStatus.PENDING
    assert f"Stop task #{task.pk}?" in html and "Leads found so far are kept" in html
    assert 'name="confirm" value="1"' in html and 'href="/tasks/"' in html
    assert f'action="/tasks/{task.pk}/stop/"' in html
    # Scripts that forget confirm=1 are told, not obeyed.
    response = client.post(f"/tasks/{task.pk}/stop/", HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and "confirm=1" in response.json()["error"]
    client.post(f"/tasks/{task.pk}/stop/", {"confirm": "1", "next": "https://evil.example.com/"})
    task.refresh_from_db()
    assert task.status == TaskStatus.CANCELLED
    # A stopped task has nothing to confirm: the refusal is said at once.
    response = client.post(f"/tasks/{task.pk}/stop/", HTTP_ACCEPT="application/json")
    assert response.status_code == 409


def test_events_replay_after_a_sequence_number(client_for):
    client = client_for(Role.SALES)
    task = ScrapeTaskFactory(owner=client.user, counters={"leads": 1, "done": ["x"]}, last_event_seq=3)
    for seq, kind in ((1, "status"), (2, "log"), (3, "result")):
        TaskEventFactory(task=task, seq=seq, kind=kind, payload={"lead_id": 5} if kind == "result" else {})
    data = client.get(f"/tasks/{task.pk}/events/?after=1").json()
    assert [e["seq"] for e in data["events"]] == [2, 3]
    assert data["task"]["counters"] == {"leads": 1} and data["task"]["controls"] == ["pause", "stop"]


def test_scraper_page_without_a_task_shows_the_form_and_recipes(client_for):
    PlatformRecipeFactory(name="Sandbox maps A")
    PlatformRecipeFactory(name="Hidden", is_active=False)
    html = client_for(Role.SALES).get("/scraper/").content.decode()
    assert "Sandbox maps A" in html and "Hidden" not in html and "Start a search on the left" in html


def test_the_scraper_page_of_one_task_highlights_scraper_in_the_nav(client_for):
    client = client_for(Role.SALES)
    task = ScrapeTaskFactory(owner=client.user)
    for path in (f"/tasks/{task.pk}/", "/scraper/"):
        html = client.get(path).content.decode()
        assert '<a href="/scraper/" aria-current="page">Scraper</a>' in html, path
        assert '<a href="/tasks/">Tasks</a>' in html, path
    assert '<a href="/tasks/" aria-current="page">Tasks</a>' in client.get("/tasks/").content.decode()


def test_a_too_long_location_or_query_line_shows_plain_messages(client_for):
    recipe = PlatformRecipeFactory()
    client = client_for(Role.SALES)
    response = client.post("/scraper/", {"queries": "coffee", "platforms": [recipe.slug], "location": "x" * 201})
    html = response.content.decode()
    assert response.status_code == 400 and "ErrorDetail" not in html
    assert "location: Ensure this field has no more than 200 characters." in html
    response = client.post("/scraper/", {"queries": "coffee\n" + "y" * 300, "platforms": [recipe.slug]})
    html = response.content.decode()
    assert response.status_code == 400 and "ErrorDetail" not in html
    assert '<div class="error" id="s-queries-err">Line 2: Ensure this field has no more than 200 characters.' in html
    assert not ScrapeTask.objects.exists()


def test_the_lead_class_dropdown_offers_any_once(client_for):
    html = client_for(Role.SALES).get("/scraper/").content.decode()
    select = html.split('name="lead_class">', 1)[1].split("</select>", 1)[0]
    assert select.count(">Any<") == 1 and '<option value="">Any</option>' in select
