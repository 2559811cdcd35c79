"""CPU and memory of hostile input: a 4.5 MB page of phone-like text through the extraction engine, and a 1M-row
.xlsx through the lead import. Each case runs in a fresh child process; CPU seconds and peak RSS are the child's.

Run: .venv/bin/python bench/limits.py [--code PATH]   (prints one JSON object; --code runs another checkout,
e.g. a `git worktree` of the old code, with this virtualenv)
"""

import argparse
import io
import json
import multiprocessing
import os
import pathlib
import resource
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def hostile_page(size: int) -> str:
    """One paragraph of "Call (212) 555-0187 now." repeated: every sentence a candidate number."""
    return "<html><body><p>" + ("Call (212) 555-0187 now. " * (size // 25)) + "</p></body></html>"


def tel_link_page(size: int) -> str:
    return "<html><body>" + "<a href='tel:+12125550187'>call</a>" * (size // 36) + "</body></html>"


def million_row_xlsx() -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["name", "url"])
    for _ in range(1_000_000):
        sheet.append([1])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def run_extract(code: str, kind: str, size: int) -> dict:
    sys.path.insert(0, code)
    from scraping.extraction import extract_page

    html = hostile_page(size) if kind == "text" else tel_link_page(size)
    start = time.process_time()
    findings = extract_page(html, "https://x.example.com/")
    cpu = round(time.process_time() - start, 2)
    return {"cpu_s": cpu, "phones": len(findings.phones), "warnings": findings.warnings}


def run_import(code: str, path: str) -> dict:
    sys.path.insert(0, code)
    os.environ.setdefault("INSIGHT_DATA_DIR", tempfile.mkdtemp(prefix="bench-limits-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "insight.settings")
    import inspect

    import django

    django.setup()
    from insight.api_errors import ApplicationError
    from integrations.imports import lead_import

    content = pathlib.Path(path).read_bytes()
    start = time.process_time()
    try:
        if "file" in inspect.signature(lead_import).parameters:
            lead_import(file=io.BytesIO(content), filename="million.xlsx", dry_run=True)
        else:
            lead_import(content=content, filename="million.xlsx", dry_run=True)
        answer = "accepted"
    except ApplicationError as exc:
        answer = exc.message
    return {"cpu_s": round(time.process_time() - start, 2), "answer": answer}


def _child(queue, fn, args) -> None:
    result = fn(*args)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    queue.put(result)


def in_child(fn, *args) -> dict:
    queue = multiprocessing.get_context("spawn").Queue()
    process = multiprocessing.get_context("spawn").Process(target=_child, args=(queue, fn, args))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", default=str(ROOT), help="checkout whose code is measured")
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    code = str(pathlib.Path(args.code).resolve())
    result = {"code": code, "load_average": os.getloadavg()[0]}
    for kind, size in (("text", 4_500_000), ("text", 2_000_000), ("tel_links", 4_500_000)):
        result[f"extract_{kind}_{size // 100_000 / 10:g}MB"] = in_child(run_extract, code, kind, size)
    if not args.skip_import:
        with tempfile.NamedTemporaryFile(suffix=".xlsx") as xlsx:
            xlsx.write(million_row_xlsx())
            xlsx.flush()
            result["xlsx_bytes"] = os.path.getsize(xlsx.name)
            result["import_1M_rows_xlsx"] = in_child(run_import, code, xlsx.name)
    result["load_average_end"] = os.getloadavg()[0]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
