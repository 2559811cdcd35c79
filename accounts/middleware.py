"""Send logged-in people to the consent page until they accept the current terms."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

# The API and the MJPEG feed (an <img>, which cannot follow a redirect to a form) answer with their own
# `consent_required` refusal instead; admin, static files and account pages stay reachable.
EXEMPT_PREFIXES = ("/accounts/", "/admin/", "/api/", "/static/", "/media/", "/ws/", "/live_feed/")


class ConsentRequiredMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not user.has_current_consent
            and not request.path.startswith(EXEMPT_PREFIXES)
            and not request.path.startswith(settings.STATIC_URL)
        ):
            return redirect(f"{reverse('accounts:consent')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
