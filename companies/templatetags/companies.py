"""``{% lead_company lead %}``: the company a lead belongs to, for the dashboard's lead page."""

from django import template

from companies.models import CompanyLink

register = template.Library()


@register.inclusion_tag("companies/_lead_company.html")
def lead_company(lead) -> dict:
    link = CompanyLink.objects.filter(lead=lead, undone=False).select_related("company").first()
    return {"link": link}


@register.filter
def evidence_words(part) -> str:
    """A score part's evidence as sentences."""
    from companies.evidence import evidence_sentence

    return evidence_sentence(part)


@register.filter
def details_words(details) -> str:
    """A history entry's details as words."""
    from companies.evidence import details_words as words

    return words(details)
