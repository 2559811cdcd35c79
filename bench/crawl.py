"""Benchmark of the HTTP crawler: pages/s against the sandbox web at a realistic server latency.

The sandbox runs in its own process (so client and server do not share one GIL) and answers every request after
``--latency-ms`` ± ``--jitter-ms``. Pages are ~18 KB business pages. Runs: the crawler alone; with contact extraction
(``scraping.extraction.extract_page``) inline on the event loop; and with extraction in a process pool.

Run: .venv/bin/python bench/crawl.py [--pages 3000] [--latency-ms 50] [--concurrency 128]   (prints one JSON object)
"""

import argparse
import asyncio
import json
import os
import pathlib
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scraping.crawler import Crawler  # noqa: E402
from scraping.sandbox import SandboxProcess  # noqa: E402

TARGET_PAGES_PER_S = 300


def _extract(content: bytes, url: str) -> int:
    from scraping.extraction import extract_page

    return len(extract_page(content, url).phones)


async def crawl_run(base: str, numbers: range, *, concurrency: int, extraction: str) -> dict:
    urls = [f"{base}/bench/{n}" for n in numbers]
    latencies: list[float] = []
    phones = errors = 0
    extraction_cpu = 0.0
    pool = ProcessPoolExecutor(max_workers=os.cpu_count() or 2) if extraction == "process" else None
    loop = asyncio.get_running_loop()
    pending: set[asyncio.Future] = set()
    if pool is not None:  # start the workers (and their imports) before the clock runs
        await asyncio.gather(*(loop.run_in_executor(pool, _extract, b"<p>warm</p>", base) for _ in range(4)))
    crawler = Crawler(
        allow_private=True,  # the sandbox is on 127.0.0.1
        start_delay=0,
        per_domain_concurrency=concurrency,
        target_concurrency=concurrency,  # one local "domain" serves the whole benchmark
        max_connections=concurrency,
    )
    started = time.perf_counter()
    async with crawler:
        async for _, result in crawler.crawl(urls, concurrency=concurrency):
            if isinstance(result, Exception) or result.status != 200:
                errors += 1
                continue
            latencies.append(result.elapsed)
            if extraction == "inline":
                cpu = time.process_time()
                phones += _extract(result.content, result.final_url)
                extraction_cpu += time.process_time() - cpu
            elif pool is not None:
                pending.add(loop.run_in_executor(pool, _extract, result.content, result.final_url))
        if pending:
            phones += sum(await asyncio.gather(*pending))
    seconds = time.perf_counter() - started
    if pool is not None:
        pool.shutdown()
    latencies.sort()
    return {
        "pages": len(urls) - errors,
        "errors": errors,
        "seconds": round(seconds, 2),
        "pages_per_s": round((len(urls) - errors) / seconds, 1),
        "latency_p50_ms": round(statistics.median(latencies) * 1000, 1) if latencies else None,
        "latency_p95_ms": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 1) if latencies else None,
        "phones_found": phones if extraction != "off" else None,
        # CPU time per page of extraction alone (inline run): unlike pages/s it barely moves with the machine's load.
        "extraction_cpu_ms_per_page": round(extraction_cpu / len(latencies) * 1000, 2)
        if extraction == "inline"
        else None,
        "requests": crawler.stats.requests,
        "megabytes": round(crawler.stats.bytes / 1e6, 1),
    }


def extraction_available() -> bool:
    try:
        _extract(b"<html><body><a href='tel:+14165550142'>call</a></body></html>", "https://example.com/")
    except Exception:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--latency-ms", type=float, default=50)
    parser.add_argument("--jitter-ms", type=float, default=20)
    parser.add_argument("--concurrency", type=int, default=128)
    parser.add_argument("--runs", default="off,inline,process", help="comma list of: off, inline, process")
    args = parser.parse_args()

    sandbox = SandboxProcess(latency_ms=args.latency_ms, jitter_ms=args.jitter_ms).start()
    report = {
        "benchmark": "http_crawler",
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
        runs = [r.strip() for r in args.runs.split(",") if r.strip()]
        if any(r != "off" for r in runs) and not extraction_available():
            report["extraction"] = "scraping.extraction not importable or failing: extraction runs skipped"
            runs = [r for r in runs if r == "off"]
        for index, mode in enumerate(runs):
            numbers = range(index * args.pages, (index + 1) * args.pages)  # fresh URLs every run
            result = asyncio.run(crawl_run(sandbox.base_url, numbers, concurrency=args.concurrency, extraction=mode))
            name = {"off": "crawl_only", "inline": "extraction_inline", "process": "extraction_process_pool"}[mode]
            report["runs"][name] = result
    finally:
        sandbox.stop()
    report["load_average_1m_at_end"] = round(os.getloadavg()[0], 2)
    report["meets_target"] = {name: run["pages_per_s"] >= TARGET_PAGES_PER_S for name, run in report["runs"].items()}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
