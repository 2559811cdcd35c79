"""Password logins through any door (API, web, Django admin) refuse unverified and locked accounts."""

from django.contrib.auth.backends import ModelBackend


class VerifiedEmailBackend(ModelBackend):
    # Only new logins are refused: a lockout triggered by someone else's guesses must not end a running session.
    def authenticate(self, request, username=None, password=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None or not user.email_verified or user.is_locked():
            return None
        return user
