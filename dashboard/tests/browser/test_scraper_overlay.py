"""The scraper page's overlay in a real Chromium: a published frame's phone boxes are coloured by confidence and
open their details when clicked (issue 6: "coloured by confidence, clickable for details")."""

import io

import pytest
from PIL import Image
from selenium.webdriver.common.by import By

from accounts.models import Role
from accounts.tests.factories import UserFactory
from dashboard.tests.browser.conftest import log_in, screenshot, wait_for
from insight.broadcast import broadcast
from scraping.live.messages import task_group
from scraping.models import TaskStatus
from scraping.tests.factories import ScrapeTaskFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (960, 600), "white").save(out, format="JPEG")
    return out.getvalue()


def _frame() -> dict:
    boxes = [
        {
            "x": 0.1,
            "y": 0.2,
            "width": 0.2,
            "height": 0.05,
            "e164": "+14165550123",
            "raw": "(416) 555-0123",
            "confidence": 0.97,
            "layer": "tel_link",
        },
        {
            "x": 0.5,
            "y": 0.6,
            "width": 0.2,
            "height": 0.05,
            "e164": "+14165550188",
            "raw": "416 555 0188",
            "confidence": 0.55,
            "layer": "ocr",
        },
    ]
    return {
        "frame": 1,
        "url": "https://shop.example.com/",
        "width": 960,
        "height": 600,
        "jpeg": _jpeg(),
        "boxes": boxes,
    }


def test_phone_boxes_are_coloured_by_confidence_and_show_details_on_click(web, browser):
    user = UserFactory(role=Role.SALES)
    task = ScrapeTaskFactory(owner=user, status=TaskStatus.RUNNING)
    log_in(browser, web, user)
    browser.get(f"{web}/tasks/{task.pk}/")
    # The replay is over once the log stops saying "Loading": the viewer has joined the task's group by then.
    wait_for(browser, lambda d: not d.find_elements(By.CSS_SELECTOR, "#task-logs .loading"))

    def boxes_drawn(driver) -> bool:
        if not driver.find_elements(By.CSS_SELECTOR, "#stream .box"):
            broadcast(task_group(task.pk), "frame", _frame())
            return False
        return True

    wait_for(browser, boxes_drawn)
    boxes = {box.get_attribute("data-e164"): box for box in browser.find_elements(By.CSS_SELECTOR, "#stream .box")}
    assert "high" in boxes["+14165550123"].get_attribute("class").split()
    assert "low" in boxes["+14165550188"].get_attribute("class").split()
    colours = {e164: box.value_of_css_property("border-top-color") for e164, box in boxes.items()}
    assert colours["+14165550123"] != colours["+14165550188"]

    details = browser.find_element(By.ID, "stream-details")
    assert not details.is_displayed()
    boxes["+14165550188"].click()
    wait_for(browser, lambda d: details.is_displayed())
    assert "+14165550188" in details.text and "ocr" in details.text and "55%" in details.text
    screenshot(browser, "scraper-box-details")
