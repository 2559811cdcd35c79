import pytest
from django.test import override_settings
from django_q.conf import Conf

pytestmark = pytest.mark.django_db

DEAD_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def embedded_mode(monkeypatch, tmp_path):
    """The embedded default: ORM broker and the SQLite-file channel layer, whatever the environment says."""
    monkeypatch.setattr(Conf, "ORM", "default")
    monkeypatch.setattr(Conf, "REDIS", None)
    layers = {
        "default": {
            "BACKEND": "insight.channel_layers.SQLiteChannelLayer",
            "CONFIG": {"path": str(tmp_path / "channels.sqlite3")},
        }
    }
    with override_settings(REDIS_URL="", CHANNEL_LAYERS=layers):
        yield


def test_it_reports_every_part_in_the_configured_mode(client, settings):
    response = client.get("/api/health")

    body = response.json()
    assert response.status_code == 200
    assert body["status"] in ("ok", "degraded")
    assert set(body["checks"]) == {"database", "queue", "channel_layer", "browser"}
    assert body["checks"]["database"]["ok"] and body["checks"]["channel_layer"]["ok"]
    assert body["checks"]["queue"]["broker"] == ("redis" if settings.REDIS_URL else "orm")
    assert response["Cache-Control"].startswith("max-age=0")


def test_it_reports_healthy_in_the_embedded_mode(client, embedded_mode):
    body = client.get("/api/health").json()

    assert body["checks"]["queue"] == {**body["checks"]["queue"], "ok": True, "broker": "orm"}
    assert body["checks"]["channel_layer"]["backend"] == "SQLiteChannelLayer"
    assert body["checks"]["channel_layer"]["ok"]


def test_a_queue_that_does_not_answer_makes_it_503(client, monkeypatch):
    monkeypatch.setattr(Conf, "ORM", None)
    monkeypatch.setattr(Conf, "REDIS", DEAD_REDIS)

    response = client.get("/api/health")

    assert response.status_code == 503
    assert response.json()["status"] == "down"
    assert response.json()["checks"]["queue"]["ok"] is False
    assert "error" in response.json()["checks"]["queue"]


def test_a_channel_layer_that_does_not_answer_makes_it_503(client):
    layers = {"default": {"BACKEND": "channels_redis.core.RedisChannelLayer", "CONFIG": {"hosts": [DEAD_REDIS]}}}
    with override_settings(CHANNEL_LAYERS=layers):
        response = client.get("/api/health")

    assert response.status_code == 503
    assert response.json()["checks"]["channel_layer"]["ok"] is False


def test_a_missing_browser_degrades_unless_it_is_required(client, settings):
    settings.CHROME_BINARY = "/nonexistent/chromium"
    body = client.get("/api/health").json()
    assert body["checks"]["browser"] == {**body["checks"]["browser"], "ok": False, "mode": "local"}
    assert body["status"] == "degraded"

    settings.HEALTH_REQUIRE_BROWSER = True
    assert client.get("/api/health").status_code == 503


def test_only_get_is_allowed(client):
    assert client.post("/api/health").status_code == 405
