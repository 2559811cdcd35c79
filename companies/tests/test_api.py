import pytest

from accounts.tests.factories import UserFactory
from companies.models import Company, CompanyLink, Notification, NotificationKind
from companies.services import lead_company_match
from companies.tests.factories import listing, post
from leads.tests.api_roles import Endpoint, case_id, client_as, matrix

pytestmark = pytest.mark.django_db
EVERYONE = ("admin", "manager", "sales", "marketing")
MANAGERS = ("admin", "manager")
SELLERS = ("admin", "manager", "sales")


def company_with_two_leads() -> Company:
    company = lead_company_match(
        lead_id=listing(name="Maple Leaf Plumbing", website="maple-leaf.example.com").pk
    ).company
    lead_company_match(lead_id=listing(name="Maple Leaf Plumbing", location="Toronto, ON").pk)
    return company


def company_for(user) -> Company:
    user.company = company_with_two_leads()  # the body of the same call reads it
    return user.company


def a_link(user) -> CompanyLink:
    return CompanyLink.objects.filter(company=company_with_two_leads()).first()


def notification_for(user) -> Notification:
    return Notification.objects.create(user=user, kind=NotificationKind.ALERT, title="High intent: Need a CRM")


def other_company_id(user) -> dict:
    other = lead_company_match(lead_id=listing(name="Birch Dental", location="Ottawa").pk).company
    return {"sources": [other.pk]}


ENDPOINTS = [
    Endpoint("list", "get", lambda u: "/api/v1/companies", EVERYONE),
    Endpoint("detail", "get", lambda u: f"/api/v1/companies/{company_with_two_leads().pk}", EVERYONE),
    Endpoint("links", "get", lambda u: f"/api/v1/companies/{company_with_two_leads().pk}/links", EVERYONE),
    Endpoint("history", "get", lambda u: f"/api/v1/companies/{company_with_two_leads().pk}/history", EVERYONE),
    Endpoint(
        "merge",
        "post",
        lambda u: f"/api/v1/companies/{company_with_two_leads().pk}/merge",
        MANAGERS,
        body=other_company_id,
    ),
    Endpoint(
        "split",
        "post",
        lambda u: f"/api/v1/companies/{company_for(u).pk}/split",
        MANAGERS,
        success=201,
        body=lambda u: {"lead_ids": [CompanyLink.objects.filter(company=u.company).last().lead_id]},
    ),
    Endpoint(
        "link-create",
        "post",
        lambda u: "/api/v1/company-links",
        SELLERS,
        success=201,
        body=lambda u: {"lead": post("CRM?").pk, "company": company_with_two_leads().pk},
    ),
    Endpoint("undo", "post", lambda u: f"/api/v1/company-links/{a_link(u).pk}/undo", SELLERS),
    Endpoint("notifications", "get", lambda u: "/api/v1/notifications", EVERYONE),
    Endpoint("notification-read", "post", lambda u: f"/api/v1/notifications/{notification_for(u).pk}/read", EVERYONE),
    Endpoint("notifications-read-all", "post", lambda u: "/api/v1/notifications/read-all", EVERYONE),
]


@pytest.mark.parametrize(("endpoint", "role", "expected"), matrix(ENDPOINTS), ids=case_id)
def test_roles(endpoint, role, expected):
    response = endpoint.call(role)
    assert response.status_code == expected, response.content


def test_list_and_detail_show_score_keys_and_explanation():
    company = company_with_two_leads()
    client, _ = client_as("marketing")
    listed = client.get("/api/v1/companies?q=maple").json()
    assert [row["id"] for row in listed["results"]] == [company.pk] and listed["results"][0]["lead_count"] == 2
    assert client.get("/api/v1/companies?score_min=abc").status_code == 400
    detail = client.get(f"/api/v1/companies/{company.pk}").json()
    assert {"kind": "domain", "value": "maple-leaf.example.com"} in detail["keys"]
    assert "score_explanation" in detail


def test_undo_over_the_api_is_remembered_and_shown_in_links():
    company = company_with_two_leads()
    conversation = post("CRM for plumbers? jane@maple-leaf.example.com")
    link = lead_company_match(lead_id=conversation.pk)
    client, user = client_as("sales")
    response = client.post(f"/api/v1/company-links/{link.pk}/undo", {"reason": "not her employer"}, format="json")
    assert response.status_code == 200 and response.json()["undone"] is True
    assert client.post(f"/api/v1/company-links/{link.pk}/undo", {}, format="json").status_code == 409
    assert lead_company_match(lead_id=conversation.pk) is None
    rows = client.get(f"/api/v1/companies/{company.pk}/links").json()["results"]
    undone = next(row for row in rows if row["lead"]["id"] == conversation.pk)
    assert undone["undone_by"]["email"] == user.email and undone["undo_reason"] == "not her employer"


def test_merge_and_split_over_the_api_with_history():
    company = company_with_two_leads()
    other = lead_company_match(lead_id=listing(name="MLP Toronto", location="Toronto").pk).company
    client, _ = client_as("manager")
    assert client.post(f"/api/v1/companies/{company.pk}/merge", {"sources": [999999]}, format="json").status_code == 400
    merged = client.post(f"/api/v1/companies/{company.pk}/merge", {"sources": [other.pk]}, format="json")
    assert merged.status_code == 200
    assert (
        client.post(f"/api/v1/companies/{company.pk}/merge", {"sources": [other.pk]}, format="json").status_code == 409
    )
    lead_id = CompanyLink.objects.get(company=company, lead__name="MLP Toronto").lead_id
    split = client.post(f"/api/v1/companies/{company.pk}/split", {"lead_ids": [lead_id], "name": "MLP"}, format="json")
    assert split.status_code == 201 and split.json()["name"] == "MLP"
    kinds = [row["kind"] for row in client.get(f"/api/v1/companies/{company.pk}/history").json()["results"]]
    assert kinds[:2] == ["split", "merged"]


def test_notifications_are_private_to_their_owner():
    mine_client, me = client_as("sales")
    other = UserFactory(role="sales")
    mine, theirs = notification_for(me), notification_for(other)
    rows = mine_client.get("/api/v1/notifications?unread=true").json()["results"]
    assert [row["id"] for row in rows] == [mine.pk]
    assert mine_client.post(f"/api/v1/notifications/{theirs.pk}/read").status_code == 404
    assert mine_client.post("/api/v1/notifications/read-all").json() == {"marked": 1}
    assert mine_client.get("/api/v1/notifications?unread=true").json()["results"] == []


def test_the_company_page_shows_conversations_phones_and_the_score(client):
    company = lead_company_match(
        lead_id=listing(
            name="Maple Leaf Plumbing", website="maple-leaf.example.com", phones={"+14165550123": "fixed_line"}
        ).pk
    ).company
    lead_company_match(
        lead_id=post(
            "Looking for a CRM <script>alert(1)</script> jane@maple-leaf.example.com",
            name="Looking for a CRM <b>now</b>",
            url="javascript:alert(1)",
            intent_probability=0.9,
            intent_level="high",
        ).pk
    )
    from companies.services import company_rescore

    company_rescore(company_id=company.pk)
    client.force_login(UserFactory(role="marketing"))
    page = client.get(f"/companies/{company.pk}")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Looking for a CRM &lt;b&gt;now&lt;/b&gt;" in html and "<b>now</b>" not in html
    assert 'href="javascript:' not in html
    assert "+14165550123" in html and "callable fixedline" in html
    assert "Recent buyer-intent posts" in html
    assert client.get("/companies/?q=maple").status_code == 200
    conversation = CompanyLink.objects.get(company=company, method="email_domain").lead
    lead_page = client.get(f"/leads/{conversation.pk}/").content.decode()
    assert f'href="/companies/{company.pk}"' in lead_page and "email domain, confidence 0.90" in lead_page


def test_the_company_page_shows_the_line_type_twilio_confirmed(client):
    office = listing(name="Harbour Heating", location="Toronto", phones={"+14165550142": "fixed_line_or_mobile"})
    office.contact_points.filter(kind="phone").update(verification={"twilio": {"line_type": "landline"}})
    company = lead_company_match(lead_id=office.pk).company
    client.force_login(UserFactory(role="sales"))
    html = client.get(f"/companies/{company.pk}").content.decode()
    assert "callable fixedline" in html and "fixedlineormobile" not in html
