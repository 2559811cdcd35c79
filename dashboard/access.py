"""Who may open a dashboard page: the same gates as the API (login, verified email, consent, role)."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods

from accounts.models import Role
from accounts.roles import has_role

ALL_ROLES = tuple(Role.values)
LEAD_EDITORS = (Role.ADMIN, Role.MANAGER, Role.SALES)
MONITOR_EDITORS = (Role.ADMIN, Role.MANAGER, Role.MARKETING)


def forbidden(request: HttpRequest, message: str) -> HttpResponse:
    return render(request, "dashboard/forbidden.html", {"message": message}, status=403)


def dashboard_view(*roles: str, methods: tuple[str, ...] = ("GET",)) -> Callable:
    """Decorate a page: anonymous visitors go to the login page, unverified or unconsented accounts to the
    step they still owe, and a role outside ``roles`` gets a 403 page."""

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            user = request.user
            if not user.is_authenticated or not user.is_active:
                return redirect_to_login(request.get_full_path())
            if not user.email_verified:
                return forbidden(request, "Verify your email address first: use the link we emailed you.")
            if not user.has_current_consent:
                return redirect(f"{reverse('accounts:consent')}?{urlencode({'next': request.get_full_path()})}")
            if not has_role(user, *roles):
                return forbidden(request, "Your role does not give access to this page.")
            return view(request, *args, **kwargs)

        return require_http_methods(list(methods))(wrapper)

    return decorate
