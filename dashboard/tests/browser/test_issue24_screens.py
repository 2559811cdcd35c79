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

    monitor = keyword_set.monitors.get(name="Fresh monitor")
    browser.get(f"{web}/monitors/{monitor.pk}/edit/")
    shared = browser.find_element(By.ID, "keyword-shared")
    wait_for(browser, lambda d: shared.is_displayed())
    assert "3 monitors use this keyword set" in shared.text
    assert browser.find_element(By.ID, "id_keyword_expression").get_attribute("value") == keyword_set.expression
    _shot(browser, "monitor-edit")


def _frame_message() -> dict:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (960, 600), "white")
    draw = ImageDraw.Draw(image)
    draw.text((100, 122), "Call (416) 555-0123", fill="black")
    draw.text((480, 362), "416 555 0188", fill="black")
    out = io.BytesIO()
    image.save(out, format="JPEG")
    box = {"width": 0.12, "height": 0.03, "raw": "(416) 555-0123", "layer": "tel_link"}
    return {
        "frame": 1,
        "url": "https://shop.example.com/",
        "width": 960,
        "height": 600,
        "jpeg": out.getvalue(),
        "boxes": [
            {**box, "x": 0.125, "y": 0.2, "e164": "+14165550123", "confidence": 0.97},
            {**box, "x": 0.5, "y": 0.6, "e164": "+14165550188", "confidence": 0.55, "layer": "ocr"},
        ],
    }


def test_live_view_fills_the_panel_outlines_phones_and_tells_the_truth(web, browser):
    from insight.broadcast import broadcast
    from scraping.live.messages import event_message, task_group
    from scraping.models import ScrapeTask, TaskStatus
    from scraping.services import task_event_append
    from scraping.tests.factories import PlatformRecipeFactory

    user = UserFactory(role=Role.SALES)
    recipe = PlatformRecipeFactory(name="Sandbox maps", is_active=True)
    log_in(browser, web, user)
    _viewport(browser, 1400)
    browser.get(f"{web}/scraper/")
    browser.find_element(By.ID, "s-queries").send_keys("plumbers in Toronto")
    browser.find_element(By.CSS_SELECTOR, f"input[name=platforms][value='{recipe.slug}']").click()
    browser.find_element(By.CSS_SELECTOR, "#scrape-form button[type=submit]").click()
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".messages li.task-banner"))
    task = ScrapeTask.objects.get(owner=user)
    wait_for(browser, lambda d: not d.find_elements(By.CSS_SELECTOR, "#task-logs .loading"))

    ScrapeTask.objects.filter(pk=task.pk).update(status=TaskStatus.RUNNING)
    events = [task_event_append(task_id=task.pk, kind="status", message="Running.", payload={"status": "running"})]
    for page in (1, 2):
        events.append(
            task_event_append(task_id=task.pk, kind="log", message=f"Page {page}: 10 item(s).", payload={"page": page})
        )

    def shown(driver, element_id: str, value: str) -> bool:
        if driver.find_element(By.ID, element_id).text == value:
            return True
        for event in events:  # until the viewer has joined the task's group (the page drops repeats by seq)
            broadcast(task_group(task.pk), event.kind, event_message(event))
        return False

    wait_for(browser, lambda d: shown(d, "count-pages", "2"))
    assert not browser.find_elements(By.CSS_SELECTOR, ".messages li.task-banner")  # no longer "queued"

    def boxes_drawn(driver) -> bool:
        if not driver.find_elements(By.CSS_SELECTOR, "#stream .box"):
            broadcast(task_group(task.pk), "frame", _frame_message())
            return False
        return True

    wait_for(browser, boxes_drawn)
    stream = browser.find_element(By.ID, "stream").rect
    assert abs(stream["width"] / stream["height"] - 960 / 600) < 0.02
    box = browser.find_element(By.CSS_SELECTOR, "#stream .box[data-e164='+14165550123']")
    assert box.value_of_css_property("background-color") in ("rgba(0, 0, 0, 0)", "transparent")
    assert box.rect["width"] > 0.12 * stream["width"]  # outside the number, not a 12×8 blob
    label = box.find_element(By.CSS_SELECTOR, ".box-label")
    assert not label.is_displayed()
    box.click()
    wait_for(browser, lambda d: label.is_displayed())
    assert "+14165550123" in label.text
    _shot(browser, "live-view")

    stop = browser.find_element(By.CSS_SELECTOR, "form[data-control=stop] button")
    stop.click()
    alert = wait_for(browser, lambda d: d.switch_to.alert)
    assert "Stop task" in alert.text
    alert.dismiss()
    task.refresh_from_db()
    assert task.status == TaskStatus.RUNNING

    ScrapeTask.objects.filter(pk=task.pk).update(status=TaskStatus.COMPLETED)
    events = [task_event_append(task_id=task.pk, kind="status", message="Done.", payload={"status": "completed"})]
    wait_for(browser, lambda d: shown(d, "task-status", "Completed"))
    assert not browser.find_elements(By.CSS_SELECTOR, ".messages li.task-banner")


def test_human_words_screens(web, browser):
    from companies.services import company_rescore, lead_company_match
    from companies.tests.factories import listing
    from scraping.tests.factories import PlatformRecipeFactory

    admin = UserFactory(role=Role.ADMIN, is_staff=True, is_superuser=True)
    office = listing(
        name="Harbour Heating",
        location="Main St 12, M5H123 Toronto",
        website="harbour.example.com",
        phones={"+14165550142": "fixed_line", "+14165550143": "mobile"},
    )
    company = company_rescore(company_id=lead_company_match(lead_id=office.pk).company.pk, now=timezone.now())
    recipe = PlatformRecipeFactory(name="Sandbox maps")
    log_in(browser, web, admin)
    _viewport(browser, 1400)

    browser.get(f"{web}/companies/{company.pk}")
    browser.execute_script("document.getElementById('score').scrollIntoView()")
    text = browser.find_element(By.ID, "score").text
    assert "2 callable phones: +1 416-555-0142 (landline)" in text and "callable_phones" not in text
    assert "{'" not in browser.find_element(By.ID, "history").text
    _shot(browser, "company-evidence")

    browser.get(f"{web}/companies/")
    assert "Toronto" in browser.find_element(By.TAG_NAME, "table").text
    _shot(browser, "company-list")

    browser.get(f"{web}/leads/?score_min=lots")
    assert "Score from: A valid integer is required." in browser.find_element(By.TAG_NAME, "main").text
    _shot(browser, "leads-filter-error")

    browser.get(f"{web}/admin/scraping/platformrecipe/{recipe.pk}/change/")
    definition = browser.find_element(By.ID, "id_definition")
    assert "\n  " in definition.get_attribute("value")
    browser.execute_script("arguments[0].scrollIntoView()", definition)
    _shot(browser, "recipe-editor")
    browser.execute_script("document.getElementById('id_allow_internal').scrollIntoView()")
    _shot(browser, "recipe-editor-allow-internal")
