"""Outbound HTTP for CRMs and webhooks: retries with exponential backoff on 429 (honouring Retry-After) and 5xx."""

import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx
from django.conf import settings

from insight.validation import whole_number

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a call is retried; ``from_settings`` reads the CRM or webhook knobs."""

    max_attempts: int = 5
    backoff: float = 1.0  # seconds before the 2nd attempt, doubled each time
    max_wait: float = 60.0  # cap on any single wait, Retry-After included

    @classmethod
    def for_crm(cls) -> "RetryPolicy":
        return cls(settings.CRM_MAX_ATTEMPTS, settings.CRM_BACKOFF_SECONDS, settings.CRM_MAX_WAIT_SECONDS)

    @classmethod
    def for_webhooks(cls) -> "RetryPolicy":
        return cls(settings.WEBHOOK_MAX_ATTEMPTS, settings.WEBHOOK_BACKOFF_SECONDS, settings.WEBHOOK_MAX_WAIT_SECONDS)

    def wait(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait after failed ``attempt`` (1-based): Retry-After when the server says, else backoff."""
        retry_after = response.headers.get("Retry-After", "") if response is not None else ""
        delay = whole_number(retry_after.strip(), maximum=None)
        seconds = float(delay) if delay is not None else self.backoff * 2 ** (attempt - 1)
        return min(seconds, self.max_wait)


class RetriesExhausted(Exception):
    """Every attempt failed; ``response`` is the last answer (None when the last failure was a transport error)."""

    def __init__(self, message: str, *, response: httpx.Response | None, attempts: int) -> None:
        super().__init__(message)
        self.response = response
        self.attempts = attempts


def request_with_retries(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    policy: RetryPolicy,
    sleep: Callable[[float], None] = time.sleep,
    on_attempt: Callable[[int], None] | None = None,
    idempotent: bool = True,
    **kwargs,
) -> httpx.Response:
    """Send until an answer that is not 429/5xx; other answers (2xx, 4xx) are returned for the caller to judge.

    A request that is not ``idempotent`` (a create) is sent again only when it cannot have been acted on: a 429, or
    a connection that was never made. After a 5xx or a lost answer it may have been, so it is not repeated blindly:
    the caller looks the record up before writing again (the next push does)."""
    response: httpx.Response | None = None
    error = ""
    for attempt in range(1, policy.max_attempts + 1):
        if on_attempt:
            on_attempt(attempt)
        try:
            response = client.request(method, url, **kwargs)
        except httpx.TransportError as exc:
            response, error = None, f"{type(exc).__name__}: {exc}"
            unsent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
        else:
            if response.status_code not in RETRY_STATUSES:
                return response
            error = f"HTTP {response.status_code}: {response.text[:300]}"
            unsent = response.status_code == 429
        if not idempotent and not unsent:
            raise RetriesExhausted(
                f"{method} {url} failed and was not repeated (it may have been carried out): {error}",
                response=response,
                attempts=attempt,
            )
        if attempt < policy.max_attempts:
            sleep(policy.wait(attempt, response))
    raise RetriesExhausted(
        f"{method} {url} failed {policy.max_attempts} times; last: {error}", response=response, attempts=attempt
    )
