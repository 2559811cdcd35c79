"""A real headless Chromium renders a corpus page; BOX_SCRIPT's boxes land on the phones the engine finds."""

import functools
import http.server
import threading

import pytest

from scraping.extraction import extract_page
from scraping.extraction.bbox import BOX_SCRIPT
from scraping.tests.extraction.conftest import CORPUS, QuietHandler


@pytest.fixture
def corpus_server():
    handler = functools.partial(QuietHandler, directory=str(CORPUS))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def driver():
    from django.conf import settings
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = settings.CHROME_BINARY
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(settings.CHROMEDRIVER_PATH), options=options)
    yield browser
    browser.quit()


@pytest.mark.browser
def test_rendered_page_phones_get_viewport_boxes(corpus_server, driver):
    driver.get(f"{corpus_server}/us_plumber_home.html")
    boxes = driver.execute_script(BOX_SCRIPT)
    findings = extract_page(driver.page_source, "https://hudsonpipeworks.example.com/", boxes=boxes)
    phones = {p.e164: p for p in findings.phones}
    call = phones["+12125550187"].bbox
    assert call is not None
    assert 0 <= call["x"] < 1 and 0 <= call["y"] < 0.2  # the header call button sits at the top of the viewport
    assert 0 < call["width"] < 1 and 0 < call["height"] < 0.2
    assert phones["+12125550134"].bbox is not None  # footer text number, boxed through a text range
