"""What every enrichment provider shares: the context it reads, the base class, the errors it may raise."""

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar


class ProviderError(Exception):
    """A provider could not answer. ``transient`` errors (timeouts, 5xx, 429) are retried by a later run."""

    transient: ClassVar[bool] = False

    def __init__(self, provider: str, message: str, *, status: int | None = None, code: str = "") -> None:
        super().__init__(message)
        self.provider = provider
        self.message = message
        self.status = status
        self.code = code


class ProviderUnavailable(ProviderError):
    """No answer: timeout, refused connection or a 5xx after the quick retries."""

    transient = True


class ProviderQuotaExceeded(ProviderError):
    """The provider answered 429 (quota or rate limit) after the quick retries."""

    transient = True

    def __init__(self, provider: str, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(provider, message, **kwargs)
        self.retry_after = retry_after


class ProviderAuthError(ProviderError):
    """The credentials were refused: fix the key or token in the settings; retrying will not help."""


class ProviderBadResponse(ProviderError):
    """The provider answered, but not in its documented shape, or refused our request as invalid."""


class ProviderLimitReached(ProviderError):
    """Our own daily budget for this paid provider is spent."""

    def __init__(self, provider: str, message: str) -> None:
        super().__init__(provider, message, code="daily_limit")


class StepSkipped(Exception):
    """Nothing for this step to do for this lead (no number, no website, no credentials...): says why."""


@dataclass
class PhoneInput:
    """A phone contact point of the lead, as the providers see it."""

    contact_id: int
    e164: str
    raw: str
    confidence: float
    layer: str


@dataclass
class EnrichContext:
    """The lead as the steps read it, and what earlier steps of this run found (``results[step]``)."""

    lead: Any
    phones: list[PhoneInput]
    emails: list[str]
    websites: list[str]
    now: datetime
    contacts: list[Any] = field(default_factory=list)  # every ContactPoint of the lead
    results: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def best_phone(self) -> PhoneInput | None:
        return self.phones[0] if self.phones else None


def input_hash(value: Any) -> str:
    """A stable fingerprint of what a step reads: unchanged input means the stored result still holds."""
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


class Provider:
    """One enrichment source. Subclasses set ``name`` and implement ``inputs`` and ``run``.

    ``inputs`` returns what the step reads (fingerprinted to skip unchanged work) or raises ``StepSkipped``;
    ``run(ctx, wanted)`` gets that input and returns a JSON-able result, or raises ``StepSkipped`` or a
    ``ProviderError``. ``paid`` providers need credentials (``configured``) and count against a daily limit.
    """

    name: ClassVar[str] = ""
    paid: ClassVar[bool] = False

    def configured(self) -> bool:
        return True

    def inputs(self, ctx: EnrichContext) -> Any:
        raise NotImplementedError

    def run(self, ctx: EnrichContext, wanted: Any) -> dict[str, Any]:
        """Do the work for ``wanted`` (what ``inputs`` returned)."""
        raise NotImplementedError
