#!/usr/bin/env bash
# Smoke test of the embedded default: SQLite, no Redis. Migrate, start web + worker, check health, stop.
set -euo pipefail
cd "$(dirname "$0")/.."
unset DATABASE_URL REDIS_URL
export INSIGHT_DATA_DIR="$(mktemp -d)"
port="${SMOKE_PORT:-8765}"
log="$INSIGHT_DATA_DIR/platform.log"
.venv/bin/python manage.py migrate --no-input -v0
.venv/bin/python manage.py models_ready
.venv/bin/python manage.py runplatform --skip-migrate --port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
body=""
for _ in $(seq 1 60); do
  body=$(curl -fsS "http://127.0.0.1:$port/api/health" 2>/dev/null) && \
    echo "$body" | .venv/bin/python -c 'import json,sys; r=json.load(sys.stdin); sys.exit(r["status"]!="ok" and not (r["status"]=="degraded" and r["checks"]["queue"]["workers"]))' && break
  body=""
  sleep 1
done
if [ -z "$body" ]; then
  echo "smoke: the embedded platform did not become healthy with a running worker" >&2
  cat "$log" >&2
  exit 1
fi
echo "smoke: health $body"
kill -TERM $pid
for _ in $(seq 1 30); do kill -0 $pid 2>/dev/null || break; sleep 1; done
if kill -0 $pid 2>/dev/null; then echo "smoke: platform did not stop within 30 s" >&2; exit 1; fi
wait $pid || { echo "smoke: platform exited with an error" >&2; cat "$log" >&2; exit 1; }
trap - EXIT
echo "smoke: embedded platform started, reported healthy and stopped cleanly"
