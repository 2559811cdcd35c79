import math

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import HttpRequest

from accounts.api.throttles import auth_throttle_wait
from accounts.services import user_authenticate
from insight.api_errors import ApplicationError


class ThrottledFormMixin:
    """A form anyone may post (log in, sign up, reset, resend): every post spends the API's auth budgets, per IP and
    per email address, and one over budget is refused with a ``throttled`` error before anything else happens.
    The view answers it with 429 and ``Retry-After`` (``accounts.views.render_form``)."""

    email_field = "email"
    request: HttpRequest
    data: dict
    retry_after = 0

    def throttle_check(self) -> None:
        wait = auth_throttle_wait(self.request, email=str(self.data.get(self.email_field, "")))
        if wait is not None:
            self.retry_after = math.ceil(wait)
            raise ValidationError(
                "Too many attempts. Wait %(seconds)s seconds, then try again.",
                code="throttled",
                params={"seconds": self.retry_after},
            )

    @property
    def throttled(self) -> bool:
        return self.has_error(NON_FIELD_ERRORS, code="throttled")  # type: ignore[attr-defined]


class ThrottledForm(ThrottledFormMixin, forms.Form):
    def __init__(self, *args, request: HttpRequest, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.request = request

    def clean(self) -> dict:
        self.throttle_check()
        return super().clean()


class LoginForm(ThrottledForm):
    email = forms.EmailField(widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}))
    password = forms.CharField(widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))


class RegisterForm(ThrottledForm):
    email = forms.EmailField(widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    first_name = forms.CharField(max_length=150, required=False)
    last_name = forms.CharField(max_length=150, required=False)
    password = forms.CharField(widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))


class EmailForm(ThrottledForm):
    email = forms.EmailField(widget=forms.EmailInput(attrs={"autocomplete": "email"}))


class AdminLoginForm(ThrottledFormMixin, AdminAuthenticationForm):
    """Django admin's login through the same door as the web and API logins: throttled, then ``user_authenticate``
    (refuses locked accounts, counts wrong passwords toward the lockout, wants a verified address); staff only."""

    email_field = "username"

    def clean(self) -> dict:
        self.throttle_check()
        email, password = self.cleaned_data.get("username"), self.cleaned_data.get("password")
        if email and password:
            try:
                self.user_cache = user_authenticate(request=self.request, email=email, password=password)
            except ApplicationError as exc:
                raise ValidationError(exc.message, code=exc.code) from exc
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data


class ConsentForm(forms.Form):
    accept = forms.BooleanField(
        required=True, label="I have read and accept the terms of use and the data-protection notice."
    )
