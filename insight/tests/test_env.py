import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from insight.env import env_bool, env_int, env_list


def test_booleans_accept_common_spellings(monkeypatch):
    monkeypatch.setenv("FLAG", "Yes")
    assert env_bool("FLAG") is True
    monkeypatch.setenv("FLAG", "0")
    assert env_bool("FLAG", True) is False


def test_a_bad_value_fails_loudly_naming_the_variable(monkeypatch):
    monkeypatch.setenv("Q_WORKERS", "many")
    with pytest.raises(ImproperlyConfigured, match="Q_WORKERS must be a whole number"):
        env_int("Q_WORKERS", 2)
    monkeypatch.setenv("Q_WORKERS", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env_int("Q_WORKERS", 2, minimum=1)
    monkeypatch.setenv("DEBUG", "perhaps")
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be a boolean"):
        env_bool("DEBUG")


def test_lists_are_comma_separated(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", "insight.example.com, ,api.example.com")
    assert env_list("ALLOWED_HOSTS", []) == ["insight.example.com", "api.example.com"]


def _start_up(tmp_path, code: str = "", **variables: str) -> subprocess.CompletedProcess:
    """Load the settings in a fresh interpreter with only ``variables`` set (plus a data dir), then run ``code``."""
    env = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "insight.settings", "INSIGHT_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=Path(__file__).resolve().parents[2],
        env=env | variables,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_digest_score_above_the_alert_score_stops_start_up(tmp_path):
    result = _start_up(tmp_path, ALERT_SCORE="50", ALERT_DIGEST_SCORE="60")
    assert result.returncode != 0
    assert "ALERT_DIGEST_SCORE (60) must not be above ALERT_SCORE (50)" in result.stderr


def test_variables_left_empty_take_their_defaults(tmp_path):
    """A .env copied from .env.example keeps ``ARCHIVE_PATH=`` and friends empty: they must not mean "the current
    directory" (archives and exports would land wherever the process was started)."""
    empty = ("ARCHIVE_PATH", "STATIC_ROOT", "MEDIA_ROOT", "EXPORT_ROOT", "DATABASE_URL", "TIME_ZONE")
    show = "from django.conf import settings as s; " + "; ".join(
        f"print(s.{name})" for name in ("ARCHIVE_PATH", "STATIC_ROOT", "MEDIA_ROOT", "EXPORT_ROOT", "TIME_ZONE")
    )
    result = _start_up(tmp_path, show, **dict.fromkeys(empty, ""))
    assert result.returncode == 0, result.stderr
    archive, static, media, exports, time_zone = result.stdout.split()
    assert (archive, static, media, exports) == tuple(
        str(tmp_path / name) for name in ("archive", "staticfiles", "media", "exports")
    )
    assert time_zone == "UTC"


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"NLP_PRECISION": "fp16"}, "NLP_PRECISION must be one of auto, fp32, bf16, int8; got 'fp16'"),
        ({"NLP_QUANTIZE": "true"}, "NLP_QUANTIZE was replaced by NLP_PRECISION (NLP_PRECISION=int8"),
    ],
)
def test_an_unknown_embedding_precision_stops_start_up(tmp_path, variables, message):
    result = _start_up(tmp_path, **variables)
    assert result.returncode != 0
    assert message in result.stderr


def test_an_install_without_secret_key_makes_its_own_once_and_keeps_it_private(tmp_path):
    from insight.env import embedded_secret_key

    first = embedded_secret_key(tmp_path / "data" / "secret-key.txt")
    assert len(first) >= 50 and first != "insecure-dev-key-change-me"
    assert embedded_secret_key(tmp_path / "data" / "secret-key.txt") == first  # the web and the worker agree
    assert (tmp_path / "data" / "secret-key.txt").stat().st_mode & 0o777 == 0o600
    assert embedded_secret_key(tmp_path / "other" / "secret-key.txt") != first  # no two installs share one
