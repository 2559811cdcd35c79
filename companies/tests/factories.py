"""Fictional businesses and posts for company tests (example.com subdomains, +1 416 555 01xx phones)."""

import factory

from companies.models import ActionKind, Company, ScoreTrigger, Team, TriggerAction, TriggerTarget
from leads.models import ContactKind, ContactPoint, ExtractionLayer, Lead, LeadKind
from leads.tests.factories import LeadFactory


def listing(name="Maple Leaf Plumbing", location="12 King St W, Toronto, ON M5H 1A1", **fields) -> Lead:
    """A business listing lead with optional ``website``, ``phones`` {e164: type} and ``emails``."""
    website = fields.pop("website", "")
    phones = fields.pop("phones", {})
    emails = fields.pop("emails", ())
    lead = LeadFactory(name=name, location=location, domain=website, **fields)
    for e164, number_type in phones.items():
        point(lead, ContactKind.PHONE, e164, details={"type": number_type})
    for email in emails:
        point(lead, ContactKind.EMAIL, email)
    return lead


def post(text, *, name="Looking for a CRM", author_handle="", platform="reddit", **fields) -> Lead:
    return LeadFactory(
        kind=LeadKind.CONVERSATION,
        name=name,
        text=text,
        platform=platform,
        author=fields.pop("author", "fictional_poster"),
        author_handle=author_handle,
        location="",
        category="",
        **fields,
    )


def point(lead: Lead, kind: str, value: str, details: dict | None = None) -> ContactPoint:
    return ContactPoint.objects.create(
        lead=lead,
        kind=kind,
        value=value,
        normalized_value=value.lower(),
        layer=ExtractionLayer.SOURCE,
        confidence=0.9,
        details=details or {},
    )


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company

    name = factory.Sequence(lambda n: f"Fictional Co {n}")
    name_key = factory.LazyAttribute(lambda o: o.name.lower())


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    name = factory.Sequence(lambda n: f"Team {n}")


def trigger(threshold=70, target=TriggerTarget.COMPANY, actions=(), **fields) -> ScoreTrigger:
    made = ScoreTrigger.objects.create(
        name=fields.pop("name", f"{target} ≥ {threshold} #{ScoreTrigger.objects.count()}"),
        target=target,
        threshold=threshold,
        **fields,
    )
    for action in actions or [{"kind": ActionKind.NOTIFY_OWNER}]:
        TriggerAction.objects.create(trigger=made, **action)
    return made
