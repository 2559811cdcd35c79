"""Security headers on every page and a production configuration that passes Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/accounts/login/", "/api/health", "/api/docs/"])
def test_pages_carry_the_security_headers(path):
    response = Client().get(path)
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert "unsafe-eval" not in policy and "script-src 'self' 'unsafe-inline'" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_api_docs_run_without_inline_scripts():
    html = Client().get("/api/docs/").content.decode()
    assert "<script>" not in html  # its bootstrap script is a separate file, allowed by script-src 'self'


def test_production_settings_pass_the_deployment_checks(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "DJANGO_SETTINGS_MODULE", "SECRET_KEY", "ALLOWED_HOSTS"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="insight.settings",
        DEBUG="false",
        HTTPS="true",
        INSIGHT_REQUIRE_SECRET_KEY="true",
        SECRET_KEY="a-long-production-secret-" + "x7Qp9" * 12,
        ALLOWED_HOSTS="insight.example.com",
        INSIGHT_DATA_DIR=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
