"""Signed outgoing webhooks: ``webhook_send`` for one URL, ``webhook_emit`` for every endpoint of an event.

Each POST carries ``X-Insight-Event``, ``X-Insight-Delivery``, ``X-Insight-Timestamp`` (Unix seconds) and
``X-Insight-Signature: sha256=<hex>``, the HMAC-SHA256 of ``"<timestamp>.<body>"`` with the endpoint's secret.
Receivers recompute it (``webhook_verify`` shows how) and refuse old timestamps to stop replays.
"""

import hashlib
import hmac
import json
import time
from typing import Any

import httpx
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from insight.api_errors import ApplicationError
from insight.validation import refuse_unknown_fields, whole_number
from integrations.http import RetriesExhausted, RetryPolicy, request_with_retries
from integrations.models import DeliveryStatus, PayloadStyle, WebhookDelivery, WebhookEndpoint, WebhookEvent
from scraping.crawler.guard import guarded_client
from scraping.urlsafety import UnsafeURLError, url_refusal

SIGNATURE_HEADER = "X-Insight-Signature"
TIMESTAMP_HEADER = "X-Insight-Timestamp"
SIGNATURE_TOLERANCE_SECONDS = 300


def webhook_sign(*, secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def webhook_verify(
    *, secret: str, body: bytes, timestamp: str, signature: str, now: float | None = None, tolerance: int = 300
) -> bool:
    """What a receiver does: the signature matches and the timestamp is recent (replays are refused)."""
    seconds = whole_number(timestamp)
    if seconds is None or abs((now or time.time()) - seconds) > tolerance:
        return False
    return hmac.compare_digest(webhook_sign(secret=secret, timestamp=seconds, body=body), signature)


def webhook_url_error(url: str) -> str | None:
    """Why Insight will not post to ``url`` (malformed, not http(s), an internal address), or None."""
    return url_refusal(url, allow_private=settings.ALLOW_PRIVATE_URLS)


def webhook_body(*, event: str, payload: dict[str, Any], style: str, delivery_id: int) -> dict[str, Any]:
    if style == PayloadStyle.SLACK:
        # Slack incoming webhooks read "text"; callers may give their own, otherwise the event and its fields.
        text = payload.get("text") or f"*{event}* " + ", ".join(f"{k}: {v}" for k, v in payload.items())
        return {"text": text}
    return {"id": delivery_id, "event": event, "created_at": timezone.now().isoformat(), "data": payload}


@transaction.atomic
def webhook_send(
    *,
    url: str,
    secret: str,
    payload: dict[str, Any],
    event: str,
    style: str = PayloadStyle.GENERIC,
    endpoint: WebhookEndpoint | None = None,
) -> WebhookDelivery:
    """Record a delivery and post it from a worker once this transaction commits (signed, retried with backoff)."""
    if message := webhook_url_error(url):
        raise ApplicationError(message, code="unsafe_url", fields={"url": [message]})
    if not secret:
        raise ApplicationError("A webhook needs a signing secret.", fields={"secret": ["This field is required."]})
    delivery = WebhookDelivery(
        endpoint=endpoint,
        url=url,
        secret="" if endpoint else secret,
        event=event,
        payload=json.loads(json.dumps(payload, cls=DjangoJSONEncoder)),
        style=style,
    )
    delivery.full_clean()
    delivery.save()
    from integrations.tasks import enqueue

    enqueue("integrations.tasks.webhook_deliver_task", delivery.pk)
    return delivery


ENDPOINT_FIELDS = ("name", "url", "secret", "events", "style", "is_active")


def _endpoint_save(endpoint: WebhookEndpoint, fields: dict[str, Any], actor: Any, change: str) -> WebhookEndpoint:
    from compliance.models import AuditAction
    from compliance.services import audit_record

    refuse_unknown_fields(fields, ENDPOINT_FIELDS, f"webhook_endpoint_{change}")
    if "url" in fields and (message := webhook_url_error(fields["url"])):
        raise ApplicationError(message, code="unsafe_url", fields={"url": [message]})
    if unknown := set(fields.get("events", ())) - set(WebhookEvent.values):
        raise ApplicationError("Unknown events.", fields={"events": [f"Unknown: {', '.join(sorted(unknown))}"]})
    if "events" in fields:
        fields = {**fields, "events": list(dict.fromkeys(fields["events"]))}  # each event once, in the order given
    for name, value in fields.items():
        setattr(endpoint, name, value)
    endpoint.full_clean()
    endpoint.save()
    changed = sorted(set(fields) - {"secret"}) + (["secret"] if "secret" in fields else [])
    audit_record(
        actor=actor,
        action=AuditAction.WEBHOOK,
        target_type="webhook_endpoint",
        target_id=endpoint.pk,
        details={"change": change, "fields": changed, "url": endpoint.url, "events": endpoint.events},
    )
    return endpoint


@transaction.atomic
def webhook_endpoint_create(
    *, actor: Any, name: str, url: str, secret: str, events: list[str], **fields: Any
) -> WebhookEndpoint:
    """Add an endpoint (the URL must pass the SSRF guard); audited."""
    endpoint = WebhookEndpoint(created_by=actor if getattr(actor, "is_authenticated", False) else None)
    return _endpoint_save(
        endpoint, {"name": name, "url": url, "secret": secret, "events": events, **fields}, actor, "create"
    )


@transaction.atomic
def webhook_endpoint_update(*, endpoint: WebhookEndpoint, actor: Any, **fields: Any) -> WebhookEndpoint:
    return _endpoint_save(endpoint, fields, actor, "update")


@transaction.atomic
def webhook_endpoint_delete(*, endpoint: WebhookEndpoint, actor: Any) -> None:
    from compliance.models import AuditAction
    from compliance.services import audit_record

    audit_record(
        actor=actor,
        action=AuditAction.WEBHOOK,
        target_type="webhook_endpoint",
        target_id=endpoint.pk,
        details={"change": "delete", "url": endpoint.url},
    )
    endpoint.delete()


def webhook_emit(*, event: str, payload: dict[str, Any]) -> list[WebhookDelivery]:
    """Send ``event`` to every active endpoint subscribed to it."""
    from integrations.selectors import webhook_endpoints_for

    return [
        webhook_send(
            url=endpoint.url,
            secret=endpoint.secret,
            payload=payload,
            event=event,
            style=endpoint.style,
            endpoint=endpoint,
        )
        for endpoint in webhook_endpoints_for(event)
    ]


def webhook_deliver(*, delivery_id: int, sleep=time.sleep) -> WebhookDelivery:
    """Post one pending delivery, retrying 429/5xx/network errors with backoff; records every outcome."""
    claimed = WebhookDelivery.objects.filter(pk=delivery_id, status=DeliveryStatus.PENDING).update(
        updated_at=timezone.now()
    )
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    if not claimed:
        return delivery
    secret = delivery.endpoint.secret if delivery.endpoint else delivery.secret
    body = json.dumps(
        webhook_body(event=delivery.event, payload=delivery.payload, style=delivery.style, delivery_id=delivery.pk),
        cls=DjangoJSONEncoder,
    ).encode()

    def sign_and_count(attempt: int) -> None:
        delivery.attempts += 1
        timestamp = int(time.time())
        headers[TIMESTAMP_HEADER] = str(timestamp)
        headers[SIGNATURE_HEADER] = webhook_sign(secret=secret, timestamp=timestamp, body=body)

    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Insight-Webhooks/1.0",
        "X-Insight-Event": delivery.event,
        "X-Insight-Delivery": str(delivery.pk),
    }
    response: httpx.Response | None = None
    if message := webhook_url_error(delivery.url):  # checked again: DNS may have changed since it was saved
        delivery.status, delivery.last_error = DeliveryStatus.FAILED, message
    else:
        try:
            with guarded_client(
                allow_private=settings.ALLOW_PRIVATE_URLS, timeout=settings.WEBHOOK_TIMEOUT, follow_redirects=False
            ) as client:
                response = request_with_retries(
                    client,
                    "POST",
                    delivery.url,
                    policy=RetryPolicy.for_webhooks(),
                    sleep=sleep,
                    on_attempt=sign_and_count,
                    content=body,
                    headers=headers,
                )
        except RetriesExhausted as exc:
            response = exc.response
            delivery.status, delivery.last_error = DeliveryStatus.FAILED, str(exc)
        except UnsafeURLError as exc:  # DNS answered differently when the connection was made
            delivery.status, delivery.last_error = DeliveryStatus.FAILED, f"Refused: {exc.public}"
        else:
            if response.is_success:
                delivery.status, delivery.delivered_at, delivery.last_error = (
                    DeliveryStatus.DELIVERED,
                    timezone.now(),
                    "",
                )
            else:
                delivery.status = DeliveryStatus.FAILED
                delivery.last_error = f"The receiver answered {response.status_code}; not retried."
    if response is not None:
        delivery.response_status, delivery.response_body = response.status_code, response.text[:2000]
    delivery.save()
    return delivery
