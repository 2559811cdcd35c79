"""A web process loads every app and URL without the embedding stack: torch costs ~180 MB and seconds per process."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import django, sys; django.setup(); import insight.urls, insight.asgi; "
    "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))"
)


def test_loading_the_web_application_does_not_import_torch(tmp_path):
    env = {"DJANGO_SETTINGS_MODULE": "insight.settings", "INSIGHT_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
