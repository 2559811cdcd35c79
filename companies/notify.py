"""In-app notifications and their emails: immediate alerts, trigger notices, and the digest of lower scores."""

import logging
import smtplib
from datetime import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from companies.models import Company, Notification, NotificationKind
from leads.models import Lead

log = logging.getLogger(__name__)


def lead_path(lead: Lead) -> str:
    return f"/leads/{lead.pk}/"


def company_path(company: Company) -> str:
    return f"/companies/{company.pk}"


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def notification_send(
    *,
    user: User,
    kind: str,
    title: str,
    body: str = "",
    url: str = "",
    lead: Lead | None = None,
    company: Company | None = None,
    score: int | None = None,
    poll_started_at: datetime | None = None,
    email: bool = True,
) -> Notification | None:
    """Store the notification and email it at once; None when this user already has this alert for this lead."""
    if kind in (NotificationKind.ALERT, NotificationKind.DIGEST) and lead is not None:
        if Notification.objects.filter(user=user, lead=lead, kind__in=[NotificationKind.ALERT, kind]).exists():
            return None
    notification = Notification.objects.create(
        user=user,
        kind=kind,
        title=title[:300],
        body=body,
        url=url[:500],
        lead=lead,
        company=company,
        score=score,
        poll_started_at=poll_started_at,
    )
    if email and user.email:
        text = f"{body}\n\n{_absolute(url)}" if url else body
        try:
            send_mail(title[:300], text, None, [user.email])
        except (smtplib.SMTPException, OSError):
            # A mail outage must not cost the in-app alert (nor the other leads of the poll): it stays, un-emailed.
            log.exception("Emailing notification %s to user %s failed", notification.pk, user.pk)
            return notification
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
    return notification


def digests_send(*, now: datetime | None = None) -> int:
    """One email per person listing their waiting digest items; returns how many emails went out.

    Each person is handled on their own (their items locked, emailed, marked): a mail failure leaves that person's
    items waiting for the next run and the others still get theirs, and nobody is emailed twice."""
    now = now or timezone.now()
    waiting = Notification.objects.filter(kind=NotificationKind.DIGEST, emailed_at__isnull=True)
    sent = 0
    for user_id in sorted(set(waiting.values_list("user_id", flat=True))):
        with transaction.atomic():
            items = list(
                waiting.filter(user_id=user_id)
                .select_for_update(skip_locked=True)
                .select_related("user")
                .order_by("-score", "id")
            )
            if not items or not items[0].user.email:  # another run has them; nowhere to send them (in-app only)
                continue
            lines = [f"- [{n.score if n.score is not None else '?'}] {n.title}\n  {_absolute(n.url)}" for n in items]
            subject = f"Insight digest: {len(items)} new lead{'s' if len(items) != 1 else ''} to look at"
            try:
                send_mail(subject, "\n".join(lines), None, [items[0].user.email])
            except (smtplib.SMTPException, OSError):
                log.exception("Emailing the digest to user %s failed; it waits for the next run", user_id)
                continue
            Notification.objects.filter(pk__in=[n.pk for n in items]).update(emailed_at=now)
        sent += 1
    return sent


def notification_mark_read(*, notification: Notification) -> Notification:
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


def notifications_mark_all_read(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(read_at=timezone.now())
