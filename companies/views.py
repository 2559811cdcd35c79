"""Company pages: the list by score and one company with everything its leads say, in one place."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accounts.models import Role
from accounts.roles import has_role
from companies import selectors
from companies.models import CompanyStatus
from companies.scoring import CALLABLE_TYPES, phone_type
from leads.models import LeadKind

PAGE_SIZE = 50


def _require_role(request: HttpRequest) -> None:
    if not has_role(request.user, *Role.values):
        raise PermissionDenied


@login_required
def company_list_view(request: HttpRequest) -> HttpResponse:
    _require_role(request)
    q = request.GET.get("q", "").strip()[:200]
    page = Paginator(selectors.company_list(q=q).order_by("-score", "-id"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "companies/list.html", {"page": page, "q": q})


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
