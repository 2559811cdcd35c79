"""Issue #24 leftovers in a real Chromium at 1400×900: the lead page's CRM sync table fits its card and its score
evidence reads as words, the admin's nav stays on one line, Stop and Erase ask first without scripts. Screenshots go
to SHOTS (default /tmp/shots24c)."""

import os
from pathlib import Path

import pytest
from django.utils import timezone
from selenium.webdriver.common.by import By

from accounts.models import Role
from accounts.tests.factories import UserFactory
from dashboard.tests.browser.conftest import log_in, new_page, wait_for
from integrations.models import CrmSyncRecord
from leads.models import Lead
from leads.tests.factories import ContactPointFactory, LeadFactory
from scraping.models import ScrapeTask, TaskStatus
from scraping.tests.factories import ScrapeTaskFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = Path(os.environ.get("SHOTS", "/tmp/shots24c"))
EXPLANATION = {
    "contributions": [
        {
            "source": "listing",
            "name": "Callable phone",
            "weight": 30,
            "evidence": {"phones": [{"phone": "+14165550142", "type": "landline"}]},
        },
        {
            "source": "listing",
            "name": "Listing completeness",
            "weight": 18,
            "evidence": {"has": "name, phone, website", "missing": "address, email"},
        },
        {"source": "rule", "name": "Asks for a recommendation", "weight": 10, "evidence": {"match": "recommend"}},
    ]
}


def _viewport(driver) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 900, "deviceScaleFactor": 1, "mobile": False}
    )


def _shot(driver, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def _rect(driver, selector: str) -> dict:
    return driver.execute_script(
        "return document.querySelector(arguments[0]).getBoundingClientRect().toJSON()", selector
    )


def test_issue24c_screens(web, browser):
    admin = UserFactory(role=Role.ADMIN, email="rosalind.mcallister-fitzgerald@sales.example.com")
    lead = LeadFactory(kind="business", name="Rosa's Bakery", score=58, score_explanation=EXPLANATION)
    ContactPointFactory(lead=lead, normalized_value="+14165550142")
    now = timezone.now()
    CrmSyncRecord.objects.create(
        lead=lead,
        provider="hubspot",
        status="synced",
        last_synced_at=now,
        attempts=1,
        remote_id="hs-contact-00000000000000000000000000000000000000000000000000000000000000000000000000001",
    )
    CrmSyncRecord.objects.create(
        lead=lead,
        provider="salesforce",
        status="failed",
        attempts=3,
        last_error="INVALID_FIELD_FOR_INSERT_UPDATE:Unable_to_create/update_fields:Custom_Lead_Source__c." * 3,
    )
    task = ScrapeTaskFactory(owner=admin, status=TaskStatus.RUNNING, started_at=now)

    log_in(browser, web, admin)
    _viewport(browser)

    browser.get(f"{web}/leads/{lead.pk}/")
    _shot(browser, "lead-top")
    badge = browser.find_element(By.CSS_SELECTOR, "header.site .user-badge")
    assert badge.get_attribute("title") == "rosalind.mcallister-fitzgerald@sales.example.com (Admin)"
    # The nav, the email and Log out share one line: every piece of the header sits on the brand's row.
    brand = _rect(browser, "header.site .brand")
    for piece in ("nav.primary a:last-child", "header.site .user-badge", "header.site .logout"):
        rect = _rect(browser, piece)
        assert rect["top"] < brand["bottom"] and rect["bottom"] > brand["top"], (piece, rect, brand)
    # The CRM sync table fits its card: nothing scrolls sideways.
    card = _rect(browser, "#crm-sync")
    table = _rect(browser, "#crm-sync table")
    assert table["right"] <= card["right"] + 0.5, (table, card)
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 1400
    evidence = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "td[data-role=evidence]")]
    assert "callable phone +1 416-555-0142 (landline)" in evidence
    assert "has name, phone and website; no address or email" in evidence and "matched “recommend”" in evidence
    browser.execute_script("document.getElementById('score-h').scrollIntoView()")
    _shot(browser, "lead-score-words")
    browser.execute_script("document.getElementById('crm-sync').scrollIntoView()")
    _shot(browser, "lead-crm-sync")

    # Stop from the task list (no confirm() there): the first post only asks.
    browser.get(f"{web}/tasks/")
    with new_page(browser):
        browser.find_element(By.CSS_SELECTOR, f"form[action='/tasks/{task.pk}/stop/'] button").click()
    assert f"Stop task #{task.pk}?" in browser.find_element(By.ID, "confirm-h").text
    assert ScrapeTask.objects.get(pk=task.pk).status == TaskStatus.RUNNING
    _shot(browser, "stop-confirm")
    with new_page(browser):
        browser.find_element(By.CSS_SELECTOR, ".confirm-actions button").click()
    wait_for(browser, lambda d: ScrapeTask.objects.get(pk=task.pk).status == TaskStatus.CANCELLED)

    browser.get(f"{web}/data-protection/")
    browser.find_element(By.ID, "e-email").send_keys("rosa@example.com")
    browser.find_element(By.ID, "e-ref").send_keys("Ticket 77")
    with new_page(browser):
        browser.find_element(By.CSS_SELECTOR, "#erasure form button.danger").click()
    question = browser.find_element(By.ID, "confirm-h").text
    assert question == "Erase everything we hold about rosa@example.com?"
    assert "This cannot be undone" in browser.find_element(By.ID, "confirm-note").text
    _shot(browser, "erase-confirm")
    with new_page(browser):
        browser.find_element(By.LINK_TEXT, "Back").click()
    assert browser.current_url.endswith("/data-protection/#erasure")
    assert Lead.objects.filter(pk=lead.pk).exists()
