import pytest

from accounts.models import Role
from dashboard.tests.conftest import ROLES
from leads.models import Label, LeadStatusChange
from leads.services import lead_update
from leads.tests.factories import ContactPointFactory, LabelFactory, LeadFactory

EXPLANATION = {
    "formula": "base = round(40 x intent probability)",
    "total": 62,
    "raw_total": 62,
    "clamped": False,
    "contributions": [
        {"source": "model", "name": "Buyer intent", "weight": 32, "evidence": {"probability": 0.8, "level": "high"}},
        {"source": "rule", "name": "Has a phone", "weight": 30, "evidence": {"phone": "+14165550123"}},
    ],
}


@pytest.mark.parametrize("role", ROLES)
def test_every_role_reads_the_evidence_score_and_history(client_for, role):
    client = client_for(role)
    lead = LeadFactory(
        kind="conversation",
        name="Need a CRM for my bakery",
        text="Any <em>recommendations</em>?",
        score=62,
        score_explanation=EXPLANATION,
        intent_level="high",
        intent_probability=0.8,
        sentiment_label="neutral",
        sentiment_score=0.1,
    )
    point = ContactPointFactory(lead=lead, normalized_value="+14165550123", layer="visible_text", confidence=0.7)
    point.details = {"sources": [{"layer": "visible_text", "confidence": 0.7, "page_url": "https://example.com/p/1"}]}
    point.save()
    LabelFactory(lead=lead, kind="good_lead")
    response = client.get(f"/leads/{lead.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Source post", "+14165550123", "Visible text", "70%", "https://example.com/p/1", "Buyer intent"):
        assert text in html, text
    assert "+30" in html and "High (80%)" in html and "Neutral" in html
    assert "&lt;em&gt;recommendations&lt;/em&gt;" in html
    assert "label <strong>Good lead</strong>" in html
    assert ("Label this lead" in html) == (role != Role.MARKETING)


def test_unknown_lead_is_404(client_for):
    assert client_for(Role.SALES).get("/leads/999999/").status_code == 404


def test_one_click_label_and_sentiment_correction(client_for):
    client = client_for(Role.SALES)
    lead = LeadFactory()
    response = client.post(f"/leads/{lead.pk}/label/", {"kind": "not_a_lead"})
    assert response.status_code == 302 and response.url == f"/leads/{lead.pk}/"
    assert Label.objects.get().kind == "not_a_lead"

    response = client.post(f"/leads/{lead.pk}/label/", {"kind": "wrong_sentiment"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and "sentiment should have been" in response.json()["error"]
    response = client.post(
        f"/leads/{lead.pk}/label/",
        {"kind": "wrong_sentiment", "corrected_sentiment": "negative"},
        HTTP_ACCEPT="application/json",
    )
    assert response.json()["label_count"] == 2


def test_marketing_cannot_label(client_for):
    lead = LeadFactory()
    assert client_for(Role.MARKETING).post(f"/leads/{lead.pk}/label/", {"kind": "good_lead"}).status_code == 403


def test_status_change_is_recorded_and_shown(client_for):
    client = client_for(Role.SALES)
    lead = LeadFactory()
    response = client.post(f"/leads/{lead.pk}/update/", {"status": "contacted"}, HTTP_ACCEPT="application/json")
    assert response.json()["status_value"] == "contacted"
    change = LeadStatusChange.objects.get()
    assert (change.actor, change.from_status, change.to_status) == (client.user, "new", "contacted")
    html = client.get(f"/leads/{lead.pk}/").content.decode()
    assert "status New → <strong>Contacted</strong>" in html


def test_status_order_and_ownership_are_enforced(client_for):
    client = client_for(Role.SALES)
    lead = LeadFactory()
    response = client.post(f"/leads/{lead.pk}/update/", {"status": "won"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 409 and "cannot become won" in response.json()["error"]
    taken = LeadFactory(owner=client_for(Role.SALES).user)
    response = client.post(f"/leads/{taken.pk}/update/", {"owner": "me"})
    assert response.status_code == 302
    assert "assigned to someone else" in str(list(response.wsgi_request._messages)[0])
    taken.refresh_from_db()
    assert taken.owner != client.user
    assert "ask a manager to reassign it" in client.get(f"/leads/{taken.pk}/").content.decode()


def test_managers_reassign_and_history_survives_api_changes(client_for):
    manager = client_for(Role.MANAGER)
    seller = client_for(Role.SALES).user
    lead = LeadFactory()
    manager.post(f"/leads/{lead.pk}/update/", {"owner": str(seller.pk)})
    lead.refresh_from_db()
    assert lead.owner == seller
    lead_update(lead=lead, actor=seller, status="discarded")
    assert LeadStatusChange.objects.get().to_status == "discarded"


def test_unsafe_next_is_ignored(client_for):
    lead = LeadFactory()
    response = client_for(Role.SALES).post(
        f"/leads/{lead.pk}/label/", {"kind": "good_lead", "next": "https://evil.example.com/"}
    )
    assert response.url == f"/leads/{lead.pk}/"


def test_only_http_links_from_scraped_data_become_links(client_for):
    lead = LeadFactory()
    point = ContactPointFactory(lead=lead)
    point.details = {"sources": [{"layer": "visible_text", "confidence": 0.7, "page_url": "javascript:alert(1)"}]}
    point.save()
    html = client_for(Role.SALES).get(f"/leads/{lead.pk}/").content.decode()
    assert 'href="javascript:' not in html and f'href="{lead.url}"' in html
