"""A sales rep's day in a real Chromium: log in, filter and triage leads, label one, start a sandbox search and
watch its results (and, with the live frame pump, a frame with the phone outlined) arrive."""

import importlib.util

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select

from accounts.models import Role
from accounts.tests.factories import UserFactory
from compliance.models import AuditEntry
from dashboard.tests.browser.conftest import log_in, new_page, screenshot, wait_for
from insight.testing.processes import wait_until
from leads.models import Label, Lead
from leads.tests.factories import ContactPointFactory, LeadFactory
from scraping.models import ScrapeTask, TaskStatus
from scraping.runner.shipped import recipes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FRAMES_EXPECTED = importlib.util.find_spec("scraping.live.frames") is not None


def test_log_in_filter_triage_with_keys_and_label_on_the_lead_page(web, browser):
    user = UserFactory(role=Role.SALES, first_name="Dana", last_name="Reyes")
    hot = LeadFactory(name="Maple Leaf Plumbing", score=91, location="Toronto, ON")
    ContactPointFactory(lead=hot, normalized_value="+14165550123")
    LeadFactory(name="Harbour Roofing", score=35)
    LeadFactory(name="Lakeside Bakery", score=88, status="contacted")

    log_in(browser, web, user)
    assert browser.find_element(By.CSS_SELECTOR, 'nav.primary a[aria-current="page"]').text == "Leads"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#lead-table tbody tr")) == 3
    screenshot(browser, "leads-list")

    Select(browser.find_element(By.ID, "f-status")).select_by_value("new")
    score = browser.find_element(By.ID, "f-score-min")
    score.send_keys("80")
    score.send_keys(Keys.ENTER)
    wait_for(browser, ec.url_contains("score_min=80"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#lead-table tbody tr")
    assert [row.find_element(By.CSS_SELECTOR, "a.cell-title").text for row in rows] == ["Maple Leaf Plumbing"]
    assert "+14165550123" in rows[0].text
    screenshot(browser, "leads-filtered")

    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    wait_for(
        browser, lambda d: "current" in d.find_element(By.CSS_SELECTOR, "#lead-table tbody tr").get_attribute("class")
    )
    body.send_keys("g")  # good lead
    wait_until(lambda: Label.objects.filter(lead=hot, author=user, kind="good_lead").exists(), timeout=10)
    body.send_keys("m")  # take it
    wait_for(browser, lambda d: "Dana Reyes" in d.find_element(By.CSS_SELECTOR, "[data-role=owner]").text)
    assert Lead.objects.get(pk=hot.pk).owner == user
    screenshot(browser, "leads-triaged")

    body.send_keys("x")  # select the row, then export just the selection
    wait_for(browser, ec.text_to_be_present_in_element((By.ID, "selected-count"), "1 selected"))
    browser.find_element(By.XPATH, "//span[@class='bulk-export']/button[normalize-space()='CSV']").click()
    wait_until(lambda: AuditEntry.objects.filter(action="export", actor=user).exists(), timeout=10)
    assert AuditEntry.objects.get(action="export").details["query"] == f"ids={hot.pk}&format=csv"
    assert "score_min=80" in browser.current_url  # the download leaves the list where it was
    assert browser.find_element(By.XPATH, "//button[normalize-space()='Apply to selected']").is_enabled()

    with new_page(browser):
        body.send_keys("o")
    wait_for(browser, ec.url_contains(f"/leads/{hot.pk}/"))
    with new_page(browser):
        browser.find_element(By.XPATH, "//button[normalize-space()='Not a lead']").click()
    wait_for(browser, ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".messages"), "Labelled “Not a lead”"))
    Select(browser.find_element(By.ID, "status-select")).select_by_value("contacted")
    with new_page(browser):
        browser.find_element(By.XPATH, "//button[normalize-space()='Change status']").click()
    wait_for(browser, ec.text_to_be_present_in_element((By.ID, "lead-status"), "Contacted"))
    history = browser.find_element(By.CSS_SELECTOR, "ol.timeline").text
    assert "New → Contacted" in history and "Not a lead" in history and "Good lead" in history
    screenshot(browser, "lead-page")


def test_start_a_sandbox_search_and_watch_results_arrive(web, worker, sandbox, browser):
    from scraping.models import PlatformRecipe

    spec = next(r for r in recipes(sandbox.base_url) if r["slug"] == "sandbox_maps")
    PlatformRecipe.objects.update_or_create(slug=spec["slug"], defaults=spec)
    user = UserFactory(role=Role.SALES)

    log_in(browser, web, user)
    with new_page(browser):
        browser.find_element(By.LINK_TEXT, "Scraper").click()
    browser.find_element(By.ID, "s-queries").send_keys("coffee toronto")
    browser.find_element(By.CSS_SELECTOR, "input[name=platforms][value=sandbox_maps]").click()
    max_results = browser.find_element(By.ID, "s-max")
    max_results.clear()
    max_results.send_keys("4")
    screenshot(browser, "scraper-form")
    with new_page(browser):
        browser.find_element(By.XPATH, "//button[normalize-space()='Start search']").click()
    wait_for(browser, ec.url_matches(r"/tasks/\d+/$"))
    task = ScrapeTask.objects.get(owner=user)

    saw_highlight = False

    def finished(driver) -> bool:
        nonlocal saw_highlight
        saw_highlight = saw_highlight or driver.execute_script(
            "return document.getElementById('stream').dataset.highlighted === '1'"
        )
        if saw_highlight and not getattr(finished, "shot", False):
            screenshot(driver, "scraper-highlighted-frame")
            finished.shot = True
        return driver.find_element(By.ID, "task-status").text == "Completed"

    wait_for(browser, finished, timeout=180)
    rows = browser.find_elements(By.CSS_SELECTOR, "#results-table tbody tr")
    assert len(rows) == 4 == Lead.objects.filter(scrape_task=task).count()
    assert all("+1416555" in row.text for row in rows)
    assert browser.find_element(By.ID, "count-leads").text == "4"
    assert browser.find_element(By.ID, "task-progress").get_attribute("value") == "1"
    assert "Completed" in browser.find_element(By.ID, "task-logs").text
    assert ScrapeTask.objects.get(pk=task.pk).status == TaskStatus.COMPLETED
    if FRAMES_EXPECTED:
        assert saw_highlight, "no frame with an outlined phone arrived"
    screenshot(browser, "scraper-completed")

    with new_page(browser):
        browser.find_element(By.LINK_TEXT, "Tasks").click()
    badge = browser.find_element(By.CSS_SELECTOR, "#task-table .badge")
    assert badge.text == "Completed"
    screenshot(browser, "tasks-list")
