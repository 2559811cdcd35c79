#!/usr/bin/env bash
# One command from a fresh machine to a passing suite: installs test tools, lints, checks migrations, tests.
# Uses PostgreSQL and Redis when DATABASE_URL / REDIS_URL are set, SQLite and no Redis otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
DJANGO_SETTINGS_MODULE=insight.test_settings .venv/bin/python manage.py makemigrations --check --dry-run
# The OpenAPI schema must generate cleanly: any drf-spectacular warning fails the build.
DJANGO_SETTINGS_MODULE=insight.test_settings .venv/bin/python manage.py spectacular --validate --fail-on-warn --file /dev/null
exec .venv/bin/python -m pytest "$@"
