"""What every CRM client shares: one error type, JSON calls through the retrying HTTP helper and the SSRF guard."""

import time
from collections.abc import Callable
from typing import Any

import httpx
from django.conf import settings

from integrations.http import RetriesExhausted, RetryPolicy, request_with_retries
from scraping.crawler.guard import guarded_client
from scraping.urlsafety import UnsafeURLError, check_url


class CrmError(Exception):
    """The CRM refused or could not be reached; ``status`` is its HTTP answer (0: no answer), ``category`` and
    ``context`` what it said about the error where it says it (HubSpot's error body)."""

    def __init__(self, message: str, *, status: int = 0, category: str = "", context: dict | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.category = category
        self.context = context or {}


class CrmNotConfigured(CrmError):
    """The provider has no credentials in settings."""


class CrmClient:
    """An httpx client with the retry policy; subclasses add authentication and the provider's calls."""

    provider = ""

    def __init__(self, *, base_url: str, policy: RetryPolicy, sleep: Callable[[float], None] = time.sleep) -> None:
        self.base_url = base_url.rstrip("/")
        self.policy = policy
        self.sleep = sleep
        self.http = guarded_client(allow_private=settings.ALLOW_PRIVATE_URLS, timeout=30.0, follow_redirects=False)
        self.checked_origins: set[str] = set()

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> "CrmClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def headers(self) -> dict[str, str]:
        return {}

    def guard(self, url: str) -> None:
        """Refuse a URL whose host is internal (a base URL setting, or Salesforce's ``instance_url`` answer), unless
        ``ALLOW_PRIVATE_URLS``; checked once per origin and client."""
        parts = httpx.URL(url)
        origin = f"{parts.scheme}://{parts.host}:{parts.port}"
        if origin in self.checked_origins:
            return
        try:
            check_url(url, allow_private=settings.ALLOW_PRIVATE_URLS)
        except UnsafeURLError as exc:
            hint = " (settings.ALLOW_PRIVATE_URLS allows internal hosts)"
            raise CrmError(f"{self.provider}: refused {parts.scheme}://{parts.host}: {exc}{hint}") from exc
        self.checked_origins.add(origin)

    def call(
        self, method: str, url: str, *, json: Any = None, data: Any = None, idempotent: bool = True
    ) -> httpx.Response:
        """One API call, retried on 429/5xx (a create, not ``idempotent``, only when it cannot have been carried
        out); a final failure becomes ``CrmError`` with the provider's message."""
        url = url if url.startswith("http") else self.base_url + url
        self.guard(url)
        try:
            return request_with_retries(
                self.http,
                method,
                url,
                policy=self.policy,
                sleep=self.sleep,
                json=json,
                data=data,
                headers=self.headers(),
                idempotent=idempotent,
            )
        except RetriesExhausted as exc:
            status = exc.response.status_code if exc.response is not None else 0
            raise CrmError(f"{self.provider}: {exc}", status=status) from exc
        except UnsafeURLError as exc:  # DNS answered differently when the connection was made
            raise CrmError(f"{self.provider}: refused {url}: {exc}") from exc
