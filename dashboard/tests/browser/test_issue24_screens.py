"""Issue #24 screens in a real Chromium at 1400×900: the monitor form (keywords in place, sources side by side
without overlapping) and the monitor list's schedule words. Screenshots go to SHOTS (default /tmp/shots24a)."""

import datetime
import os
import re
from pathlib import Path

import pytest
from django.utils import timezone
from selenium.webdriver.common.by import By

from accounts.models import Role
from accounts.tests.factories import UserFactory
from dashboard.tests.browser.conftest import log_in, wait_for
from leads.models import LeadKind
from leads.tests.factories import KeywordSetFactory, LeadFactory
from scraping.tests.factories import MonitorFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = Path(os.environ.get("SHOTS", "/tmp/shots24a"))


def _viewport(driver, width: int, height: int = 900) -> None:
    """The page's viewport exactly ``width`` × ``height`` (a window's size includes its frame)."""
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)


def _shot(driver, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def _overlap(a: dict, b: dict) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


@pytest.mark.parametrize("width", [1280, 1400, 1920, 390])
def test_monitor_form_sources_do_not_overlap_and_keywords_preview(web, browser, width):
    user = UserFactory(role=Role.MARKETING)
    LeadFactory(kind=LeadKind.CONVERSATION, name="Need a CRM", text="Can anyone recommend a CRM for a small bakery?")
    LeadFactory(kind=LeadKind.CONVERSATION, name="Hiring bakers", text="We are hiring")
    log_in(browser, web, user)
    _viewport(browser, width)
    browser.get(f"{web}/monitors/new/")
    sources = [s.rect for s in browser.find_elements(By.CSS_SELECTOR, ".source-grid fieldset.source")]
    assert len(sources) == 7
    for i, a in enumerate(sources):
        for b in sources[i + 1 :]:
            assert not _overlap(a, b), (a, b)
    page = browser.find_element(By.TAG_NAME, "body").rect["width"]
    assert all(s["x"] + s["width"] <= page + 1 for s in sources)
    browser.find_element(By.ID, "id_keyword_name").send_keys("CRM seekers")
    browser.find_element(By.ID, "id_keyword_expression").send_keys("crm OR recommend*")
    wait_for(
        browser, lambda d: "Would have matched 1 of the last 2 posts" in d.find_element(By.ID, "keyword-preview").text
    )
    assert browser.find_elements(By.CSS_SELECTOR, "#keyword-preview mark")
    browser.execute_script("document.getElementById('keywords').scrollIntoView()")
    _shot(browser, f"monitor-form-{width}")


def test_monitor_list_schedule_words(web, browser):
    user = UserFactory(role=Role.MARKETING)
    now = timezone.now()
    keyword_set = KeywordSetFactory(name="CRM seekers", expression='"looking for a CRM" OR recommend*')
    MonitorFactory(name="Fresh monitor", owner=user, keyword_set=keyword_set, poll_interval=300)
    MonitorFactory(
        name="Checked a minute ago",
        owner=user,
        keyword_set=keyword_set,
        poll_interval=300,
        last_polled_at=now - datetime.timedelta(minutes=1),
        next_poll_at=now + datetime.timedelta(minutes=4),
    )
    MonitorFactory(
        name="Checking now",
        owner=user,
        keyword_set=keyword_set,
        poll_interval=300,
        last_polled_at=now - datetime.timedelta(seconds=20),
        next_poll_at=now + datetime.timedelta(minutes=64),
    )
    log_in(browser, web, user)
    _viewport(browser, 1400)
    browser.get(f"{web}/monitors/")
    text = browser.find_element(By.TAG_NAME, "main").text
    assert re.search(r"next in [34]\xa0?\s?minutes", text), text
    assert "Checking now" in text and "1 hour" not in text
    _shot(browser, "monitor-list")
