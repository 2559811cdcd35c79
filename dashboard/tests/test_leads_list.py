import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Role
from dashboard.models import SavedView
from leads.models import Label, Lead, LeadStatus, LeadStatusChange
from leads.tests.factories import ContactPointFactory, LeadFactory


def _names(response) -> list[str]:
    return [lead.name for lead in response.context["page"].items]


def test_the_list_shows_leads_newest_first_with_phone_owner_and_label_count(client_for):
    client = client_for(Role.SALES)
    old = LeadFactory(name="Old Plumbing")
    Lead.objects.filter(pk=old.pk).update(discovered_at=timezone.now() - datetime.timedelta(days=3))
    new = LeadFactory(name="New Plumbing", owner=client.user)
    ContactPointFactory(lead=new, normalized_value="+14165550123")
    response = client.get("/leads/")
    assert _names(response) == ["New Plumbing", "Old Plumbing"]
    html = response.content.decode()
    assert "+14165550123" in html and "2 leads match" in html


def test_filters_combine_and_are_kept_in_the_form(client_for):
    client = client_for(Role.SALES)
    LeadFactory(name="Hot Toronto", score=90, status=LeadStatus.NEW, platform="google_maps")
    LeadFactory(name="Cold Toronto", score=10, status=LeadStatus.NEW, platform="google_maps")
    LeadFactory(name="Hot Reddit", score=95, status=LeadStatus.CONTACTED, platform="reddit", kind="conversation")
    mine = LeadFactory(name="Mine", score=70, owner=client.user)
    ContactPointFactory(lead=mine)

    assert _names(client.get("/leads/?score_min=80&status=new")) == ["Hot Toronto"]
    assert _names(client.get("/leads/?platform=reddit&kind=conversation")) == ["Hot Reddit"]
    assert _names(client.get("/leads/?owner=me")) == ["Mine"]
    assert _names(client.get("/leads/?has_phone=true")) == ["Mine"]
    assert sorted(_names(client.get("/leads/?owner=none&has_phone=false&kind="))) == [
        "Cold Toronto",
        "Hot Reddit",
        "Hot Toronto",
    ]
    assert _names(client.get("/leads/?q=reddit")) == ["Hot Reddit"]
    html = client.get("/leads/?score_min=80&status=new").content.decode()
    assert 'name="score_min" min="0" max="100" value="80"' in html and '<option value="new" selected>' in html


def test_sorting_by_score_flips_on_a_second_click(client_for):
    client = client_for(Role.MANAGER)
    for score in (30, 90, 60):
        LeadFactory(name=f"Score {score}", score=score)
    response = client.get("/leads/?ordering=-score")
    assert _names(response) == ["Score 90", "Score 60", "Score 30"]
    assert 'href="?ordering=score"' in response.content.decode()
    assert _names(client.get("/leads/?ordering=score")) == ["Score 30", "Score 60", "Score 90"]


def test_pages_follow_a_cursor_without_repeats(client_for):
    client = client_for(Role.SALES)
    LeadFactory.create_batch(7)
    seen, url = [], "/leads/?page_size=3&ordering=-score"
    while url:
        response = client.get(url)
        seen += _names(response)
        url = response.context["page"].next_url
    assert len(seen) == 7 == len(set(seen))


def test_a_tampered_cursor_goes_back_to_the_first_page(client_for):
    response = client_for(Role.SALES).get("/leads/?cursor=bogus&status=new")
    assert response.status_code == 302 and response.url == "/leads/?status=new"


def test_bad_filters_show_an_error_state_not_a_crash(client_for):
    response = client_for(Role.SALES).get("/leads/?score_min=90&score_max=10&status=nonsense")
    assert response.status_code == 200
    html = response.content.decode()
    assert "These filters cannot be applied" in html and "score_max" in html and "status" in html


def test_empty_states_differ_for_no_leads_and_no_matches(client_for):
    client = client_for(Role.SALES)
    assert "No leads yet" in client.get("/leads/").content.decode()
    LeadFactory()
    assert "No leads match these filters" in client.get("/leads/?score_min=100").content.decode()


def test_the_total_is_bounded(client_for, monkeypatch):
    monkeypatch.setattr("dashboard.views.leads.bounded_count.__defaults__", (3,))
    client = client_for(Role.SALES)
    LeadFactory.create_batch(5)
    assert "More than 3 leads match" in client.get("/leads/").content.decode()


def test_query_count_does_not_grow_with_the_page(client_for):
    client = client_for(Role.SALES)
    for lead in LeadFactory.create_batch(3):
        ContactPointFactory(lead=lead)
    with CaptureQueriesContext(connection) as few:
        client.get("/leads/")
    for lead in LeadFactory.create_batch(20):
        ContactPointFactory(lead=lead)
        Label.objects.create(lead=lead, kind="good_lead")
    with CaptureQueriesContext(connection) as many:
        client.get("/leads/")
    assert len(many) == len(few) <= 12


def test_scraped_text_is_escaped(client_for):
    LeadFactory(name='<script>alert("x")</script>', location="<b>Toronto</b>")
    html = client_for(Role.SALES).get("/leads/").content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html and "<b>Toronto" not in html


def test_marketing_sees_no_bulk_actions_but_can_export(client_for):
    LeadFactory()
    html = client_for(Role.MARKETING).get("/leads/?status=new").content.decode()
    assert 'id="bulk-action"' not in html and "Apply to selected" not in html
    assert 'href="/api/v1/leads/export?status=new&amp;format=csv"' in html
    # Marketing may export, so they may also tick rows to export only those.
    assert 'name="ids"' in html and 'formaction="/leads/export/" name="format" value="csv"' in html


@pytest.mark.parametrize("role", [Role.ADMIN, Role.MANAGER, Role.SALES])
def test_editors_assign_set_status_and_label_in_bulk(client_for, role):
    client = client_for(role)
    leads = LeadFactory.create_batch(2)
    ids = [lead.pk for lead in leads]
    back = "/leads/?status=new"
    response = client.post("/leads/bulk/", {"ids": ids, "action": "assign", "owner": "me", "next": back})
    assert response.status_code == 302 and response.url == back
    assert set(Lead.objects.filter(pk__in=ids).values_list("owner", flat=True)) == {client.user.pk}

    client.post("/leads/bulk/", {"ids": ids, "action": "status", "status": "contacted"})
    assert set(Lead.objects.filter(pk__in=ids).values_list("status", flat=True)) == {"contacted"}
    assert LeadStatusChange.objects.filter(lead__in=ids, actor=client.user, to_status="contacted").count() == 2

    client.post("/leads/bulk/", {"ids": ids, "action": "label", "label": "good_lead"})
    assert Label.objects.filter(lead__in=ids, author=client.user, kind="good_lead").count() == 2


def test_bulk_refuses_sales_on_someone_elses_lead_and_changes_nothing(client_for):
    client = client_for(Role.SALES)
    other = client_for(Role.SALES).user
    free, taken = LeadFactory(), LeadFactory(owner=other)
    response = client.post("/leads/bulk/", {"ids": [free.pk, taken.pk], "action": "status", "status": "contacted"})
    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert "1 of 2 leads cannot be changed" in messages[0] and str(taken.pk) in messages[0]
    assert set(Lead.objects.values_list("status", flat=True)) == {"new"}


def test_bulk_answers_json_for_scripts_and_checks_input(client_for):
    client = client_for(Role.SALES)
    response = client.post("/leads/bulk/", {"action": "status"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and "Select at least one lead" in response.json()["error"]


def test_marketing_may_not_bulk_edit(client_for):
    lead = LeadFactory()
    response = client_for(Role.MARKETING).post(
        "/leads/bulk/", {"ids": [lead.pk], "action": "label", "label": "good_lead"}
    )
    assert response.status_code == 403 and not Label.objects.exists()


def test_saved_views_are_personal(client_for):
    client = client_for(Role.SALES)
    response = client.post("/leads/views/", {"name": "Hot ones", "query": "score_min=80&cursor=abc&status=new"})
    view = SavedView.objects.get(owner=client.user)
    assert view.query == "score_min=80&status=new" and response.url == "/leads/?score_min=80&status=new"
    client.post("/leads/views/", {"name": "Hot ones", "query": "score_min=90"})
    assert SavedView.objects.get().query == "score_min=90"
    assert 'href="?score_min=90"' in client.get("/leads/").content.decode()

    stranger = client_for(Role.SALES)
    assert "Hot ones" not in stranger.get("/leads/").content.decode()
    assert stranger.post(f"/leads/views/{view.pk}/delete/").status_code == 404
    client.post(f"/leads/views/{view.pk}/delete/")
    assert not SavedView.objects.exists()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"name": "", "query": "status=new"}, "Give the view a name."),
        ({"name": "x" * 101, "query": "status=new"}, "a name of at most 100 characters"),
        ({"name": "Everything", "query": "q=" + "a" * 2100}, "too long to keep as a view"),
    ],
)
def test_a_view_that_cannot_be_saved_says_why(client_for, body, message):
    client = client_for(Role.SALES)
    page = client.post("/leads/views/", body, follow=True)
    assert message in page.content.decode() and not SavedView.objects.exists()


def test_forms_need_csrf(client_for):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    user = client_for(Role.SALES).user
    client.force_login(user)
    assert client.post("/leads/views/", {"name": "x"}).status_code == 403


def test_a_too_long_platform_filter_shows_a_readable_message(client_for):
    html = client_for(Role.SALES).get(f"/leads/?platform={'p' * 100}").content.decode()
    assert "Platform: Ensure this field has no more than 64 characters." in html
    assert "platform: 0" not in html
