"""Signed webhook deliveries: signature a receiver can verify, retries with backoff, log, SSRF guard, endpoints."""

import json
import socket
import time

import httpx
import pytest

from compliance.models import AuditEntry
from insight.api_errors import ApplicationError
from integrations.models import WebhookDelivery
from integrations.webhooks import (
    webhook_deliver,
    webhook_emit,
    webhook_endpoint_create,
    webhook_endpoint_update,
    webhook_send,
    webhook_verify,
)

pytestmark = pytest.mark.django_db
SECRET = "whsec-test-0123456789abcdef"


def test_a_delivery_is_signed_so_the_receiver_can_verify_it(receiver, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        delivery = webhook_send(url=receiver.url, secret=SECRET, payload={"lead": 7}, event="lead.qualified")
    delivery.refresh_from_db()
    assert delivery.status == "delivered" and delivery.attempts == 1 and delivery.response_status == 200
    [request] = receiver.requests
    headers, body = request["headers"], request["body"]
    assert headers["X-Insight-Event"] == "lead.qualified" and headers["X-Insight-Delivery"] == str(delivery.pk)
    assert headers["X-Insight-Signature"].startswith("sha256=")
    assert webhook_verify(
        secret=SECRET, body=body, timestamp=headers["X-Insight-Timestamp"], signature=headers["X-Insight-Signature"]
    )
    assert not webhook_verify(
        secret="another-secret-value",
        body=body,
        timestamp=headers["X-Insight-Timestamp"],
        signature=headers["X-Insight-Signature"],
    )
    assert not webhook_verify(  # a tampered body
        secret=SECRET,
        body=body + b" ",
        timestamp=headers["X-Insight-Timestamp"],
        signature=headers["X-Insight-Signature"],
    )
    assert not webhook_verify(  # a replay ten minutes later
        secret=SECRET,
        body=body,
        timestamp=headers["X-Insight-Timestamp"],
        signature=headers["X-Insight-Signature"],
        now=time.time() + 600,
    )
    assert json.loads(body)["data"] == {"lead": 7}


def test_failures_are_retried_with_backoff_and_logged(receiver, settings):
    settings.WEBHOOK_BACKOFF_SECONDS = 1.5
    settings.WEBHOOK_MAX_WAIT_SECONDS = 60.0
    receiver.statuses = [503, 500]
    delivery = webhook_send(url=receiver.url, secret=SECRET, payload={}, event="ping")
    waits = []
    delivery = webhook_deliver(delivery_id=delivery.pk, sleep=waits.append)
    assert delivery.status == "delivered" and delivery.attempts == 3 and waits == [1.5, 3.0]
    signatures = {r["headers"]["X-Insight-Signature"] for r in receiver.requests}
    assert len(receiver.requests) == 3 and signatures  # each attempt signed with its own timestamp


def test_a_receiver_that_keeps_failing_is_given_up_on(receiver, settings):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    receiver.statuses = [500, 500, 500, 500]
    delivery = webhook_deliver(delivery_id=webhook_send(url=receiver.url, secret=SECRET, payload={}, event="ping").pk)
    assert delivery.status == "failed" and delivery.attempts == 3 and delivery.response_status == 500
    assert "failed 3 times" in delivery.last_error
    assert webhook_deliver(delivery_id=delivery.pk).attempts == 3  # a finished delivery is not sent again


def test_a_4xx_answer_is_final(receiver):
    receiver.statuses = [410]
    delivery = webhook_deliver(delivery_id=webhook_send(url=receiver.url, secret=SECRET, payload={}, event="ping").pk)
    assert delivery.status == "failed" and delivery.attempts == 1 and "410" in delivery.last_error


def test_slack_style_sends_text(receiver):
    delivery = webhook_send(
        url=receiver.url, secret=SECRET, payload={"text": "Acme Corp is hiring"}, event="company.alert", style="slack"
    )
    webhook_deliver(delivery_id=delivery.pk)
    assert json.loads(receiver.requests[0]["body"]) == {"text": "Acme Corp is hiring"}


def test_internal_addresses_are_refused(settings):
    settings.ALLOW_PRIVATE_URLS = False
    with pytest.raises(ApplicationError) as refused:
        webhook_send(url="http://127.0.0.1:9/hook", secret=SECRET, payload={}, event="ping")
    assert refused.value.code == "unsafe_url"
    with pytest.raises(ApplicationError):
        webhook_endpoint_create(actor=None, name="Intranet", url="http://10.0.0.5/hook", secret=SECRET, events=["ping"])
    assert not WebhookDelivery.objects.exists()


def test_a_host_that_turns_internal_after_the_checks_is_not_dialled(receiver, settings, monkeypatch):
    """DNS rebinding: the host resolves to a public address when the URL is saved and when the delivery starts, then
    to 127.0.0.1 when the connection is made. The address actually dialled is checked: nothing reaches the inside."""
    settings.ALLOW_PRIVATE_URLS = False
    target = httpx.URL(receiver.url)
    answers = iter(["93.184.215.14", "93.184.215.14"])  # then 127.0.0.1, where the receiver listens
    real_getaddrinfo = socket.getaddrinfo

    def rebinding(host, *args, **kwargs):
        if host != "hooks.example.com":
            return real_getaddrinfo(host, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers, "127.0.0.1"), target.port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    url = str(target.copy_with(host="hooks.example.com"))
    delivery = webhook_deliver(delivery_id=webhook_send(url=url, secret=SECRET, payload={}, event="ping").pk)
    assert delivery.status == "failed" and "internal address" in delivery.last_error
    assert receiver.requests == []


def test_emit_reaches_only_active_subscribed_endpoints_and_config_changes_are_audited(
    receiver, django_capture_on_commit_callbacks
):
    subscribed = webhook_endpoint_create(
        actor=None, name="Sales channel", url=receiver.url, secret=SECRET, events=["lead.qualified"]
    )
    webhook_endpoint_create(actor=None, name="Exports", url=receiver.url, secret=SECRET, events=["export.completed"])
    paused = webhook_endpoint_create(
        actor=None, name="Paused", url=receiver.url, secret=SECRET, events=["lead.qualified"]
    )
    webhook_endpoint_update(endpoint=paused, actor=None, is_active=False)
    with django_capture_on_commit_callbacks(execute=True):
        deliveries = webhook_emit(event="lead.qualified", payload={"id": 1})
    assert [d.endpoint_id for d in deliveries] == [subscribed.pk]
    assert len(receiver.requests) == 1
    changes = list(AuditEntry.objects.filter(action="webhook").values_list("details__change", flat=True))
    assert sorted(changes) == ["create", "create", "create", "update"]
    assert all(
        "secret" not in json.dumps(entry.details).lower() or "fields" in entry.details
        for entry in AuditEntry.objects.all()
    )


def test_an_endpoint_lists_each_event_once():
    from integrations.webhooks import webhook_endpoint_create

    endpoint = webhook_endpoint_create(
        actor=None,
        name="Team inbox",
        url="https://93.184.215.14/insight",  # a public address: nothing is sent here
        secret="s" * 32,
        events=["lead.qualified", "ping", "lead.qualified", "ping"],
    )
    endpoint.refresh_from_db()
    assert endpoint.events == ["lead.qualified", "ping"]
