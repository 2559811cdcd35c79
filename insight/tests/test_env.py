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
