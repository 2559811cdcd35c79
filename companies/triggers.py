"""Score triggers: notice a lead's or company's score rising to a threshold and fire the matching triggers once
(or on every rise, when repeatable) while they are active; every firing is recorded with what its actions did
(``TriggerFiring``, read-only in the admin); webhooks sent also go to the platform audit log."""

from datetime import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from companies.models import Company, LeadState, ScoreTrigger, TriggerFiring, TriggerTarget
from leads.models import Lead


def active_triggers(*, target: str, now: datetime) -> list[ScoreTrigger]:
    qs = ScoreTrigger.objects.filter(target=target, is_active=True)
    qs = qs.filter(Q(active_from__isnull=True) | Q(active_from__lte=now))
    qs = qs.filter(Q(active_until__isnull=True) | Q(active_until__gt=now))
    return list(qs.prefetch_related("actions").order_by("threshold", "id"))


def score_crossed(
    *,
    previous: int,
    current: int,
    lead: Lead | None = None,
    company: Company | None = None,
    now: datetime | None = None,
) -> list[TriggerFiring]:
    """Fire the triggers whose threshold lies in (previous, current]; a once-only trigger fires once per target."""
    if current <= previous:
        return []
    now = now or timezone.now()
    target = TriggerTarget.LEAD if lead is not None else TriggerTarget.COMPANY
    fired = []
    for trigger in active_triggers(target=target, now=now):
        if not previous < trigger.threshold <= current:
            continue
        past = TriggerFiring.objects.filter(trigger=trigger, lead=lead, company=company)
        if not trigger.repeatable and past.exists():
            continue
        firing = TriggerFiring.objects.create(
            trigger=trigger, lead=lead, company=company, previous_score=previous, score=current, fired_at=now
        )
        fired.append(firing)
        transaction.on_commit(lambda pk=firing.pk: firing_execute(firing_id=pk))
    return fired


def lead_score_observe(*, lead: Lead, now: datetime | None = None) -> list[TriggerFiring]:
    """Compare the lead's score with the one the triggers last saw, remember it, fire what it crossed."""
    state, _ = LeadState.objects.select_for_update().get_or_create(lead=lead)
    previous = state.trigger_score or 0
    if state.trigger_score != lead.score:
        state.trigger_score = lead.score
        state.save(update_fields=["trigger_score"])
    return score_crossed(previous=previous, current=lead.score, lead=lead, now=now)


def firing_execute(*, firing_id: int) -> TriggerFiring:
    """Run a firing's actions after its transaction committed; each result (or error) is stored on the firing."""
    from companies.actions import action_run

    firing = TriggerFiring.objects.select_related("trigger", "lead", "company").get(pk=firing_id)
    results = [action_run(action, firing=firing) for action in firing.trigger.actions.all()]
    TriggerFiring.objects.filter(pk=firing.pk).update(results=results)
    firing.results = results
    return firing
