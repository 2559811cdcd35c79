"""After a monitor poll: link the new conversation leads to companies, rescore, fire triggers, alert the owners.

A lead at or above ``ALERT_SCORE`` reaches its owner's notifications (and inbox) during the poll that found it;
leads from ``ALERT_DIGEST_SCORE`` up wait for the next digest email. The scheduled jobs here catch every other
lead (listings from scrape tasks, edited leads) and let decay lower company scores over time.
"""

from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from companies.models import Company, CompanyStatus, NotificationKind
from companies.notify import lead_path, notification_send
from companies.services import company_rescore, lead_company_match, lead_owner
from companies.triggers import lead_score_observe
from leads.models import Lead

MATCH_BATCH = 500


def _alert(lead: Lead, poll_started_at: datetime | None) -> None:
    owner = lead_owner(lead)
    urgent = lead.score >= settings.ALERT_SCORE  # even when ALERT_DIGEST_SCORE is set higher than ALERT_SCORE
    if owner is None or not owner.is_active or (not urgent and lead.score < settings.ALERT_DIGEST_SCORE):
        return
    where = f" on {lead.platform}" if lead.platform else ""
    notification_send(
        user=owner,
        kind=NotificationKind.ALERT if urgent else NotificationKind.DIGEST,
        title=f"{'High intent' if urgent else 'New lead'}{where}: {lead.name[:200]}",
        body=f"Score {lead.score} ({lead.intent_level or 'unscored'} intent).\n\n{lead.text[:500]}",
        url=lead_path(lead),
        lead=lead,
        score=lead.score,
        poll_started_at=poll_started_at,
        email=urgent,
    )


def leads_process(*, lead_ids: list[int], poll_started_at: datetime | None = None, alert: bool = False) -> set[int]:
    """Match, observe lead triggers and (``alert``) notify, then rescore the touched companies; returns their ids."""
    touched: set[int] = set()
    for lead_id in lead_ids:
        with transaction.atomic():
            link = lead_company_match(lead_id=lead_id)
            lead = Lead.objects.select_related("owner", "monitor__owner", "scrape_task__owner").get(pk=lead_id)
            lead_score_observe(lead=lead)
        if alert:  # once the lead's changes are committed: an email cannot be taken back by a rollback
            _alert(lead, poll_started_at)
        if link is not None:
            touched.add(link.company_id)
    for company_id in sorted(touched):
        company_rescore(company_id=company_id)
    return touched


def poll_leads_process(*, lead_ids: list[int], poll_started_at: datetime) -> set[int]:
    """The one call monitor ingestion makes after a poll kept new conversation leads."""
    return leads_process(lead_ids=lead_ids, poll_started_at=poll_started_at, alert=True)


def pending_leads_match(*, limit: int = MATCH_BATCH) -> int:
    """Leads this app has not looked at since they last changed (new listings, edits); returns how many."""
    ids = list(
        Lead.objects.filter(Q(companies_state__isnull=True) | Q(companies_state__matched_at__lt=F("updated_at")))
        .order_by("-updated_at")
        .values_list("pk", flat=True)[:limit]
    )
    leads_process(lead_ids=ids)
    return len(ids)


def companies_rescore_all(*, now: datetime | None = None) -> int:
    """Decay: rescore every active company at ``now``, so old signals sink; triggers see rises only."""
    now = now or timezone.now()
    ids = list(Company.objects.filter(status=CompanyStatus.ACTIVE).values_list("pk", flat=True))
    for company_id in ids:
        company_rescore(company_id=company_id, now=now)
    return len(ids)
