#!/usr/bin/env bash
# One command from a fresh machine to a running Insight (web + worker) on the embedded default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh run
export DEBUG="${DEBUG:-true}"
.venv/bin/python manage.py migrate --no-input -v0
.venv/bin/python manage.py bootstrap_demo
exec .venv/bin/python manage.py runplatform --skip-migrate --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
