"""Pooled Chromium browsers (Selenium + Debian's ChromeDriver, or a Selenium Grid) for the browser runner."""

from scraping.browser.pool import (
    BrowserCrashed,
    BrowserError,
    BrowserPool,
    BrowserStartError,
    Lease,
    PoolConfig,
    PoolTimeout,
    get_pool,
)

__all__ = [
    "BrowserCrashed",
    "BrowserError",
    "BrowserPool",
    "BrowserStartError",
    "Lease",
    "PoolConfig",
    "PoolTimeout",
    "get_pool",
]
