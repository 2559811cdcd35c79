"""When a lead may be called: local time in the number's time zones against the configured call window."""

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class CallWindow:
    start: time
    end: time
    weekends: bool

    def open_at(self, local: datetime) -> bool:
        if not self.weekends and local.weekday() >= 5:
            return False
        return self.start <= local.time().replace(tzinfo=None) < self.end

    def describe(self) -> str:
        days = "every day" if self.weekends else "Mon–Fri"
        return f"{self.start:%H:%M}–{self.end:%H:%M} {days}"


def call_window() -> CallWindow:
    """``settings.ENRICHMENT_CALL_HOURS`` ("09:00-18:00") and ``ENRICHMENT_CALL_WEEKENDS``; bad values fail loudly."""
    raw = settings.ENRICHMENT_CALL_HOURS
    try:
        start, end = (time.fromisoformat(part.strip()) for part in raw.split("-", 1))
    except ValueError:
        raise ImproperlyConfigured(f"ENRICHMENT_CALL_HOURS must look like 09:00-18:00, got {raw!r}") from None
    if start >= end:
        raise ImproperlyConfigured(f"ENRICHMENT_CALL_HOURS must end after it starts, got {raw!r}")
    return CallWindow(start=start, end=end, weekends=settings.ENRICHMENT_CALL_WEEKENDS)


def local_times(zones: list[str], now: datetime) -> dict[str, datetime]:
    """``now`` in each known IANA zone (unknown names such as "Etc/Unknown" are left out)."""
    out = {}
    for name in zones:
        try:
            out[name] = now.astimezone(ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return out


def callable_now(zones: list[str], now: datetime) -> dict:
    """Local time now and whether every one of the number's time zones is inside the call window.

    ``callable`` is None when no zone is known; ``local_time`` is given when all zones agree on the clock.
    """
    window = call_window()
    times = local_times(zones, now)
    if not times:
        return {"callable": None, "local_time": None, "utc_offset": None, "window": window.describe()}
    clocks = {t.strftime("%H:%M") for t in times.values()}
    first = next(iter(times.values()))
    offset = first.strftime("%z")
    return {
        "callable": all(window.open_at(t) for t in times.values()),
        "local_time": first.strftime("%Y-%m-%dT%H:%M") if len(clocks) == 1 else None,
        "local_time_range": sorted(clocks)[0] + "–" + sorted(clocks)[-1] if len(clocks) > 1 else None,
        "utc_offset": f"{offset[:3]}:{offset[3:]}" if len(clocks) == 1 else None,
        "window": window.describe(),
    }
