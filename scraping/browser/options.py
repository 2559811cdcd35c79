"""Chromium options for a pooled browser: headless, quiet, an ordinary desktop identity, its own profile."""

import re
import subprocess
from functools import cache

from selenium.webdriver import ChromeOptions

FALLBACK_MAJOR = "131"
WINDOW_SIZE = (1366, 900)


@cache
def chrome_major_version(binary: str) -> str:
    """The installed Chromium's major version, so our user agent names the engine actually running."""
    if not binary:
        return FALLBACK_MAJOR
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return FALLBACK_MAJOR
    match = re.search(r"(\d+)\.\d+\.\d+", out)
    return match.group(1) if match else FALLBACK_MAJOR


def desktop_user_agent(major: str) -> str:
    """What a desktop Chrome on Linux sends — without the ``HeadlessChrome`` token that headless mode adds."""
    return f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{major}.0.0.0 Safari/537.36"


def chrome_options(
    *,
    binary: str | None,
    user_data_dir: str | None,
    headless: bool = True,
    window_size: tuple[int, int] = WINDOW_SIZE,
    user_agent: str | None = None,
    language: str = "en-US",
    major: str | None = None,
    proxy: str | None = None,
) -> ChromeOptions:
    """Options for one pooled browser. ``binary``/``user_data_dir`` are None for a Selenium Grid node, whose Chrome
    version (``major``) the pool learns from the first session; until then the local version is a good guess.
    ``proxy`` (``http://127.0.0.1:port``) carries every request, loopback ones included, and WebRTC may not send UDP
    around it: the SSRF guard of ``scraping.browser.netguard``."""
    options = ChromeOptions()
    if binary:
        options.binary_location = binary
    arguments = [
        "--no-sandbox",  # containers run as root without user namespaces
        "--disable-dev-shm-usage",  # small /dev/shm in containers crashes renderers
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-sync",
        "--disable-features=Translate,MediaRouter,OptimizationHints",
        "--disable-blink-features=AutomationControlled",
        "--metrics-recording-only",
        "--mute-audio",
        "--no-first-run",
        "--no-default-browser-check",
        "--password-store=basic",
        f"--window-size={window_size[0]},{window_size[1]}",
        f"--lang={language}",
        "--remote-allow-origins=*",  # the pool opens a browser-level DevTools socket for isolated contexts
    ]
    if headless:
        arguments.append("--headless=new")
    if user_data_dir:
        arguments.append(f"--user-data-dir={user_data_dir}")
    if proxy:
        arguments += [
            f"--proxy-server={proxy}",
            "--proxy-bypass-list=<-loopback>",
            "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
        ]
    arguments.append(f"--user-agent={user_agent or desktop_user_agent(major or chrome_major_version(binary or ''))}")
    for argument in arguments:
        options.add_argument(argument)
    options.page_load_strategy = "normal"
    return options
