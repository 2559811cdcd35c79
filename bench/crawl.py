"""Benchmark of the HTTP runner: pages/s of a scrape over plain HTTP, extraction on, against the sandbox web at a
realistic server latency.

It runs the product path a scrape task runs for an HTTP recipe: ``scraping.runner.http_runner.run_http_recipe``
(the crawler with robots.txt, SSRF guard, URL cache and AutoThrottle; detail pages fetched ahead; fields and
extraction in the page pool) with a recipe over the sandbox's ~18 KB ``/bench/<n>`` pages: each listing page
(``/bench/<page>?run=…``) lists 10 others, each opened as a detail page. Only saving leads is left out (the items
are counted in order instead); ``bench/tasks.py`` measures whole tasks. The sandbox runs in its own process.

Runs: ``crawl`` the crawler alone over as many pages (the ceiling); ``inline`` the runner reading pages in its own
thread (``CRAWLER_EXTRACTION_WORKERS=0``); ``pool`` the runner with the page pool (one worker per core).

Run: .venv/bin/python bench/crawl.py [--pages 3000] [--latency-ms 50] [--concurrency 64]   (prints one JSON object)
"""

import argparse
import asyncio
import json
import multiprocessing
import os
import pathlib
import sys
import time

import django

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scraping.sandbox.app import BENCH_PAGES  # noqa: E402  (stdlib only: no Django needed)

TARGET_PAGES_PER_S = 300
ITEMS_PER_LISTING = 10
NEW_ITEMS_PER_LISTING = 7  # /bench/<p> lists 7p+1 … 7p+10: three of them were on the page before


def bench_recipe(base_url: str) -> dict:
    return {
        "search": {"url_template": f"{base_url}/bench/{{page}}?run={{query}}"},
        "items": {"selectors": ["main li"]},
        "fields": {"name": {"selectors": ["a"]}, "url": {"selectors": ["a"], "attribute": "href"}},
        "pagination": {"mode": "url_page", "max_pages": 100_000},
        "detail": {"link_field": "url", "fields": {"title": {"selectors": ["h1"]}}},
    }


def listed_order(base_url: str, items: int) -> list[str]:
    """The detail URLs in the order the listing pages show them (first sight only): the order items must arrive in."""
    order: list[str] = []
    seen: set[int] = set()
    page = 1
    while len(order) < items:
        for n in ((page * NEW_ITEMS_PER_LISTING + i) % BENCH_PAGES for i in range(1, ITEMS_PER_LISTING + 1)):
            if n not in seen:
                seen.add(n)
                order.append(f"{base_url}/bench/{n}")
        page += 1
    return order[:items]


def _pool_cpu() -> float:
    """CPU seconds used so far by this process's children (the page pool's workers), from /proc (Linux)."""
    total = 0.0
    for child in multiprocessing.active_children():
        try:
            fields = pathlib.Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def runner_run(base_url: str, pages: int, *, workers: int, run: str) -> dict:
    from django.conf import settings

    from scraping.runner.common import RunContext
    from scraping.runner.http_runner import run_http_recipe
    from scraping.runner.page_pool import page_pool

    settings.CRAWLER_EXTRACTION_WORKERS = workers
    pool = page_pool()
    if pool is not None:
        pool.warm()  # worker start-up is paid once per Django-Q worker, not per task: off the clock
    items = round(pages * NEW_ITEMS_PER_LISTING / (NEW_ITEMS_PER_LISTING + 1))
    delivered = []
    ctx = RunContext(
        task_id=None,
        platform="bench",
        query=run,
        max_results=items,
        allow_private=True,
        on_item=lambda item: delivered.append(item) or True,
    )
    workers_cpu, cpu, started = _pool_cpu(), time.process_time(), time.perf_counter()
    run_http_recipe(bench_recipe(base_url), ctx)
    seconds = time.perf_counter() - started
    cpu, workers_cpu = time.process_time() - cpu, _pool_cpu() - workers_cpu
    fetched = ctx.pages + len(delivered)
    return {
        "extraction_workers": workers if pool is not None else 0,
        "pages": fetched,
        "listing_pages": ctx.pages,
        "items": len(delivered),
        "seconds": round(seconds, 2),
        "pages_per_s": round(fetched / seconds, 1),
        "items_with_phones": sum(1 for item in delivered if (item.findings or {}).get("phones")),
        "in_listing_order": [item.page_url for item in delivered] == listed_order(base_url, items),
        # CPU time per page (it moves less with the machine's load than pages/s): the runner's process (crawler,
        # listing pages, delivery, and the reading when inline) and the page pool's workers
        "runner_cpu_ms_per_page": round(cpu / fetched * 1000, 2),
        "pool_cpu_ms_per_page": round(workers_cpu / fetched * 1000, 2),
    }


async def crawl_run(base_url: str, pages: int, *, concurrency: int) -> dict:
    from scraping.crawler import Crawler

    urls = listed_order(base_url, pages)
    errors = 0
    started = time.perf_counter()
    async with Crawler.from_settings() as crawler:
        async for _, result in crawler.crawl(urls, concurrency=concurrency):
            errors += isinstance(result, Exception) or result.status != 200
    seconds = time.perf_counter() - started
    return {
        "pages": len(urls) - errors,
        "errors": errors,
        "seconds": round(seconds, 2),
        "pages_per_s": round((len(urls) - errors) / seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--latency-ms", type=float, default=50)
    parser.add_argument("--jitter-ms", type=float, default=20)
    parser.add_argument("--concurrency", type=int, default=64, help="requests in flight to the one local site")
    parser.add_argument("--runs", default="crawl,inline,pool", help="comma list of: crawl, inline, pool")
    args = parser.parse_args()
    # Django is set up here, not on import: the page pool's workers import this module again (spawn).
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "insight.settings")
    django.setup()
    from django.conf import settings

    from scraping.runner.page_pool import page_pool
    from scraping.sandbox import SandboxProcess

    # One local site: it may take `concurrency` requests at once with no politeness delay (public sites keep the
    # polite defaults: 8 at once, AutoThrottle at latency / 4).
    settings.ALLOW_PRIVATE_URLS = True
    settings.CRAWLER_PER_DOMAIN_CONCURRENCY = args.concurrency
    settings.CRAWLER_TARGET_CONCURRENCY = float(args.concurrency)
    settings.CRAWLER_START_DELAY = 0.0

    sandbox = SandboxProcess(latency_ms=args.latency_ms, jitter_ms=args.jitter_ms).start()
    report = {
        "benchmark": "http_runner",
        "cpu_count": os.cpu_count(),
        "pages_per_run": args.pages,
        "server_latency_ms": args.latency_ms,
        "server_jitter_ms": args.jitter_ms,
        "concurrency": args.concurrency,
        "target_pages_per_s": TARGET_PAGES_PER_S,
        "load_average_1m_at_start": round(os.getloadavg()[0], 2),
        "runs": {},
    }
    try:
        for run in [r.strip() for r in args.runs.split(",") if r.strip()]:
            if run == "crawl":
                result = asyncio.run(crawl_run(sandbox.base_url, args.pages, concurrency=args.concurrency))
            else:
                workers = {"inline": 0, "pool": os.cpu_count() or 1}[run]
                result = runner_run(sandbox.base_url, args.pages, workers=workers, run=run)
            report["runs"][run] = result
    finally:
        sandbox.stop()
        pool = page_pool()
        if pool is not None:
            pool.close()
    report["load_average_1m_at_end"] = round(os.getloadavg()[0], 2)
    report["meets_target"] = {run: r["pages_per_s"] >= TARGET_PAGES_PER_S for run, r in report["runs"].items()}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
