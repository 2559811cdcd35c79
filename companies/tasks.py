"""Django-Q entry points (thin); their schedules are declared in migration 0002 and ``ensure_company_schedules``."""

from companies.alerts import companies_rescore_all, pending_leads_match
from companies.notify import digests_send

SCHEDULES = {
    # name: (func, minutes between runs)
    "companies: match new and changed leads": ("companies.tasks.match_pending_leads", 5),
    "companies: rescore with decay": ("companies.tasks.rescore_companies", 60),
    "companies: send digests": ("companies.tasks.send_digests", 60),
}


def match_pending_leads() -> int:
    return pending_leads_match()


def rescore_companies() -> int:
    return companies_rescore_all()


def send_digests() -> int:
    return digests_send()
