"""What a lead looks like to a CRM: its values by ``LeadField`` and the admin-edited property mapping."""

from integrations.models import CrmFieldMapping, LeadField
from leads.models import ContactKind, Lead, LeadKind

# Salesforce requires both on a Lead; this is its own convention for an unknown company.
UNKNOWN_COMPANY = "[not provided]"


def _best(lead: Lead, kind: str) -> str:
    points = sorted(
        (point for point in lead.contact_points.all() if point.kind == kind), key=lambda p: (-p.confidence, p.pk)
    )
    return points[0].normalized_value if points else ""


def lead_values(lead: Lead) -> dict[str, str]:
    """Every ``LeadField`` of ``lead`` as text (CRMs take strings); empty when unknown.

    Business listings are companies: the name is the company and the contact has no personal name.
    Conversations are people: the author is the contact.
    """
    person = lead.author or lead.author_handle
    first, _, last = person.partition(" ") if lead.kind == LeadKind.CONVERSATION else ("", "", "")
    company = lead.name if lead.kind == LeadKind.BUSINESS else lead.domain
    website = _best(lead, ContactKind.WEBSITE) or (f"https://{lead.domain}" if lead.domain else "")
    return {
        LeadField.NAME: lead.name,
        LeadField.COMPANY: company or UNKNOWN_COMPANY,
        LeadField.FIRST_NAME: first if last else "",
        LeadField.LAST_NAME: (last or first) or company or lead.name,
        LeadField.EMAIL: _best(lead, ContactKind.EMAIL),
        LeadField.PHONE: _best(lead, ContactKind.PHONE),
        LeadField.WEBSITE: website,
        LeadField.DOMAIN: lead.domain,
        LeadField.LOCATION: lead.location,
        LeadField.CATEGORY: lead.category,
        LeadField.PLATFORM: lead.platform,
        LeadField.URL: lead.url,
        LeadField.SCORE: str(lead.score),
        LeadField.STATUS: lead.status,
        LeadField.LEAD_ID: str(lead.pk),
    }


def crm_properties(*, values: dict[str, str], provider: str, crm_object: str) -> dict[str, str]:
    """The CRM properties to write, from the active mappings; empty values are left out (never blank a CRM field)."""
    mappings = CrmFieldMapping.objects.filter(provider=provider, crm_object=crm_object, is_active=True)
    properties = {m.remote_field: values.get(m.lead_field, "") for m in mappings}
    return {name: value for name, value in properties.items() if value}
