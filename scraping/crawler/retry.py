"""When to try again: exponential backoff with jitter, and the server's own ``Retry-After`` on 429/503."""

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from insight.validation import whole_number


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date); None when absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if (seconds := whole_number(value, maximum=None)) is not None:
        return float(seconds)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@dataclass
class RetryPolicy:
    """How many times and how long to wait. A ``Retry-After`` longer than ``max_retry_after`` is not waited for:
    the response is handed back (the caller can mark the task blocked) instead of stalling a worker for hours."""

    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    max_retry_after: float = 120.0
    retry_statuses: frozenset[int] = field(default_factory=lambda: frozenset({429, 500, 502, 503, 504}))

    def should_retry_status(self, status: int, attempt: int) -> bool:
        return status in self.retry_statuses and attempt < self.max_retries

    def backoff(self, attempt: int) -> float:
        """Full-jitter exponential backoff for attempt 0, 1, 2…"""
        ceiling = min(self.backoff_max, self.backoff_base * (2**attempt))
        return random.uniform(ceiling / 2, ceiling)

    def delay_for(self, attempt: int, retry_after: str | None) -> float | None:
        """Seconds to wait before the next attempt, or None when the server asks for longer than we wait."""
        asked = parse_retry_after(retry_after)
        if asked is None:
            return self.backoff(attempt)
        if asked > self.max_retry_after:
            return None
        return asked
