"""``python -m scraping.sandbox --port 0``: serve the sandbox web without Django (prints ``PORT <n>`` first)."""

import argparse
import asyncio
import contextlib

from scraping.sandbox.server import serve_announcing

parser = argparse.ArgumentParser(description="Serve the Insight sandbox web.")
parser.add_argument("--host", default="127.0.0.1")
parser.add_argument("--port", type=int, default=8001)
parser.add_argument("--latency-ms", type=float, default=0)
parser.add_argument("--jitter-ms", type=float, default=0)
args = parser.parse_args()
with contextlib.suppress(KeyboardInterrupt):
    asyncio.run(serve_announcing(args.host, args.port, latency_ms=args.latency_ms, jitter_ms=args.jitter_ms))
