"""Company pages: the list by score and one company with everything its leads say, in one place."""

import re

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accounts.models import Role
from accounts.roles import has_role
from companies import selectors
from companies.models import CompanyLink, CompanyStatus
from companies.scoring import CALLABLE_TYPES, phone_type
from leads.models import LeadKind

PAGE_SIZE = 50
_NOT_A_CITY_WORD = re.compile(r"\d|^[A-Z]{2}$")


def city_shown(location: str) -> str:
    """The town in an address for the list when matching kept none: the last comma part's words without postcodes
    or region codes ("Main St 12, M5H123 Toronto" → "Toronto", "45 Queen St, Ottawa ON K1P 1J9" → "Ottawa")."""
    parts = [p.strip() for p in (location or "").split(",") if p.strip()]
    for part in reversed(parts):
        words = [w for w in part.split() if not _NOT_A_CITY_WORD.search(w)]
        if words and len(words) <= 3:
            return " ".join(words)
    return ""


def _with_cities(companies: list) -> None:
    """``company.city_shown``: its own city, else one read from the address of one of its business listings."""
    missing = [c.pk for c in companies if not c.city]
    found: dict[int, str] = {}
    links = CompanyLink.objects.filter(company_id__in=missing, undone=False, lead__kind=LeadKind.BUSINESS)
    for company_id, location in links.exclude(lead__location="").values_list("company_id", "lead__location"):
        found.setdefault(company_id, city_shown(location))
    for company in companies:
        company.city_shown = company.city.title() if company.city else found.get(company.pk, "")


def _require_role(request: HttpRequest) -> None:
    if not has_role(request.user, *Role.values):
        raise PermissionDenied


@login_required
def company_list_view(request: HttpRequest) -> HttpResponse:
    _require_role(request)
    q = request.GET.get("q", "").strip()[:200]
    page = Paginator(selectors.company_list(q=q).order_by("-score", "-id"), PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)  # the cities are set on these instances
    _with_cities(page.object_list)
    any_city = any(company.city_shown for company in page.object_list)
    return render(request, "companies/list.html", {"page": page, "q": q, "any_city": any_city})


@login_required
def company_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    _require_role(request)
    company = get_object_or_404(selectors.company_detail_queryset(), pk=pk)
    if company.status == CompanyStatus.MERGED and company.merged_into_id:
        return redirect("companies:detail", pk=company.merged_into_id)
    links = selectors.company_page_links(company=company)
    for link in links:
        for phone in link.lead.phones:
            phone.line_type = phone_type(phone)
        link.callable_phones = [p for p in link.lead.phones if p.line_type in CALLABLE_TYPES]
    explanation = company.score_explanation or {}
    context = {
        "company": company,
        "conversations": [link for link in links if link.lead.kind == LeadKind.CONVERSATION],
        "listings": [link for link in links if link.lead.kind == LeadKind.BUSINESS],
        "contributions": explanation.get("contributions", []),
        "explanation": explanation,
        "events": selectors.company_events(company=company, limit=30),
    }
    return render(request, "companies/detail.html", context)
