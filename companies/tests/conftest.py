import pytest

from companies.tests.receiver import WebhookReceiver
from scraping.tests.monitoring.conftest import fakes  # noqa: F401 - the fake conversation sources


@pytest.fixture
def receiver(settings):
    settings.ALLOW_PRIVATE_URLS = True  # the receiver listens on 127.0.0.1
    server = WebhookReceiver()
    yield server
    server.stop()
