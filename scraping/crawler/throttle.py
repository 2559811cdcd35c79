"""Per-domain politeness: a concurrency cap and an adaptive delay between request starts (AutoThrottle).

The delay follows the server: target = latency / target_concurrency; new = max(target, (old + target) / 2),
clamped to [min_delay, max_delay]. An error response never lowers the delay, so a failing site is not hammered.
"""

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field


@dataclass
class ThrottleConfig:
    start_delay: float = 0.25
    min_delay: float = 0.0
    max_delay: float = 30.0
    target_concurrency: float = 4.0
    concurrency: int = 8  # requests in flight per domain


@dataclass
class DomainSlot:
    """The state of one domain: its current delay, when the next request may start, and a concurrency cap."""

    delay: float
    semaphore: asyncio.Semaphore
    next_start: float = 0.0
    min_delay: float = 0.0  # raised by robots.txt Crawl-delay
    latencies: list[float] = field(default_factory=list)


class Throttle:
    """AutoThrottle for many domains. ``async with throttle.slot(domain):`` waits for a free slot and the delay."""

    def __init__(self, config: ThrottleConfig | None = None, *, clock=time.monotonic) -> None:
        self.config = config or ThrottleConfig()
        self._clock = clock
        self._slots: dict[str, DomainSlot] = {}

    def _slot(self, domain: str) -> DomainSlot:
        slot = self._slots.get(domain)
        if slot is None:
            start = min(max(self.config.start_delay, self.config.min_delay), self.config.max_delay)
            slot = DomainSlot(delay=start, semaphore=asyncio.Semaphore(self.config.concurrency))
            self._slots[domain] = slot
        return slot

    def delay(self, domain: str) -> float:
        return self._slot(domain).delay

    def set_min_delay(self, domain: str, seconds: float) -> None:
        """A floor for this domain (robots.txt ``Crawl-delay``), never above ``max_delay``."""
        slot = self._slot(domain)
        slot.min_delay = min(seconds, self.config.max_delay)
        slot.delay = max(slot.delay, slot.min_delay)

    def hold_off(self, domain: str, seconds: float) -> None:
        """No request to ``domain`` starts for ``seconds`` (the server's ``Retry-After``)."""
        slot = self._slot(domain)
        slot.next_start = max(slot.next_start, self._clock() + seconds)

    @asynccontextmanager
    async def slot(self, domain: str) -> AsyncIterator[None]:
        slot = self._slot(domain)
        async with slot.semaphore:
            # Reserve a start time before sleeping: no await between reading and writing next_start.
            while True:
                now = self._clock()
                start = max(now, slot.next_start)
                if start <= now:
                    slot.next_start = now + slot.delay
                    break
                await asyncio.sleep(start - now)
            yield

    def record(self, domain: str, *, latency: float, ok: bool) -> float:
        """Adapt the delay to one response's latency; returns the new delay."""
        slot = self._slot(domain)
        config = self.config
        target = latency / max(config.target_concurrency, 0.01)
        new = max(target, (slot.delay + target) / 2)
        new = min(max(new, config.min_delay, slot.min_delay), config.max_delay)
        if not ok and new < slot.delay:
            new = slot.delay
        slot.delay = new
        return new
