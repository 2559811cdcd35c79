"""Navigation and small formatting helpers for dashboard templates."""

from django import template
from django.urls import Resolver404, resolve
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html

from accounts.roles import has_role

register = template.Library()


@register.simple_tag(takes_context=True)
def nav_link(context, path: str, label: str, *roles: str) -> str:
    """A nav entry marked as the current page; empty when the page is not installed yet or the role may not see it.

    The current page is the request path, or ``nav_path`` when a view says which section it belongs to (the
    scraper page of one task lives under ``/tasks/<id>/`` but is the scraper)."""
    request = context["request"]
    if roles and not has_role(request.user, *roles):
        return ""
    try:
        resolve(path)
    except Resolver404:
        return ""
    if context.get("nav_path", request.path).startswith(path):
        return format_html('<a href="{}" aria-current="page">{}</a>', path, label)
    return format_html('<a href="{}">{}</a>', path, label)


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (None or "" removes one) and the cursor dropped."""
    query = context["request"].GET.copy()
    query.pop("cursor", None)
    for key, value in changes.items():
        query.pop(key, None)
        if value not in (None, ""):
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def percent(value) -> str:
    """0.734 → "73%" (blank for None)."""
    if value is None or value == "":
        return ""
    return f"{float(value) * 100:.0f}%"


@register.filter
def stamp(value):
    """An ISO 8601 time kept in JSON (``2026-12-06T15:32:04.589+00:00``) as a datetime the ``date`` and
    ``timesince`` filters and the page's time zone understand; the value as it is when it is no such time."""
    if not isinstance(value, str) or not value:
        return value
    return parse_datetime(value) or value


@register.filter
def getlist(query, key: str) -> list:
    """Every value of a repeated query parameter (``?status=new&status=won``)."""
    return query.getlist(key) if hasattr(query, "getlist") else []


@register.filter
def split(value: str) -> list[str]:
    return value.split()


@register.filter
def http_url(value: str) -> str:
    """A scraped URL for an href only when it is http(s); anything else (``javascript:``, ``data:``) becomes ''."""
    value = (value or "").strip()
    return value if value.lower().startswith(("http://", "https://")) else ""
