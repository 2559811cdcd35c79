"""Local fake HubSpot and Salesforce servers following their documented request/response contracts."""

from integrations.fakes.server import FakeCrm
from integrations.fakes.state import FakeCrmState


def start_fake_crm(*, host: str = "127.0.0.1", port: int = 0) -> FakeCrm:
    """Start both fakes on one free port (or ``port``) in a background thread; call ``.stop()`` when done."""
    return FakeCrm(FakeCrmState(), host=host, port=port).start()


__all__ = ["FakeCrm", "FakeCrmState", "start_fake_crm"]
