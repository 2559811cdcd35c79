"""JSON over HTTP for the paid providers: timeouts, a few quick retries on transient answers, clear errors."""

import time
from collections.abc import Callable
from typing import Any

import httpx
from django.conf import settings

from enrichment.providers.base import (
    ProviderAuthError,
    ProviderBadResponse,
    ProviderError,
    ProviderQuotaExceeded,
    ProviderUnavailable,
)

USER_AGENT = "Insight-Enrichment/1.0"
TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_QUICK_WAIT = 5.0  # a longer Retry-After is left to the next run of the pipeline


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return max(float(response.headers.get("retry-after", "")), 0.0)
    except ValueError:
        return None


def request_json(
    provider: str,
    method: str,
    url: str,
    *,
    describe_error: Callable[[httpx.Response], tuple[str, str]],
    not_found: Callable[[httpx.Response], dict[str, Any]] | None = None,
    auth_failed: Callable[[httpx.Response, str], bool] | None = None,
    client: httpx.Client | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """Send one request and return its JSON body, retrying timeouts, 429 and 5xx up to ENRICHMENT_HTTP_RETRIES times.

    ``describe_error(response)`` turns the provider's documented error body into ``(code, message)``;
    ``not_found(response)`` turns a 404 into an answer (cacheable) instead of an error; ``auth_failed`` spots a
    credential refusal that does not use 401/403 (Google answers 400 API_KEY_INVALID).
    """
    retries = settings.ENRICHMENT_HTTP_RETRIES
    own = client is None
    client = client or httpx.Client(timeout=settings.ENRICHMENT_HTTP_TIMEOUT, headers={"User-Agent": USER_AGENT})
    try:
        for attempt in range(retries + 1):
            last = attempt == retries
            try:
                response = client.request(method, url, **kwargs)
            except httpx.TimeoutException as exc:
                if last:
                    raise ProviderUnavailable(provider, f"{provider} did not answer within the timeout ({exc}).")
                time.sleep(0.5 * 2**attempt)
                continue
            except httpx.HTTPError as exc:
                if last:
                    raise ProviderUnavailable(provider, f"{provider} could not be reached: {type(exc).__name__}: {exc}")
                time.sleep(0.5 * 2**attempt)
                continue
            if response.status_code in TRANSIENT_STATUSES and not last:
                wait = _retry_after(response)
                wait = 0.5 * 2**attempt if wait is None else wait
                if wait <= MAX_QUICK_WAIT:
                    time.sleep(wait)
                    continue
            return _answer(provider, response, describe_error, not_found, auth_failed)
    finally:
        if own:
            client.close()
    raise AssertionError("unreachable")  # pragma: no cover - the loop always returns or raises


def _answer(provider, response: httpx.Response, describe_error, not_found, auth_failed) -> dict[str, Any]:
    status = response.status_code
    if 200 <= status < 300:
        try:
            body = response.json()
        except ValueError:
            raise ProviderBadResponse(provider, f"{provider} answered HTTP {status} with a body that is not JSON.")
        if not isinstance(body, dict):
            raise ProviderBadResponse(provider, f"{provider} answered with JSON that is not an object.")
        return body
    if status == 404 and not_found is not None:
        return not_found(response)
    try:
        code, message = describe_error(response)
    except (ValueError, KeyError, TypeError, AttributeError):
        code, message = "", response.text[:200]
    detail = f"{provider} answered HTTP {status}" + (f" ({code})" if code else "") + f": {message}"
    if status in (401, 403) or (auth_failed is not None and auth_failed(response, code)):
        raise ProviderAuthError(
            provider, f"{detail} — check the credentials in the settings.", status=status, code=code
        )
    if status == 429:
        raise ProviderQuotaExceeded(provider, detail, retry_after=_retry_after(response), status=status, code=code)
    if status >= 500:
        raise ProviderUnavailable(provider, detail, status=status, code=code)
    raise ProviderBadResponse(provider, detail, status=status, code=code)


__all__ = ["ProviderError", "request_json"]
