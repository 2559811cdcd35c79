"""Leads at chosen instants (discovered_at is auto_now_add, so it is set after creation)."""

import datetime

from leads.models import Lead
from leads.tests.factories import ContactPointFactory, LeadFactory


def lead_at(when: datetime.datetime, *, phone: bool = False, **fields) -> Lead:
    lead = LeadFactory(**fields)
    Lead.objects.filter(pk=lead.pk).update(discovered_at=when)
    if phone:
        ContactPointFactory(lead=lead)
    lead.refresh_from_db()
    return lead
