"""Conversation sources: one adapter per public API, all behind ``SourceAdapter.fetch(cursor) -> Page``."""

from scraping.sources.base import (  # noqa: F401
    MalformedResponse,
    Page,
    Post,
    RateLimited,
    SourceAdapter,
    SourceBlocked,
    SourceError,
)
from scraping.sources.registry import SOURCES, adapter_for  # noqa: F401
