"""Django admin's site: its login shares the throttles and the lockout of the web and API logins."""

from django.contrib import admin
from django.http import HttpRequest, HttpResponse

from accounts.forms import AdminLoginForm


class InsightAdminSite(admin.AdminSite):
    login_form = AdminLoginForm

    def login(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        """The admin login page; a post over the auth budgets is a 429 with the reason on the form."""
        response = super().login(request, extra_context)
        form = (getattr(response, "context_data", None) or {}).get("form")
        if isinstance(form, AdminLoginForm) and form.is_bound and form.throttled:
            response.status_code = 429
            response["Retry-After"] = str(form.retry_after)
        return response
