"""Scraped content is untrusted: hostile names, posts, contact values and JSON-LD fields render as text on every
page that shows them (dashboard, company and live pages, Django admin), never as markup."""

import re
from pathlib import Path

import pytest
from django.test import Client

from accounts.models import Role
from accounts.tests.factories import UserFactory
from companies.models import Company
from companies.services import link_create
from leads.models import ContactKind, ContactPoint, ExtractionLayer, LeadKind
from leads.tests.factories import LeadFactory
from scraping.tests.factories import ScrapeTaskFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert('name')</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert('svg')>",
    "javascript:alert('href')",
]
RAW_MARKUP = ["<script>alert(", "<img src=x", "<svg/onload", 'href="javascript:']


@pytest.fixture
def hostile(db):
    task = ScrapeTaskFactory()
    lead = LeadFactory(
        kind=LeadKind.CONVERSATION,
        name=PAYLOADS[0],
        text=f"Need a CRM {PAYLOADS[1]}",
        author=PAYLOADS[2],
        author_handle=PAYLOADS[1],
        location=PAYLOADS[2],
        category=PAYLOADS[0],
        url="https://forum.example.com/t/1",
        raw={"json_ld": {"name": PAYLOADS[0], "url": PAYLOADS[3]}},
        scrape_task=task,
        owner=task.owner,
    )
    ContactPoint.objects.create(
        lead=lead,
        kind=ContactKind.SOCIAL,
        value=PAYLOADS[3],
        normalized_value=PAYLOADS[3],
        layer=ExtractionLayer.JSON_LD,
        confidence=0.5,
        page_url="https://forum.example.com/t/1",
    )
    company = Company.objects.create(name=PAYLOADS[1])
    link_create(lead=lead, company=company, actor=UserFactory(role=Role.MANAGER))
    return {"lead": lead, "company": company, "task": task}


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _assert_inert(html: str, page: str) -> None:
    for markup in RAW_MARKUP:
        assert markup not in html, f"{page} renders {markup!r} as markup"
    # ...and the hostile text is really on the page, shown as text.
    assert "&lt;script&gt;alert(" in html or "&lt;img src=x" in html, f"{page} does not show the scraped text"


def test_dashboard_company_and_live_pages_escape_scraped_content(hostile):
    manager = _client(UserFactory(role=Role.MANAGER))
    owner = _client(hostile["task"].owner)
    lead, company, task = hostile["lead"], hostile["company"], hostile["task"]
    pages = {
        "/leads/": manager,
        f"/leads/{lead.pk}/": manager,
        "/companies/": manager,
        f"/companies/{company.pk}": manager,
        f"/tasks/{task.pk}/": owner,
    }
    for url, client in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        _assert_inert(html, url)
    assert "&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;" in manager.get(f"/leads/{lead.pk}/").content.decode()


def test_the_admin_escapes_scraped_content(hostile):
    admin = _client(UserFactory(role=Role.ADMIN, is_staff=True, is_superuser=True))
    lead, company = hostile["lead"], hostile["company"]
    for url in (
        "/admin/leads/lead/",
        f"/admin/leads/lead/{lead.pk}/change/",
        "/admin/leads/contactpoint/",
        "/admin/companies/company/",
        f"/admin/companies/company/{company.pk}/change/",
    ):
        response = admin.get(url)
        assert response.status_code == 200, url
        _assert_inert(response.content.decode(), url)


def test_scripts_write_live_data_as_text_never_as_html():
    """Websocket messages (results, logs, phone details) reach the page through these scripts only."""
    scripts = sorted((Path(__file__).resolve().parents[2] / "static" / "js").glob("*.js"))
    assert scripts
    sink = re.compile(r"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write")
    for script in scripts:
        assert not sink.search(script.read_text()), f"{script.name} writes HTML from data"
