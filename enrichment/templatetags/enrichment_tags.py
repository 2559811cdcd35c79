"""Template helpers for the lead enrichment partial (``templates/enrichment/_lead_enrichment.html``)."""

from urllib.parse import urlsplit

from django import template

from enrichment.selectors import lead_enrichment_view

register = template.Library()


@register.simple_tag
def lead_enrichment(lead) -> dict:
    """The lead's enrichment as the page shows it (callable now and insights computed at render time)."""
    return lead_enrichment_view(lead=lead)


@register.filter
def http_url(value: str) -> str:
    """``value`` when it is an http(s) URL, else "" (scraped links must never become ``javascript:`` hrefs)."""
    try:
        return value if isinstance(value, str) and urlsplit(value).scheme in ("http", "https") else ""
    except ValueError:
        return ""
