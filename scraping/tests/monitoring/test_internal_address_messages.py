"""A monitor whose feed host turns out to be internal says so without telling its owner how the name resolves."""

import asyncio
import logging
import socket

import pytest

from leads.tests.api_roles import client_as
from scraping.models import MonitorStatus
from scraping.monitoring import monitor_poll
from scraping.tests.factories import MonitorFactory

pytestmark = pytest.mark.django_db

INTERNAL = "10.20.30.40"  # what vm.example.com resolves to inside the company network


@pytest.fixture
def vm_is_internal(monkeypatch):
    real_getaddrinfo = socket.getaddrinfo

    def resolve(host, *args, **kwargs):
        if host != "vm.example.com":
            return real_getaddrinfo(host, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (INTERNAL, 80))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)


def test_the_owner_reads_that_the_feed_points_inside_and_only_the_log_says_where(vm_is_internal, settings, caplog):
    settings.ALLOW_PRIVATE_URLS = False
    client, marketer = client_as("marketing")
    monitor = MonitorFactory(owner=marketer, sources=[{"source": "rss", "url": "http://vm.example.com/feed.xml"}])

    with caplog.at_level(logging.WARNING, logger="scraping.monitoring"):
        report = monitor_poll(monitor_id=monitor.pk, force=True)

    monitor.refresh_from_db()
    assert monitor.status == MonitorStatus.BLOCKED
    assert "vm.example.com points to an internal address" in monitor.last_error
    (health,) = monitor.source_health.values()
    assert "vm.example.com points to an internal address" in health["last_error"]
    assert all(INTERNAL not in error for error in report.errors.values())
    shown = client.get(f"/api/v1/monitors/{monitor.pk}").content.decode()
    assert "points to an internal address" in shown and INTERNAL not in shown
    assert f"vm.example.com resolves to {INTERNAL}" in caplog.text  # admins read the detail in the worker log


def test_a_crawled_page_on_an_internal_host_is_refused_without_saying_where_it_resolves(vm_is_internal, caplog):
    """The crawler's refusal becomes a task's error, which every viewer of the task reads."""
    from scraping.crawler.crawler import Crawler
    from scraping.crawler.errors import RefusedURL

    async def fetch() -> str:
        async with Crawler(allow_private=False, start_delay=0) as crawler:
            with pytest.raises(RefusedURL) as refused:
                await crawler.fetch("http://vm.example.com/page")
            return str(refused.value)

    with caplog.at_level(logging.INFO, logger="scraping.crawler.crawler"):
        message = asyncio.run(fetch())
    assert "vm.example.com points to an internal address" in message and INTERNAL not in message
    assert f"vm.example.com resolves to {INTERNAL}" in caplog.text


def test_a_webhook_on_an_internal_host_is_refused_without_saying_where_it_resolves(vm_is_internal, settings):
    settings.ALLOW_PRIVATE_URLS = False
    client, _admin = client_as("admin")
    response = client.post(
        "/api/v1/webhooks",
        {"name": "Intranet", "url": "http://vm.example.com/hook", "secret": "s" * 32, "events": ["crm.synced"]},
        format="json",
    )
    assert response.status_code == 400, response.content
    shown = response.content.decode()
    assert "points to an internal address" in shown and INTERNAL not in shown
