"""Local fake servers for the conversation sources, following their documented response shapes."""

from scraping.fakes.server import BLUESKY_ACCOUNT, MASTODON_TOKEN, REDDIT_CLIENT, X_TOKEN, FakeSources  # noqa: F401
from scraping.fakes.state import FakeState, seed  # noqa: F401


def start_fake_sources(*, seeded: bool = True, host: str = "127.0.0.1", port: int = 0) -> FakeSources:
    """Start the fakes on a free port (or ``port``) in a background thread; call ``.stop()`` when done."""
    state = FakeState()
    if seeded:
        seed(state)
    return FakeSources(state, host=host, port=port).start()
