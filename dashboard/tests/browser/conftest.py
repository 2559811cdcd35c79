"""A real platform for the dashboard's browser tests: daphne (HTTP + websockets) and a qcluster on the test
database, the sandbox sites, and a Chromium driven through ChromeDriver like the scraper's own browsers."""

import contextlib
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from accounts.tests.conftest import PASSWORD
from insight.testing.processes import free_port, start_web, start_worker, stop_process, wait_until
from scraping.browser import lifeline, processes
from scraping.browser.options import chrome_options
from scraping.sandbox import SandboxServer

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"


def _listening(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
        return True
    return False


def _stop_with_children(process: subprocess.Popen) -> None:
    """Stop a platform process and whatever Chromium it left behind (a terminated worker skips atexit)."""
    family = [process.pid, *processes.descendants(process.pid)] if process.poll() is None else []
    stop_process(process)
    processes.kill_tree([pid for pid in family if processes.is_alive(pid)])


@pytest.fixture
def web(transactional_db):
    port = free_port()
    process = start_web(port, ALLOW_PRIVATE_URLS="true")
    try:
        wait_until(lambda: _listening(port) or process.poll() is not None, timeout=60)
        assert process.poll() is None, "daphne exited on start (its log: DATA_DIR/web.log)"
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop_with_children(process)


@pytest.fixture
def worker(transactional_db):
    process = start_worker(ALLOW_PRIVATE_URLS="true")
    yield process
    _stop_with_children(process)


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer() as server:
        yield server


@pytest.fixture
def browser():
    profile = tempfile.mkdtemp(prefix="insight-dash-test-")
    options = chrome_options(
        binary=lifeline.browser_binary(settings.CHROME_BINARY), user_data_dir=profile, window_size=(1440, 1000)
    )
    driver = webdriver.Chrome(
        options=options, service=lifeline.service(settings.CHROMEDRIVER_PATH, settings.CHROME_BINARY)
    )
    driver.implicitly_wait(0)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(driver, name: str) -> Path:
    """Saved for CI to keep as an artifact (artifacts/ is git-ignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path


def wait_for(driver, condition, timeout: float = 20):
    """Wait until `condition(driver)` holds; an element replaced while it is being read is read again."""
    return WebDriverWait(
        driver, timeout, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)
    ).until(condition)


@contextlib.contextmanager
def new_page(driver, timeout: float = 20):
    """Around an action that loads a new page (a form's submit button, a link, a shortcut key): wait until the old
    page is gone, so what the test reads next comes from the new page, not from the one being replaced."""
    page = driver.find_element(By.TAG_NAME, "html")
    yield
    WebDriverWait(driver, timeout).until(expected_conditions.staleness_of(page))


def log_in(driver, base_url: str, user) -> None:
    # The web process runs the real settings, whose hashers do not include the test suite's fast MD5 one.
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    user.save(update_fields=["password"])
    driver.get(f"{base_url}/accounts/login/")
    driver.find_element(By.ID, "id_email").send_keys(user.email)
    driver.find_element(By.ID, "id_password").send_keys(PASSWORD)
    screenshot(driver, "login")
    with new_page(driver):
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for(driver, expected_conditions.url_contains("/leads/"))
