"""How a monitor's schedule reads to a person: when it was last checked, when it will be next, whether it runs now."""

from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.timesince import timesince, timeuntil

# The scheduler looks for due monitors once a minute: a due monitor is checked within this.
SCHEDULER_TICK = timedelta(minutes=1)
# A claim leases the monitor far past its interval (see scraping.monitoring.monitor_claim); a next_poll_at further
# than the interval (plus this slack) after the last check means that check is still running.
LEASE_SLACK = timedelta(seconds=30)


def _ago(then: datetime, now: datetime) -> str:
    return "just now" if now - then < timedelta(minutes=1) else f"{timesince(then, now)} ago"


def interval_words(seconds: int) -> str:
    minutes, hours = seconds // 60, seconds // 3600
    if seconds % 3600 == 0 and hours:
        return "hour" if hours == 1 else f"{hours} hours"
    if seconds % 60 == 0 and minutes:
        return "minute" if minutes == 1 else f"{minutes} minutes"
    return f"{seconds} seconds"


def monitor_schedule(monitor, *, now: datetime | None = None) -> dict:
    """``state`` (paused, never, running, due, scheduled), ``text`` (what the monitor list shows) and ``every``."""
    return {**_schedule(monitor, now or timezone.now()), "every": interval_words(monitor.poll_interval or 0)}


def _schedule(monitor, now: datetime) -> dict:
    interval = timedelta(seconds=monitor.poll_interval or 0)
    last = monitor.last_polled_at
    last_words = f"last check {_ago(last, now)}" if last else "No checks yet"
    if not monitor.is_active:
        return {"state": "paused", "text": f"Paused · {last_words}" if last else "Paused · no checks yet"}
    if last is None:
        return {"state": "never", "text": "No checks yet · the first runs within a minute"}
    running = monitor.next_poll_at is not None and monitor.next_poll_at > last + interval + LEASE_SLACK
    if running:
        return {"state": "running", "text": f"Checking now (started {_ago(last, now)})"}
    due = monitor.next_poll_at or last + interval
    if due <= now + SCHEDULER_TICK:
        return {"state": "due", "text": f"Last check {_ago(last, now)} · next within a minute"}
    return {"state": "scheduled", "text": f"Last check {_ago(last, now)} · next in {timeuntil(due, now)}"}
