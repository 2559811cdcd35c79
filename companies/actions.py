"""What a score trigger can do. Each action returns a small result dict stored on the firing (never raises)."""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

from accounts.models import User
from companies.models import (
    ActionKind,
    LeadTag,
    NotificationKind,
    Team,
    TriggerAction,
    TriggerFiring,
)
from companies.notify import company_path, lead_path, notification_send
from companies.services import company_assign, company_tag, lead_owner
from compliance.models import AuditAction
from compliance.services import audit_record
from insight.api_errors import ApplicationError
from integrations.models import PayloadStyle
from integrations.services import crm_sync_enqueue
from integrations.webhooks import webhook_send

log = logging.getLogger(__name__)
CRM_PUSH_MAX_LEADS = 20
WEBHOOK_EVENT = "score_trigger.fired"


def _target(firing: TriggerFiring) -> tuple[str, str, str]:
    if firing.lead_id:
        return "lead", firing.lead.name, lead_path(firing.lead)
    return "company", firing.company.name, company_path(firing.company)


def _owner(firing: TriggerFiring) -> User | None:
    return lead_owner(firing.lead) if firing.lead_id else firing.company.owner


def webhook_payload(firing: TriggerFiring, *, slack: bool) -> dict:
    kind, name, path = _target(firing)
    url = f"{settings.SITE_URL.rstrip('/')}{path}"
    if slack:
        text = f"{kind.title()} *{name}* reached {firing.score} (trigger “{firing.trigger.name}”): {url}"
        return {"text": text}
    return {
        "event": "score_trigger.fired",
        "trigger": {"id": firing.trigger_id, "name": firing.trigger.name, "threshold": firing.trigger.threshold},
        "target": {"type": kind, "id": firing.lead_id or firing.company_id, "name": name, "url": url},
        "previous_score": firing.previous_score,
        "score": firing.score,
        "fired_at": firing.fired_at.isoformat(),
    }


def _webhook(action: TriggerAction, firing: TriggerFiring) -> dict:
    """Queue a signed delivery (integrations.webhooks: HMAC-SHA256, retried by a worker, recorded)."""
    style = PayloadStyle.SLACK if action.slack_format else PayloadStyle.GENERIC
    try:
        delivery = webhook_send(
            url=action.url,
            secret=action.secret,
            payload=webhook_payload(firing, slack=action.slack_format),
            event=WEBHOOK_EVENT,
            style=style,
        )
    except ApplicationError as exc:
        return {"ok": False, "detail": exc.message}
    kind, _, _ = _target(firing)
    audit_record(
        actor=None,
        action=AuditAction.WEBHOOK,
        target_type=kind,
        target_id=firing.lead_id or firing.company_id,
        details={"trigger": firing.trigger.name, "host": urlsplit(action.url).hostname, "delivery": delivery.pk},
    )
    return {"ok": True, "detail": f"delivery {delivery.pk} queued", "delivery_id": delivery.pk}


def _notify(firing: TriggerFiring) -> dict:
    owner = _owner(firing)
    if owner is None or not owner.is_active:
        return {"ok": False, "detail": "nobody owns it"}
    kind, name, path = _target(firing)
    notification_send(
        user=owner,
        kind=NotificationKind.TRIGGER,
        title=f"{kind.title()} {name} reached score {firing.score}",
        body=f"Trigger “{firing.trigger.name}” fired: the score rose from {firing.previous_score} to {firing.score}.",
        url=path,
        lead=firing.lead,
        company=firing.company,
        score=firing.score,
    )
    return {"ok": True, "detail": f"notified {owner.email}"}


@transaction.atomic
def _round_robin(team: Team) -> User | None:
    team = Team.objects.select_for_update().get(pk=team.pk)
    members = list(team.members.filter(is_active=True).order_by("pk"))
    if not members:
        return None
    after = [m for m in members if team.last_assigned_id is not None and m.pk > team.last_assigned_id]
    chosen = (after or members)[0]
    team.last_assigned = chosen
    team.save(update_fields=["last_assigned", "updated_at"])
    return chosen


def _assign(firing: TriggerFiring, user: User | None) -> dict:
    if user is None:
        return {"ok": False, "detail": "the team has no active member"}
    if firing.lead_id:
        lead = firing.lead
        if lead.owner_id:
            return {"ok": True, "detail": f"kept the owner {lead.owner.email}"}
        lead.owner = user  # a system assignment: nobody's choice is overridden, so the role rules don't apply
        lead.save(update_fields=["owner", "updated_at"])
    else:
        if firing.company.owner_id:
            return {"ok": True, "detail": f"kept the owner {firing.company.owner.email}"}
        company_assign(company=firing.company, owner=user)
    return {"ok": True, "detail": f"assigned to {user.email}"}


def _tag(firing: TriggerFiring, tag: str) -> dict:
    if firing.lead_id:
        LeadTag.objects.get_or_create(lead=firing.lead, name=tag)
    else:
        company_tag(company=firing.company, tag=tag)
    return {"ok": True, "detail": f"tagged {tag}"}


def _crm_push(firing: TriggerFiring, provider: str) -> dict:
    if firing.lead_id:
        lead_ids = [firing.lead_id]
    else:
        lead_ids = list(
            firing.company.links.filter(undone=False).values_list("lead_id", flat=True)[:CRM_PUSH_MAX_LEADS]
        )
    if not lead_ids:
        return {"ok": False, "detail": "the company has no linked leads"}
    try:
        crm_sync_enqueue(lead_ids=lead_ids, provider=provider)
    except ApplicationError as exc:
        return {"ok": False, "detail": exc.message}
    return {"ok": True, "detail": f"{len(lead_ids)} lead(s) queued for {provider}"}


def action_run(action: TriggerAction, *, firing: TriggerFiring) -> dict:
    """Run one action; the outcome (never an exception) goes into the firing's audit record."""
    try:
        if action.kind == ActionKind.NOTIFY_OWNER:
            result = _notify(firing)
        elif action.kind == ActionKind.WEBHOOK:
            result = _webhook(action, firing)
        elif action.kind == ActionKind.ASSIGN_USER:
            result = _assign(firing, action.user if action.user and action.user.is_active else None)
        elif action.kind == ActionKind.ASSIGN_TEAM:
            result = _assign(firing, _round_robin(action.team))
        elif action.kind == ActionKind.TAG:
            result = _tag(firing, action.tag)
        elif action.kind == ActionKind.CRM_PUSH:
            result = _crm_push(firing, action.provider)
        else:
            result = {"ok": False, "detail": f"unknown action {action.kind}"}
    except Exception as exc:  # noqa: BLE001 - one failing action must not stop the others, and it is recorded
        log.exception("Trigger %s action %s failed", firing.trigger_id, action.kind)
        result = {"ok": False, "detail": f"{type(exc).__name__}: {exc}"}
    return {"action": action.kind, "action_id": action.pk, **result}
