"""Benchmark of the browser pool: cold vs warm start, pages/min per Chrome, memory per tab.

The sandbox runs in its own process with ``--latency-ms`` per response. Pages are sandbox business pages and maps
place pages (after the consent wall), loaded one after another in one lease, each waited for until loaded.

Run: .venv/bin/python bench/browser.py [--pages 60] [--latency-ms 50] [--tabs 5]   (prints one JSON object)
"""

import argparse
import json
import os
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from selenium.webdriver.common.by import By  # noqa: E402

from scraping.browser import BrowserPool  # noqa: E402
from scraping.sandbox import SandboxProcess  # noqa: E402
from scraping.sandbox.dataset import businesses  # noqa: E402

TARGET_PAGES_PER_MIN = 60
TARGET_WARM_START_S = 1.0
MB = 1024 * 1024


def page_urls(base: str, count: int) -> list[str]:
    with_sites = [b for b in businesses() if b.has_website]
    urls = []
    for i in range(count):
        b = with_sites[(i * 7) % len(with_sites)]
        urls.append(f"{base}/maps/place/{b.id}" if i % 2 else f"{base}{b.site_path}contact")
    return urls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--latency-ms", type=float, default=50)
    parser.add_argument("--tabs", type=int, default=5)
    parser.add_argument("--cold-starts", type=int, default=2)
    args = parser.parse_args()
    sandbox = SandboxProcess(latency_ms=args.latency_ms).start()
    report: dict = {
        "benchmark": "browser_pool",
        "cpu_count": os.cpu_count(),
        "server_latency_ms": args.latency_ms,
        "targets": {"pages_per_min_per_chrome": TARGET_PAGES_PER_MIN, "warm_start_s": TARGET_WARM_START_S},
    }
    try:
        cold = []
        for _ in range(args.cold_starts):
            pool = BrowserPool(max_browsers=1)
            started = time.perf_counter()
            with pool.lease() as lease:
                lease.get(sandbox.url("/"))
                cold.append(time.perf_counter() - started)
            pool.close()
        report["cold_start_to_first_page_s"] = round(statistics.median(cold), 2)

        pool = BrowserPool(max_browsers=1, max_pages=10_000)
        pool.warm(1)
        warm = []
        for _ in range(10):
            started = time.perf_counter()
            with pool.lease() as lease:
                lease.get(sandbox.url("/"))
                warm.append(time.perf_counter() - started)  # the release (next context prepared) comes after
        report["warm_lease_to_first_page_s"] = round(statistics.median(warm), 3)

        urls = page_urls(sandbox.base_url, args.pages)
        with pool.lease() as lease:
            lease.get(sandbox.url("/maps/consent/save?choice=yes&continue=/maps/"))
            started = time.perf_counter()
            for url in urls:
                lease.get(url)
                lease.driver.find_element(By.TAG_NAME, "h1")
            elapsed = time.perf_counter() - started
        report["pages"] = len(urls)
        report["pages_per_min_per_chrome"] = round(len(urls) / elapsed * 60, 1)

        with pool.lease() as lease:
            lease.get(sandbox.url("/maps/consent/save?choice=yes&continue=/maps/"))
            before = lease.memory_bytes()
            for i in range(args.tabs):
                lease.new_tab(urls[i])
            after = lease.memory_bytes()
        report["browser_memory_mb"] = round(before / MB, 1)
        report["memory_per_tab_mb"] = round((after - before) / args.tabs / MB, 1)
        report["tabs"] = args.tabs
        pool.close()
    finally:
        sandbox.stop()
    report["meets_target"] = {
        "pages_per_min": report["pages_per_min_per_chrome"] >= TARGET_PAGES_PER_MIN,
        "warm_start": report["warm_lease_to_first_page_s"] <= TARGET_WARM_START_S,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
