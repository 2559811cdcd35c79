"""Throttles for the authentication endpoints: one budget per client IP, one per account."""

import hashlib

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
