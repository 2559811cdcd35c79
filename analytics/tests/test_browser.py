"""A real Chromium opens the analytics page: cards fill in, plotly draws every chart, the period switch reloads."""

import datetime
import pathlib
import tempfile

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from accounts.tests.factories import UserFactory
from analytics.services import lead_stats_refresh
from analytics.tests.helpers import lead_at
from scraping.browser.options import chrome_options

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = pathlib.Path(settings.BASE_DIR) / "artifacts" / "screenshots"


@pytest.fixture
def driver():
    with tempfile.TemporaryDirectory(prefix="analytics-chrome-") as profile:
        options = chrome_options(binary=settings.CHROME_BINARY, user_data_dir=profile, window_size=(1366, 1800))
        browser = webdriver.Chrome(service=Service(settings.CHROMEDRIVER_PATH), options=options)
        try:
            yield browser
        finally:
            browser.quit()


def log_in(driver, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    driver.get(f"{live_server.url}/accounts/login/")
    driver.add_cookie(
        {"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value}
    )


def test_analytics_page_renders_cards_and_plotly_charts(driver, live_server):
    now = timezone.now()
    for days_ago, extra in [
        (1, {"status": "won", "intent_level": "high", "category": "Plumber"}),
        (2, {"kind": "conversation", "platform": "reddit", "raw": {"matched_keywords": ["need a plumber"]}}),
        (3, {"category": "<b>Roofer</b>", "sentiment_label": "positive"}),
        (12, {"status": "contacted"}),
    ]:
        lead_at(now - datetime.timedelta(days=days_ago), phone=days_ago % 2 == 1, **extra)
    lead_stats_refresh(full=True)
    log_in(driver, live_server, UserFactory(role="manager"))

    driver.get(f"{live_server.url}/analytics/")
    wait = WebDriverWait(driver, 30)
    wait.until(lambda d: d.find_element(By.ID, "analytics").get_attribute("data-loaded") == "true")

    cards = {
        li.get_attribute("data-card"): li.text for li in driver.find_elements(By.CSS_SELECTOR, "#analytics-cards li")
    }
    assert "New leads\n4" in cards["new_leads"] and "Qualified or won\n1" in cards["qualified_won"]
    for name in ("timeseries", "status", "platform", "category", "keywords", "intent", "sentiment"):
        plot = driver.find_element(By.ID, f"chart-{name}")
        assert "js-plotly-plot" in plot.get_attribute("class"), name
        assert plot.find_elements(By.CSS_SELECTOR, "svg.main-svg"), name
    category_text = driver.find_element(By.ID, "chart-category").text
    assert "<b>Roofer</b>" in category_text  # scraped markup is shown, not interpreted
    assert not driver.find_element(By.ID, "analytics-error").is_displayed()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / "analytics.png"))

    driver.find_element(By.CSS_SELECTOR, "label.period-option input[value='month']").click()
    wait.until(
        lambda d: (
            "period=month" in d.current_url
            and d.find_element(By.ID, "analytics-charts").get_attribute("aria-busy") == "false"
        )
    )
    assert "Showing" in driver.find_element(By.ID, "analytics-status").text


def test_a_bad_range_shows_the_error_and_an_empty_range_says_so(driver, live_server):
    log_in(driver, live_server, UserFactory(role="sales"))
    driver.get(f"{live_server.url}/analytics/?date_from=2026-03-10&date_to=2026-03-01")
    wait = WebDriverWait(driver, 30)
    error = wait.until(
        lambda d: (
            d.find_element(By.ID, "analytics-error")
            if d.find_element(By.ID, "analytics-error").is_displayed()
            else None
        )
    )
    assert "The start date 2026-03-10 is after the end date 2026-03-01" in error.text

    driver.get(f"{live_server.url}/analytics/?date_from=2020-01-01&date_to=2020-01-31")
    wait.until(lambda d: d.find_element(By.ID, "analytics").get_attribute("data-loaded") == "true")
    assert driver.find_element(By.ID, "analytics-empty").is_displayed()
    assert "Nothing to show" in driver.find_element(By.ID, "chart-platform").text
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / "analytics-empty.png"))
