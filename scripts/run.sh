#!/usr/bin/env bash
# One command from a fresh machine to a running Insight (web + worker) on the embedded default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh run
export DEBUG="${DEBUG:-false}"  # error pages never show internals; DEBUG=true for development
# Links in emails (verification, password reset) point at this server unless SITE_URL says otherwise.
export SITE_URL="${SITE_URL:-http://${HOST:-127.0.0.1}:${PORT:-8000}}"
.venv/bin/python manage.py migrate --no-input -v0
.venv/bin/python manage.py models_ready  # trains the understanding models once (progress bar), so the first analysis answers at once
.venv/bin/python manage.py bootstrap_demo
# The offline sandbox web starts with the platform (SANDBOX=0 to skip) so a newcomer can run a demo scrape.
SANDBOX_FLAG=$([ "${SANDBOX:-1}" = "0" ] || echo "--with-sandbox")
exec .venv/bin/python manage.py runplatform --skip-migrate --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}" $SANDBOX_FLAG
