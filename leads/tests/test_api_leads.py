"""Lead list filters, ordering, cursor pagination and query count; detail; edits, transitions and bulk changes."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.tests.factories import UserFactory
from leads.models import Lead
from leads.tests.api_roles import client_as
from leads.tests.factories import ContactPointFactory, LabelFactory, LeadFactory

pytestmark = pytest.mark.django_db


def _names(response) -> set[str]:
    assert response.status_code == 200, response.content
    return {row["name"] for row in response.json()["results"]}


def _set_discovered(lead: Lead, days_ago: int) -> None:
    Lead.objects.filter(pk=lead.pk).update(discovered_at=timezone.now() - datetime.timedelta(days=days_ago))


@pytest.fixture
def data_set():
    """Six leads differing in one attribute each, so every filter has something to exclude."""
    owner = UserFactory(role="sales")
    leads = {
        "plumber": LeadFactory(name="Maple Plumbing", score=80, status="new", platform="google_maps"),
        "roofer": LeadFactory(name="Birch Roofing", score=40, status="contacted", platform="yelp", owner=owner),
        "post": LeadFactory(
            name="Looking for a CRM for my bakery",
            kind="conversation",
            platform="reddit",
            text="Any recommendations for a simple CRM?",
            score=65,
            status="qualified",
        ),
        "old": LeadFactory(name="Cedar Electric", score=10, status="lost", platform="google_maps"),
        "gone": LeadFactory(name="Oak Painters", score=95, status="discarded", platform="yelp"),
        "mine": LeadFactory(name="Aspen Movers", score=55, status="new", platform="google_maps"),
    }
    ContactPointFactory(lead=leads["plumber"])
    ContactPointFactory(lead=leads["roofer"], kind="phone")
    ContactPointFactory(
        lead=leads["post"], kind="email", value="baker@example.org", normalized_value="baker@example.org"
    )
    _set_discovered(leads["old"], 30)
    return leads, owner


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=new", {"Maple Plumbing", "Aspen Movers"}),
        ("status=new,contacted", {"Maple Plumbing", "Aspen Movers", "Birch Roofing"}),
        ("status=lost&status=discarded", {"Cedar Electric", "Oak Painters"}),
        ("platform=yelp", {"Birch Roofing", "Oak Painters"}),
        ("kind=conversation", {"Looking for a CRM for my bakery"}),
        ("score_min=60", {"Maple Plumbing", "Looking for a CRM for my bakery", "Oak Painters"}),
        ("score_max=40", {"Birch Roofing", "Cedar Electric"}),
        ("score_min=50&score_max=70", {"Looking for a CRM for my bakery", "Aspen Movers"}),
        ("has_phone=true", {"Maple Plumbing", "Birch Roofing"}),
        ("has_phone=false", {"Looking for a CRM for my bakery", "Cedar Electric", "Oak Painters", "Aspen Movers"}),
        (
            "owner=none",
            {"Maple Plumbing", "Looking for a CRM for my bakery", "Cedar Electric", "Oak Painters", "Aspen Movers"},
        ),
        ("q=bakery", {"Looking for a CRM for my bakery"}),
        ("q=recommendations", {"Looking for a CRM for my bakery"}),
    ],
)
def test_each_filter_keeps_only_matching_leads(data_set, query, expected):
    client, _ = client_as("sales")
    assert _names(client.get(f"/api/v1/leads?{query}")) == expected


def test_owner_filter_by_id_and_me(data_set):
    leads, owner = data_set
    client, me = client_as("sales")
    Lead.objects.filter(pk=leads["mine"].pk).update(owner=me)
    assert _names(client.get(f"/api/v1/leads?owner={owner.pk}")) == {"Birch Roofing"}
    assert _names(client.get("/api/v1/leads?owner=me")) == {"Aspen Movers"}


def test_date_range_filter_is_inclusive_of_whole_days(data_set):
    client, _ = client_as("manager")
    today = timezone.now().date()
    month_ago = today - datetime.timedelta(days=30)
    assert _names(client.get(f"/api/v1/leads?discovered_to={month_ago}")) == {"Cedar Electric"}
    recent = _names(
        client.get(f"/api/v1/leads?discovered_from={today - datetime.timedelta(days=1)}&discovered_to={today}")
    )
    assert "Cedar Electric" not in recent and len(recent) == 5


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("status=sold", "status"),
        ("kind=person", "kind"),
        ("score_min=abc", "score_min"),
        ("score_max=101", "score_max"),
        ("score_min=70&score_max=20", "score_max"),
        ("discovered_from=yesterday", "discovered_from"),
        ("discovered_from=2026-05-02&discovered_to=2026-05-01", "discovered_to"),
        ("owner=someone", "owner"),
        ("has_phone=maybe", "has_phone"),
        ("ordering=popularity", "ordering"),
    ],
)
def test_invalid_filters_are_refused_with_a_field_error(query, field):
    client, _ = client_as("sales")
    response = client.get(f"/api/v1/leads?{query}")
    assert response.status_code == 400
    body = response.json()["error"]
    assert body["code"] == "invalid" and field in body["fields"]


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("-score", ["Oak Painters", "Maple Plumbing", "Looking for a CRM for my bakery", "Aspen Movers"]),
        ("score", ["Cedar Electric", "Birch Roofing", "Aspen Movers", "Looking for a CRM for my bakery"]),
        ("name", ["Aspen Movers", "Birch Roofing", "Cedar Electric", "Looking for a CRM for my bakery"]),
        ("-name", ["Oak Painters", "Maple Plumbing", "Looking for a CRM for my bakery", "Cedar Electric"]),
    ],
)
def test_ordering(data_set, ordering, expected):
    client, _ = client_as("sales")
    response = client.get(f"/api/v1/leads?ordering={ordering}&page_size=4")
    assert [row["name"] for row in response.json()["results"]] == expected


def test_published_ordering_puts_undated_leads_by_discovery_date(data_set):
    leads, _ = data_set
    Lead.objects.filter(pk=leads["post"].pk).update(published_at=timezone.now() - datetime.timedelta(days=400))
    client, _ = client_as("sales")
    names = [row["name"] for row in client.get("/api/v1/leads?ordering=published_at").json()["results"]]
    assert names[:2] == ["Looking for a CRM for my bakery", "Cedar Electric"]


@pytest.mark.parametrize("ordering", ["-score", "score", "name", "-discovered_at", "published_at"])
def test_cursor_pagination_walks_every_lead_once(ordering):
    for index in range(23):
        LeadFactory(name=f"Lead {index % 5}", score=index % 3 * 10)  # many ties on purpose
    client, _ = client_as("sales")
    seen, url = [], f"/api/v1/leads?ordering={ordering}&page_size=5&status=new"
    while url:
        body = client.get(url).json()
        assert len(body["results"]) <= 5
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    assert len(seen) == 23 and len(set(seen)) == 23


def test_list_query_count_does_not_grow_with_leads():
    def count_queries() -> int:
        client, _ = client_as("sales")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/api/v1/leads?has_phone=true&q=plumbing").status_code == 200
        return len(queries)

    lead = LeadFactory(owner=UserFactory())
    ContactPointFactory(lead=lead)
    LabelFactory(lead=lead)
    few = count_queries()
    for _ in range(15):
        lead = LeadFactory(owner=UserFactory())
        ContactPointFactory(lead=lead)
        LabelFactory(lead=lead)
    assert count_queries() == few == 2  # the page and its phones


def test_list_shows_phones_owner_and_label_count():
    owner = UserFactory(email="rita@example.com")
    lead = LeadFactory(owner=owner)
    ContactPointFactory(lead=lead, value="(416) 555-0142", normalized_value="+14165550142")
    LabelFactory.create_batch(2, lead=lead)
    client, _ = client_as("marketing")
    row = client.get("/api/v1/leads").json()["results"][0]
    assert row["phones"][0]["normalized_value"] == "+14165550142"
    assert row["owner"]["email"] == "rita@example.com"
    assert row["label_count"] == 2


def test_detail_has_contact_points_and_labels():
    lead = LeadFactory()
    ContactPointFactory(lead=lead, kind="email", value="info@example.com", normalized_value="info@example.com")
    LabelFactory(lead=lead, kind="not_a_lead", note="A supplier, not a buyer")
    client, _ = client_as("sales")
    body = client.get(f"/api/v1/leads/{lead.pk}").json()
    assert body["contact_points"][0]["value"] == "info@example.com"
    assert body["labels"][0]["note"] == "A supplier, not a buyer"
    assert client.get("/api/v1/leads/999999").status_code == 404


# --- Editing -----------------------------------------------------------------------------------------------


def test_sales_edits_unassigned_lead_and_claims_it():
    lead = LeadFactory()
    client, me = client_as("sales")
    response = client.patch(
        f"/api/v1/leads/{lead.pk}", {"status": "contacted", "owner": me.pk, "notes": "Spoke to Ann"}
    )
    assert response.status_code == 200, response.content
    lead.refresh_from_db()
    assert (lead.status, lead.owner, lead.notes) == ("contacted", me, "Spoke to Ann")


def test_sales_cannot_touch_someone_elses_lead_or_give_leads_away():
    client, me = client_as("sales")
    colleague = UserFactory(role="sales")
    theirs = LeadFactory(owner=colleague)
    response = client.patch(f"/api/v1/leads/{theirs.pk}", {"notes": "mine now"})
    assert response.status_code == 403
    assert "assigned to someone else" in response.json()["error"]["message"]
    unassigned = LeadFactory()
    response = client.patch(f"/api/v1/leads/{unassigned.pk}", {"owner": colleague.pk})
    assert response.status_code == 403
    assert "only to themselves" in response.json()["error"]["message"]
    theirs.refresh_from_db()
    unassigned.refresh_from_db()
    assert theirs.notes == "" and unassigned.owner is None


def test_managers_assign_anyone():
    lead = LeadFactory(owner=UserFactory())
    seller = UserFactory(role="sales")
    client, _ = client_as("manager")
    assert client.patch(f"/api/v1/leads/{lead.pk}", {"owner": seller.pk}).status_code == 200
    lead.refresh_from_db()
    assert lead.owner == seller
    response = client.patch(f"/api/v1/leads/{lead.pk}", {"owner": 987654})
    assert response.status_code == 400 and "owner" in response.json()["error"]["fields"]


@pytest.mark.parametrize(
    ("start", "new", "allowed"),
    [
        ("new", "contacted", True),
        ("contacted", "qualified", True),
        ("qualified", "won", True),
        ("qualified", "lost", True),
        ("won", "discarded", True),
        ("discarded", "new", True),
        ("new", "new", True),
        ("new", "won", False),
        ("new", "qualified", False),
        ("contacted", "new", False),
        ("won", "lost", False),
        ("discarded", "contacted", False),
    ],
)
def test_status_transitions(start, new, allowed):
    lead = LeadFactory(status=start)
    client, _ = client_as("admin")
    response = client.patch(f"/api/v1/leads/{lead.pk}", {"status": new})
    lead.refresh_from_db()
    if allowed:
        assert response.status_code == 200 and lead.status == new
    else:
        assert response.status_code == 409
        assert response.json()["error"]["code"] == "invalid_transition"
        assert f"cannot become {new}" in response.json()["error"]["message"]
        assert lead.status == start


def test_empty_patch_and_unknown_status_are_field_errors():
    lead = LeadFactory()
    client, _ = client_as("sales")
    assert client.patch(f"/api/v1/leads/{lead.pk}", {}).status_code == 400
    response = client.patch(f"/api/v1/leads/{lead.pk}", {"status": "sold"})
    assert response.status_code == 400 and "status" in response.json()["error"]["fields"]


def test_bulk_update_changes_every_lead():
    leads = LeadFactory.create_batch(3)
    client, me = client_as("sales")
    response = client.post(
        "/api/v1/leads/bulk", {"ids": [lead.pk for lead in leads], "changes": {"status": "contacted", "owner": me.pk}}
    )
    assert response.status_code == 200, response.content
    assert sorted(response.json()["updated"]) == sorted(lead.pk for lead in leads)
    assert set(Lead.objects.values_list("status", "owner")) == {("contacted", me.pk)}


def test_bulk_update_is_all_or_nothing_with_reasons_per_lead():
    client, _ = client_as("sales")
    free = LeadFactory()
    taken = LeadFactory(owner=UserFactory())
    won = LeadFactory(status="won")
    response = client.post(
        "/api/v1/leads/bulk", {"ids": [free.pk, taken.pk, won.pk, 999999], "changes": {"status": "contacted"}}
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "bulk_rejected"
    assert set(error["fields"]) == {str(taken.pk), str(won.pk), "999999"}
    assert "No such lead." in error["fields"]["999999"]
    assert Lead.objects.filter(status="contacted").count() == 0


def test_bulk_update_validates_ids_and_changes():
    client, _ = client_as("manager")
    assert "ids" in client.post("/api/v1/leads/bulk", {"ids": [], "changes": {"notes": "x"}}).json()["error"]["fields"]
    too_many = client.post("/api/v1/leads/bulk", {"ids": list(range(1, 502)), "changes": {"notes": "x"}})
    assert too_many.status_code == 400 and "ids" in too_many.json()["error"]["fields"]
    nothing = client.post("/api/v1/leads/bulk", {"ids": [LeadFactory().pk], "changes": {}})
    assert nothing.status_code == 400 and "changes" in nothing.json()["error"]["fields"]


def test_ids_too_large_for_the_database_are_field_errors_not_server_errors():
    """schemathesis found these reaching the database (numeric out of range → 500)."""
    client, _ = client_as("manager")
    lead = LeadFactory()
    huge = 2**66
    bulk = client.post("/api/v1/leads/bulk", {"ids": [lead.pk, huge], "changes": {"notes": "x"}})
    assert bulk.status_code == 400 and "ids" in bulk.json()["error"]["fields"]
    owner = client.post("/api/v1/leads/bulk", {"ids": [lead.pk], "changes": {"owner": huge}})
    assert owner.status_code == 400 and "owner" in str(owner.json()["error"]["fields"])
    link = client.post("/api/v1/company-links", {"lead": huge, "company": str(huge)})
    assert link.status_code == 400 and {"lead", "company"} <= set(link.json()["error"]["fields"])
    assert client.get(f"/api/v1/companies?owner={huge}").status_code == 400
    assert Lead.objects.get(pk=lead.pk).notes == ""


# --- Export --------------------------------------------------------------------------------------------------


def _csv(response) -> list[list[str]]:
    import csv
    import io

    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.mark.parametrize("role", ["admin", "manager", "sales", "marketing"])
def test_export_honours_filters_and_ordering(data_set, role):
    client, _ = client_as(role)
    rows = _csv(client.get("/api/v1/leads/export?platform=google_maps&ordering=-score"))
    assert rows[0][:3] == ["id", "kind", "name"]
    assert [row[2] for row in rows[1:]] == ["Maple Plumbing", "Aspen Movers", "Cedar Electric"]
    assert rows[1][9].startswith("+1416555")  # phones are not prefixed like untrusted text


def test_export_neutralises_spreadsheet_formulas_and_refuses_bad_filters():
    LeadFactory(name='=HYPERLINK("http://evil.example.com","Click")')
    client, _ = client_as("sales")
    rows = _csv(client.get("/api/v1/leads/export"))
    assert rows[1][2].startswith("'=HYPERLINK")
    assert client.get("/api/v1/leads/export?score_min=high").status_code == 400
    assert client_as(None)[0].get("/api/v1/leads/export").status_code == 401


def test_sales_may_release_their_own_lead_and_managers_are_told_about_deactivated_owners():
    client, me = client_as("sales")
    lead = LeadFactory(owner=me)
    response = client.patch(f"/api/v1/leads/{lead.pk}", {"owner": None})
    assert response.status_code == 200 and response.json()["owner"] is None
    manager, _ = client_as("manager")
    gone = UserFactory(is_active=False)
    response = manager.patch(f"/api/v1/leads/{lead.pk}", {"owner": gone.pk})
    assert response.status_code == 400 and "deactivated" in response.json()["error"]["fields"]["owner"][0]
    lead.refresh_from_db()
    assert lead.owner is None
