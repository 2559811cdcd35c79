"""Issue #24 part B screens in a real Chromium at 1400×900: a lead seen through two sources, analytics without
plotly toolbars and with a reversed range said, /integrations/, the outbox. Screenshots go to SHOTS
(default /tmp/shots24b)."""

import datetime
import os
from pathlib import Path

import pytest
from django.utils import timezone
from selenium.webdriver.common.by import By

from accounts.models import Role
from accounts.services import verification_email_send
from accounts.tests.factories import UserFactory
from analytics.tests.helpers import lead_at
from compliance.lifecycle import erasure_perform
from compliance.services import suppression_add
from dashboard.outbox import OUTBOX_BACKEND
from dashboard.tests.browser.conftest import log_in, wait_for
from integrations.models import CrmSyncRecord, WebhookDelivery, WebhookEndpoint
from leads.services import lead_upsert

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = Path(os.environ.get("SHOTS", "/tmp/shots24b"))
TEXT = "Looking for a CRM that a five-person bakery can set up in an afternoon. Any recommendations?"


def _viewport(driver) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 900, "deviceScaleFactor": 1, "mobile": False}
    )


def _shot(driver, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def test_issue24b_screens(web, browser, settings):
    admin = UserFactory(role=Role.ADMIN, email="admin-24b@example.com")
    lead, _ = lead_upsert(
        kind="conversation",
        name="CRM for a bakery?",
        text=TEXT,
        author_handle="u/rosa_bakes",
        platform="reddit",
        platform_id="t3_abc",
        url="https://reddit.example.com/r/smallbusiness/comments/abc/",
    )
    lead_upsert(
        kind="conversation",
        name="CRM for a bakery?",
        text=TEXT,
        author_handle="rosa_bakes",
        platform="reddit_rss",
        platform_id="rss-abc",
        url="https://feeds.example.com/smallbusiness/abc",
    )
    lead_upsert(
        kind="conversation",
        name="CRM for a bakery?",
        text=TEXT,
        author_handle="u/rosa_bakes",
        platform="search",
        url="https://reddit.example.com/r/smallbusiness/comments/abc?utm_source=share",
    )
    now = timezone.now()
    for n in range(40):
        lead_at(
            now - datetime.timedelta(days=n % 20),
            phone=n % 3 == 0,
            score=30 + n,
            intent_level=["high", "low"][n % 2],
            platform=["reddit", "google_maps", "hackernews"][n % 3],
            category=["Bakery", "Café", ""][n % 3],
        )
    hook = WebhookEndpoint.objects.create(
        name="Ops channel", url="https://hooks.example.com/in", secret="s3cret-example", events=["lead.qualified"]
    )
    WebhookDelivery.objects.create(
        endpoint=hook,
        url=hook.url,
        event="lead.qualified",
        status="delivered",
        attempts=1,
        response_status=200,
        delivered_at=now,
    )
    WebhookDelivery.objects.create(
        endpoint=hook,
        url=hook.url,
        event="lead.qualified",
        status="failed",
        attempts=3,
        response_status=500,
        last_error="Server error from hooks.example.com",
    )
    CrmSyncRecord.objects.create(lead=lead, provider="hubspot", status="synced", last_synced_at=now)
    settings.EMAIL_BACKEND = OUTBOX_BACKEND  # as the demo's web process sends it (same DATA_DIR)
    verification_email_send(user=UserFactory(email="new-user@example.com", email_verified_at=None))

    log_in(browser, web, admin)
    _viewport(browser)

    browser.get(f"{web}/leads/{lead.pk}/")
    sources = browser.find_elements(By.CSS_SELECTOR, "#lead-sources li")
    assert len(sources) == 3
    _shot(browser, "lead-sources")

    browser.get(f"{web}/analytics/")
    wait_for(browser, lambda d: d.find_element(By.ID, "analytics").get_attribute("data-loaded") == "true")
    assert not [bar for bar in browser.find_elements(By.CSS_SELECTOR, ".modebar") if bar.is_displayed()]
    _shot(browser, "analytics")
    browser.execute_script("document.querySelector('[data-chart=status]').scrollIntoView()")
    _shot(browser, "analytics-bars")
    browser.get(f"{web}/analytics/?date_from=2026-05-10&date_to=2026-05-01")
    error = browser.find_element(By.ID, "analytics-error")
    wait_for(browser, lambda d: error.is_displayed())
    assert "is after the end date" in error.text
    _shot(browser, "analytics-reversed-range")

    browser.get(f"{web}/integrations/")
    assert "Ops channel" in browser.page_source and "Recent deliveries" in browser.page_source
    _shot(browser, "integrations")

    suppression_add(kind="email", value="opted-out@example.com", note="Asked by phone")
    receipt = erasure_perform(actor=admin, email="erase-me@example.com", reference="Ticket 55")
    browser.get(f"{web}/data-protection/?receipt={receipt.pk}")
    assert "Receipt" in browser.page_source and "opted-out@example.com" in browser.page_source
    _shot(browser, "data-protection")
    browser.execute_script("document.getElementById('retention').scrollIntoView()")
    _shot(browser, "data-protection-retention")

    browser.get(f"{web}/outbox/")
    assert "new-user@example.com" in browser.page_source
    _shot(browser, "outbox")
