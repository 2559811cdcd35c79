from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.tests.factories import UserFactory
from companies.models import (
    ActionKind,
    CompanyEvent,
    LeadTag,
    Notification,
    TriggerAction,
    TriggerFiring,
    TriggerTarget,
)
from companies.tests.factories import CompanyFactory, TeamFactory, trigger
from companies.triggers import lead_score_observe, score_crossed
from compliance.models import AuditEntry
from integrations.models import DeliveryStatus, WebhookDelivery
from integrations.webhooks import webhook_verify
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def fire(target, previous, current, capture):
    with capture(execute=True):
        key = "company" if target._meta.model_name == "company" else "lead"
        return score_crossed(previous=previous, current=current, **{key: target})


def test_a_once_trigger_fires_on_the_first_crossing_only(django_capture_on_commit_callbacks):
    owner = UserFactory(role="sales")
    company = CompanyFactory(owner=owner)
    once = trigger(threshold=70)
    assert fire(company, 50, 69, django_capture_on_commit_callbacks) == []
    assert len(fire(company, 69, 75, django_capture_on_commit_callbacks)) == 1
    assert fire(company, 40, 90, django_capture_on_commit_callbacks) == []  # crossed again: once means once
    assert TriggerFiring.objects.filter(trigger=once).count() == 1
    note = Notification.objects.get(user=owner)
    assert note.company == company and "reached score 75" in note.title and note.emailed_at
    assert mail.outbox[0].to == [owner.email] and "reached score 75" in mail.outbox[0].subject


def test_a_repeatable_trigger_fires_on_every_rise_but_not_while_staying_above(django_capture_on_commit_callbacks):
    company = CompanyFactory(owner=UserFactory())
    repeatable = trigger(threshold=60, repeatable=True)
    fire(company, 10, 65, django_capture_on_commit_callbacks)
    fire(company, 65, 80, django_capture_on_commit_callbacks)  # stays above: no new crossing
    fire(company, 30, 61, django_capture_on_commit_callbacks)
    assert TriggerFiring.objects.filter(trigger=repeatable).count() == 2


def test_triggers_run_only_between_their_dates_and_while_active(django_capture_on_commit_callbacks):
    company = CompanyFactory(owner=UserFactory())
    now = timezone.now()
    trigger(threshold=50, active_from=now + timedelta(days=1))
    trigger(threshold=50, active_until=now - timedelta(days=1))
    trigger(threshold=50, is_active=False)
    assert fire(company, 0, 100, django_capture_on_commit_callbacks) == []


def test_lead_triggers_remember_the_last_score_they_saw(django_capture_on_commit_callbacks):
    owner = UserFactory()
    lead = LeadFactory(score=80, owner=owner)
    trigger(threshold=70, target=TriggerTarget.LEAD, repeatable=True)
    with django_capture_on_commit_callbacks(execute=True):
        assert len(lead_score_observe(lead=lead)) == 1
        assert lead_score_observe(lead=lead) == []  # same score: no crossing
        lead.score = 30
        assert lead_score_observe(lead=lead) == []
        lead.score = 71
        assert len(lead_score_observe(lead=lead)) == 1
    assert Notification.objects.filter(user=owner, lead=lead).count() == 2


def test_a_signed_webhook_reaches_a_local_receiver(receiver, settings, django_capture_on_commit_callbacks):
    settings.WEBHOOK_BACKOFF_SECONDS = 0.01
    company = CompanyFactory(name="Maple Leaf Plumbing")
    trigger(threshold=70, actions=[{"kind": ActionKind.WEBHOOK, "url": receiver.url, "secret": "s3cret"}])
    receiver.statuses = [503]  # the first try fails; the retry lands

    (firing,) = fire(company, 10, 88, django_capture_on_commit_callbacks)

    assert len(receiver.received) == 2
    hit = receiver.received[-1]
    assert hit["json"]["event"] == "score_trigger.fired"
    data = hit["json"]["data"]
    assert data["score"] == 88 and data["previous_score"] == 10
    assert data["target"] == {
        "type": "company",
        "id": company.pk,
        "name": "Maple Leaf Plumbing",
        "url": f"http://localhost:8000/companies/{company.pk}",
    }
    headers = {k.lower(): v for k, v in hit["headers"].items()}
    assert webhook_verify(
        secret="s3cret",
        body=hit["body"],
        timestamp=headers["x-insight-timestamp"],
        signature=headers["x-insight-signature"],
    )
    firing.refresh_from_db()
    delivery = WebhookDelivery.objects.get(pk=firing.results[0]["delivery_id"])
    assert firing.results[0]["ok"] and delivery.status == DeliveryStatus.DELIVERED and delivery.attempts == 2
    assert AuditEntry.objects.filter(action="webhook", target_type="company", target_id=str(company.pk)).exists()


def test_a_slack_compatible_webhook_sends_text(receiver, django_capture_on_commit_callbacks):
    lead = LeadFactory(name="Need a CRM for 12 trucks")
    action = {"kind": ActionKind.WEBHOOK, "url": receiver.url, "secret": "s3cret", "slack_format": True}
    trigger(threshold=50, target=TriggerTarget.LEAD, actions=[action])
    fire(lead, 0, 77, django_capture_on_commit_callbacks)
    assert receiver.received[0]["json"]["text"].startswith("Lead *Need a CRM for 12 trucks* reached 77")


def test_a_private_webhook_address_is_refused_and_recorded(settings, django_capture_on_commit_callbacks):
    settings.ALLOW_PRIVATE_URLS = False
    trigger(threshold=50, actions=[{"kind": ActionKind.WEBHOOK, "url": "http://127.0.0.1:9/x", "secret": "s"}])
    (firing,) = fire(CompanyFactory(), 0, 60, django_capture_on_commit_callbacks)
    firing.refresh_from_db()
    assert not firing.results[0]["ok"] and "internal address" in firing.results[0]["detail"]
    with pytest.raises(ValidationError) as refused:
        TriggerAction(trigger=firing.trigger, kind=ActionKind.WEBHOOK, url="http://127.0.0.1:9/x", secret="s").clean()
    assert "internal address" in refused.value.message_dict["url"][0]
    with pytest.raises(ValidationError) as incomplete:
        TriggerAction(trigger=firing.trigger, kind=ActionKind.WEBHOOK).full_clean()
    assert set(incomplete.value.message_dict) == {"url", "secret"}


def test_assign_round_robin_tag_and_crm_push(django_capture_on_commit_callbacks):
    alice, bob = UserFactory(), UserFactory()
    team = TeamFactory()
    team.members.add(alice, bob)
    trigger(
        threshold=50,
        target=TriggerTarget.LEAD,
        actions=[
            {"kind": ActionKind.ASSIGN_TEAM, "team": team},
            {"kind": ActionKind.TAG, "tag": "hot"},
            {"kind": ActionKind.CRM_PUSH, "provider": "hubspot"},
        ],
    )
    leads = [LeadFactory() for _ in range(3)]
    for lead in leads:
        fire(lead, 0, 60, django_capture_on_commit_callbacks)
    owners = [type(lead).objects.get(pk=lead.pk).owner for lead in leads]
    assert owners == [alice, bob, alice]
    assert LeadTag.objects.filter(name="hot").count() == 3
    results = TriggerFiring.objects.first().results
    assert [r["action"] for r in results] == ["assign_team", "tag", "crm_push"]
    assert results[2] == {
        "action": "crm_push",
        "action_id": results[2]["action_id"],
        "ok": False,
        "detail": "HubSpot is not configured on this server.",
    }

    company = CompanyFactory()
    trigger(
        threshold=50, actions=[{"kind": ActionKind.ASSIGN_USER, "user": bob}, {"kind": ActionKind.TAG, "tag": "hot"}]
    )
    fire(company, 0, 55, django_capture_on_commit_callbacks)
    company.refresh_from_db()
    assert company.owner == bob and company.tags == ["hot"]
    assert CompanyEvent.objects.filter(company=company, kind="assigned").exists()
