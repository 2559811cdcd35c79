"""Throttles for the authentication endpoints: one budget per client IP, one per account.

The web account forms and Django admin's login spend the same budgets (``auth_throttle_wait``), so moving
between doors buys an attacker no extra attempts.
"""

import hashlib
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from rest_framework.throttling import SimpleRateThrottle


class AuthIPThrottle(SimpleRateThrottle):
    scope = "auth_ip"

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class AuthUserThrottle(SimpleRateThrottle):
    """Keyed on the logged-in user, or on the email address the request names (so one IP pool cannot spread)."""

    scope = "auth_user"

    def get_cache_key(self, request, view) -> str | None:
        if request.user and request.user.is_authenticated:
            ident = f"user-{request.user.pk}"
        else:
            data = request.data if isinstance(request.data, dict) else {}
            email = str(data.get("email", "")).strip().lower()
            if not email:
                return None
            ident = hashlib.sha256(email.encode()).hexdigest()[:32]
        return self.cache_format % {"scope": self.scope, "ident": ident}


AUTH_THROTTLES = [AuthIPThrottle, AuthUserThrottle]


@dataclass(frozen=True)
class _FormPost:
    """The parts of a request the throttles read, taken from a web form post."""

    META: dict[str, Any]
    headers: Any
    user: Any
    data: dict[str, str]


def auth_throttle_wait(request: HttpRequest, *, email: str) -> float | None:
    """Spend the auth budgets on a web form post naming ``email``, as the API does for its own posts.

    None while within budget; otherwise the seconds until the next attempt is allowed.
    """
    post = _FormPost(
        META=request.META, headers=request.headers, user=getattr(request, "user", None), data={"email": email}
    )
    throttles = [throttle() for throttle in AUTH_THROTTLES]
    waits = [throttle.wait() or 1.0 for throttle in throttles if not throttle.allow_request(post, None)]
    return max(waits) if waits else None
