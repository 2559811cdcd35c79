"""SELENIUM_REMOTE_URL: the pool drives a remote WebDriver endpoint (a local chromedriver stands in for a Grid)."""

import subprocess
import time

import pytest
from selenium.webdriver.common.by import By

from scraping.browser import BrowserPool
from scraping.browser.pool import get_pool
from scraping.sandbox.server import free_port

pytestmark = pytest.mark.browser


@pytest.fixture
def remote_url(settings):
    port = free_port()
    driver = subprocess.Popen(
        [settings.CHROMEDRIVER_PATH, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(0.5)
    yield f"http://127.0.0.1:{port}"
    driver.terminate()
    driver.wait(5)


def test_leases_on_a_remote_endpoint_are_separate_sessions(remote_url, sandbox, settings):
    settings.SELENIUM_REMOTE_URL = remote_url
    pool = BrowserPool(max_browsers=1, remote_url=remote_url)
    try:
        with pool.lease() as lease:
            lease.get(sandbox.url("/cookies?set=visitor=bob"))
            assert "HeadlessChrome" not in lease.driver.execute_script("return navigator.userAgent")
            assert lease.memory_bytes() is None  # processes live on the remote machine
        with pool.lease() as lease:
            lease.get(sandbox.url("/cookies"))
            assert lease.driver.find_element(By.TAG_NAME, "body").text == "{}"
        assert pool.stats()["remote"] is True and pool.started == 2
    finally:
        pool.close()


def test_the_process_pool_reads_its_settings(settings):
    settings.SELENIUM_REMOTE_URL = "http://grid.example.com:4444/wd/hub"
    settings.BROWSER_POOL_MAX = 3
    import scraping.browser.pool as pool_module

    pool_module._pool = None
    try:
        pool = get_pool()
        assert pool.config.remote_url == "http://grid.example.com:4444/wd/hub"
        assert pool.config.max_browsers == 3 and get_pool() is pool
    finally:
        pool_module._pool = None
