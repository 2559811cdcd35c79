"""Web pages for accounts: login, registration, verification, password reset and consent."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from accounts import services
from accounts.forms import ConsentForm, EmailForm, LoginForm, RegisterForm
from insight.api_errors import ApplicationError


def _safe_next(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return default


def render_form(request: HttpRequest, template: str, context: dict) -> HttpResponse:
    """A form page; a post refused by the auth throttles is a 429 that shows why and says when to retry."""
    form = context["form"]
    if not form.throttled:
        return render(request, template, context)
    response = render(request, template, context, status=429)
    response["Retry-After"] = str(form.retry_after)
    return response


def _add_errors(form, exc: ApplicationError | ValidationError) -> None:
    if isinstance(exc, ApplicationError):
        for field, errors in exc.fields.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error)
        if not exc.fields:
            form.add_error(None, exc.message)
    else:
        form.add_error(None, exc)


@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.user_authenticate(request=request, **form.cleaned_data)
        except ApplicationError as exc:
            form.add_error(None, exc.message)
            if exc.code == "email_unverified":
                messages.info(request, "Need a new link? Use “Resend verification email” below.")
        else:
            login(request, user)
            return redirect(_safe_next(request, settings.LOGIN_REDIRECT_URL))
    return render_form(request, "accounts/login.html", {"form": form, "next": _safe_next(request, "")})


@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def register_view(request: HttpRequest) -> HttpResponse:
    form = RegisterForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        try:
            services.user_register(**form.cleaned_data)
        except (ApplicationError, ValidationError) as exc:
            _add_errors(form, exc)
        else:
            return render(request, "accounts/register_done.html", {"email": form.cleaned_data["email"]})
    return render_form(request, "accounts/register.html", {"form": form})


@require_http_methods(["GET"])
def verify_view(request: HttpRequest, token: str) -> HttpResponse:
    try:
        services.user_verify_email(token=token)
    except ApplicationError as exc:
        return render(request, "accounts/verify_result.html", {"ok": False, "message": exc.message}, status=400)
    return render(request, "accounts/verify_result.html", {"ok": True})


@require_http_methods(["GET", "POST"])
def verify_resend_view(request: HttpRequest) -> HttpResponse:
    form = EmailForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        try:
            services.verification_resend(email=form.cleaned_data["email"])
        except ApplicationError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, "If the address needs verifying, a new link is on its way.")
            return redirect("accounts:login")
    return render_form(request, "accounts/verify_resend.html", {"form": form})


@require_http_methods(["GET", "POST"])
def password_reset_view(request: HttpRequest) -> HttpResponse:
    form = EmailForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        services.password_reset_request(email=form.cleaned_data["email"])
        return redirect("accounts:password_reset_done")
    return render_form(request, "registration/password_reset_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def consent_view(request: HttpRequest) -> HttpResponse:
    form = ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.consent_record(user=request.user, version=settings.CONSENT_VERSION)
        messages.success(request, "Thank you. Your consent has been recorded.")
        return redirect(_safe_next(request, settings.LOGIN_REDIRECT_URL))
    return render(
        request,
        "accounts/consent.html",
        {
            "form": form,
            "version": settings.CONSENT_VERSION,
            "terms": render_to_string("accounts/consent_text.txt"),
            "next": _safe_next(request, ""),
        },
    )


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    def form_valid(self, form):
        response = super().form_valid(form)
        services.password_reset_completed(user=self.user)
        return response
