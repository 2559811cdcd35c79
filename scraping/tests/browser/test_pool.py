"""The browser pool lends working, isolated tabs and survives a browser that dies."""

import os
import signal
import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from scraping.browser import BrowserCrashed, BrowserPool, BrowserStartError, PoolTimeout, processes

pytestmark = pytest.mark.browser


def kill_chrome(lease, *, driver: bool = False) -> None:
    os.kill(lease.browser.driver_pid if driver else lease.browser.chrome_pid, signal.SIGKILL)
    time.sleep(0.3)


def test_a_lease_renders_a_sandbox_page_as_an_ordinary_desktop_browser(pool, sandbox):
    with pool.lease(task_id="render") as lease:
        lease.get(sandbox.url("/directory/"))
        assert lease.driver.find_element(By.TAG_NAME, "h1").text == "Sandbox Business Directory"
        agent = lease.driver.execute_script("return navigator.userAgent")
        width = lease.driver.execute_script("return window.outerWidth")
        assert "HeadlessChrome" not in agent and "Chrome/" in agent
        assert width >= 1280
        assert lease.memory_bytes() > 10 * 1024 * 1024


def test_two_leases_do_not_share_cookies_or_storage(pool, sandbox):
    with pool.lease() as first:
        first.get(sandbox.url("/cookies?set=visitor=alice"))
        first.driver.execute_script("localStorage.setItem('cart', 'full')")
        first_browser = first.browser
    with pool.lease() as second:
        second.get(sandbox.url("/cookies"))
        assert second.browser is first_browser  # the browser is reused…
        assert second.driver.find_element(By.TAG_NAME, "body").text == "{}"  # …but not its cookies
        assert second.driver.execute_script("return localStorage.getItem('cart')") is None


def test_a_warm_pool_lends_a_tab_well_within_a_second(pool, sandbox):
    pool.warm(1, background=True).join(30)
    started = time.perf_counter()
    with pool.lease():
        waited = time.perf_counter() - started
    assert waited < 1.0


def test_maps_consent_wall_then_scrolling_the_feed_loads_more_results(pool, sandbox):
    with pool.lease() as lease:
        driver = lease.driver
        lease.get(sandbox.url("/maps/search?q=coffee"))
        assert "/maps/consent" in driver.current_url
        driver.find_element(By.CSS_SELECTOR, "button[aria-label='Accept all']").click()
        # The click submits the consent form: wait for the results page rather than read the one being left.
        feed = WebDriverWait(driver, 10).until(
            lambda d: (
                d.find_elements(By.CSS_SELECTOR, "[role='feed']") and d.find_element(By.CSS_SELECTOR, "[role='feed']")
            )
        )
        assert len(feed.find_elements(By.CSS_SELECTOR, "[role='article']")) == 10
        deadline = time.monotonic() + 15  # each scroll to the bottom fetches one more chunk
        while time.monotonic() < deadline:
            driver.execute_script("arguments[0].scrollTop = arguments[0].scrollHeight", feed)
            time.sleep(0.1)
            if len(feed.find_elements(By.CSS_SELECTOR, "[role='article']")) >= 30:
                break
        assert len(feed.find_elements(By.CSS_SELECTOR, "[role='article']")) >= 30


@pytest.mark.parametrize("victim", ["chrome", "chromedriver"])
def test_killing_chrome_mid_lease_raises_and_the_next_lease_gets_a_healthy_browser(pool, sandbox, victim):
    with pytest.raises(BrowserCrashed):
        with pool.lease() as lease:
            lease.get(sandbox.url("/"))
            dead = lease.browser
            kill_chrome(lease, driver=victim == "chromedriver")
            lease.get(sandbox.url("/directory/"))
    assert not processes.is_alive(dead.driver_pid) and not processes.is_alive(dead.chrome_pid)
    with pool.lease() as lease:
        assert lease.browser is not dead
        lease.get(sandbox.url("/directory/"))
        assert lease.driver.title.startswith("Sandbox Business Directory")


def test_run_retries_the_work_once_on_a_fresh_browser(pool, sandbox):
    attempts = []

    def work(lease):
        attempts.append(lease.browser.id)
        lease.get(sandbox.url("/"))
        if len(attempts) == 1:
            kill_chrome(lease)
            lease.get(sandbox.url("/directory/"))
        return lease.driver.title

    assert pool.run(work, task_id="retry") == "Insight sandbox"
    assert len(attempts) == 2 and attempts[0] != attempts[1]


def test_a_browser_is_retired_after_max_pages_and_closed_when_idle(sandbox):
    pool = BrowserPool(max_browsers=1, max_pages=2, idle_seconds=60)
    try:
        with pool.lease() as lease:
            lease.get(sandbox.url("/"))
            lease.get(sandbox.url("/directory/"))
            retired = lease.browser
        assert pool.retired == 1 and not processes.is_alive(retired.driver_pid)
        with pool.lease() as lease:
            lease.get(sandbox.url("/"))
            idle = lease.browser
        assert idle is not retired
        pool.config.idle_seconds = 0.1
        time.sleep(0.2)
        assert pool.reap_idle() == 1
        assert not processes.is_alive(idle.driver_pid) and pool.stats()["browsers"] == []
    finally:
        pool.close()


def test_a_browser_that_cannot_start_gives_a_clear_error(tmp_path):
    pool = BrowserPool(max_browsers=1, chrome_binary=str(tmp_path / "no-chromium"), lease_timeout=5)
    try:
        with pytest.raises(BrowserStartError, match="Could not start a browser"):
            with pool.lease():
                pass
        assert pool.stats()["browsers"] == []
    finally:
        pool.close()


def test_a_second_lease_waits_for_the_busy_browser_then_times_out(pool):
    with pool.lease():
        started = time.monotonic()
        with pytest.raises(PoolTimeout):
            with pool.lease(timeout=0.3):
                pass
        assert time.monotonic() - started >= 0.3
