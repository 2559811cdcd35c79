"""Account writes: registration, email verification, password reset, consent, lockout, roles."""

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import authenticate, password_validation
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from rest_framework import status
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.settings import api_settings as jwt_settings
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.utils import datetime_from_epoch, get_md5_hash_password

from accounts.models import Role, User
from insight.api_errors import ApplicationError

VERIFY_SALT = "accounts.email-verification"


def _password_check(password: str, user: User, *, field: str = "password") -> None:
    """Django's password validators; a refusal names ``field``, the input the caller sent the password in."""
    try:
        password_validation.validate_password(password, user)
    except ValidationError as exc:
        raise ApplicationError("Choose a stronger password.", fields={field: list(exc.messages)}) from exc


def _send(*, user: User, template: str, context: dict) -> None:
    context = {"user": user, "site_url": settings.SITE_URL.rstrip("/"), **context}
    subject = render_to_string(f"accounts/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"accounts/email/{template}.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


STAFF_ROLES = (Role.ADMIN, Role.MANAGER)


@transaction.atomic
def user_set_role(*, user: User, role: str, actor: User | None = None) -> User:
    """Change a user's role and keep the matching Django group the only role group they are in.

    Admins and managers work in the Django admin too (managers with their group's permissions), so a role change
    opens it to them (``is_staff``) and closes it to sales and marketing (superusers keep it). A change of an
    existing role (or any role set by an ``actor``) goes to the audit log.
    """
    from compliance.models import AuditAction
    from compliance.services import audit_record

    if role not in Role.values:
        raise ApplicationError("Unknown role.", fields={"role": [f"Choose one of {', '.join(Role.values)}."]})
    previous = sorted(user.groups.filter(name__in=Role.values).values_list("name", flat=True))
    if previous != [role] and (previous or actor is not None):
        audit_record(
            actor=actor,
            action=AuditAction.ROLE_CHANGE,
            target_type="user",
            target_id=user.pk,
            details={"user": user.email, "from": previous, "to": role},
        )
    user.role = role
    if previous != [role]:  # a real change: an admin's hand-set is_staff on an unchanged role is left alone
        user.is_staff = user.is_superuser or role in STAFF_ROLES
    user.full_clean(exclude=["password"])
    user.save(update_fields=["role", "is_staff"])
    user.groups.remove(*Group.objects.filter(name__in=Role.values).exclude(name=role))
    group, _ = Group.objects.get_or_create(name=role)
    user.groups.add(group)
    return user


def user_rights(user: User) -> dict[str, Any]:
    """What grants ``user`` rights besides the role: the staff and superuser flags, the groups other than the role
    groups, and permissions given to the user directly (as ``app_label.codename``)."""
    permissions = user.user_permissions.select_related("content_type")
    return {
        "is_superuser": user.is_superuser,
        "is_staff": user.is_staff,
        "groups": sorted(user.groups.exclude(name__in=Role.values).values_list("name", flat=True)),
        "user_permissions": sorted(f"{p.content_type.app_label}.{p.codename}" for p in permissions),
    }


NO_RIGHTS = {"is_superuser": False, "is_staff": False, "groups": [], "user_permissions": []}


def user_rights_audit(*, user: User, before: dict[str, Any], actor: User) -> None:
    """Record in the audit log how ``user``'s rights (``user_rights``) changed since ``before``, when they did."""
    from compliance.models import AuditAction
    from compliance.services import audit_record

    after = user_rights(user)
    changes = {key: {"from": before[key], "to": value} for key, value in after.items() if value != before[key]}
    if changes:
        audit_record(
            actor=actor,
            action=AuditAction.ROLE_CHANGE,
            target_type="user",
            target_id=user.pk,
            details={"user": user.email, "rights": changes},
        )


def user_create(
    *,
    email: str,
    password: str | None,
    role: str = Role.SALES,
    first_name: str = "",
    last_name: str = "",
    actor: User | None = None,
) -> User:
    """Create an unverified user in ``role`` and send the verification email (an admin's creation is audited)."""
    email = User.objects.normalize_email(email).lower()
    if User.objects.filter(email__iexact=email).exists():
        raise ApplicationError(
            "This email address is already registered.",
            code="email_taken",
            fields={"email": ["A user with this email address already exists."]},
        )
    user = User(email=email, first_name=first_name, last_name=last_name, role=Role.SALES)
    if password:
        _password_check(password, user)
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean(exclude=["password"])
    with transaction.atomic():
        user.save()
        user_set_role(user=user, role=role, actor=actor)
    # Sent after the commit on purpose: a mail failure leaves a user who can ask for a new link.
    verification_email_send(user=user)
    return user


def user_register(*, email: str, password: str, first_name: str = "", last_name: str = "") -> User:
    """Self-service sign-up: a sales user who must verify the email address before logging in."""
    return user_create(email=email, password=password, first_name=first_name, last_name=last_name)


def verification_token_make(*, user: User) -> str:
    return signing.TimestampSigner(salt=VERIFY_SALT).sign_object({"u": user.pk, "e": user.email})


def verification_token_check(*, token: str) -> User:
    """The user a verification token names; expired, tampered or stale tokens raise ``ApplicationError``."""
    try:
        data = signing.TimestampSigner(salt=VERIFY_SALT).unsign_object(
            token, max_age=settings.EMAIL_VERIFICATION_MAX_AGE
        )
    except signing.SignatureExpired:
        raise ApplicationError("This verification link has expired; ask for a new one.", code="token_expired")
    except signing.BadSignature:
        raise ApplicationError("This verification link is not valid.", code="token_invalid")
    user = User.objects.filter(pk=data.get("u"), email=data.get("e")).first()
    if user is None:
        raise ApplicationError("This verification link is not valid.", code="token_invalid")
    return user


def verification_email_send(*, user: User) -> None:
    token = verification_token_make(user=user)
    _send(
        user=user,
        template="verify",
        context={
            "token": token,
            "verify_path": reverse("accounts:verify", kwargs={"token": token}),
            "max_age_hours": settings.EMAIL_VERIFICATION_MAX_AGE // 3600,
        },
    )
    User.objects.filter(pk=user.pk).update(verification_sent_at=timezone.now())


def user_verify_email(*, token: str) -> User:
    user = verification_token_check(token=token)
    if user.email_verified_at is None:
        user.email_verified_at = timezone.now()
        user.save(update_fields=["email_verified_at"])
    return user


def verification_resend(*, email: str) -> None:
    """Send a fresh link to an unverified address, at most once per ``EMAIL_VERIFICATION_RESEND_INTERVAL``.

    Unknown, already verified and just-emailed addresses all get the same quiet success, so the endpoint reveals
    nothing about who registered (a "too soon" answer would tell that an address signed up moments ago).
    """
    with transaction.atomic():
        user = User.objects.select_for_update().filter(email__iexact=email.strip(), is_active=True).first()
        if user is None or user.email_verified:
            return
        interval = timedelta(seconds=settings.EMAIL_VERIFICATION_RESEND_INTERVAL)
        if user.verification_sent_at and timezone.now() - user.verification_sent_at < interval:
            return  # the link sent moments ago is still on its way
        user.verification_sent_at = timezone.now()
        user.save(update_fields=["verification_sent_at"])
    verification_email_send(user=user)


def password_reset_request(*, email: str) -> None:
    """Email a reset link to an active user; unknown addresses are silently ignored."""
    user = User.objects.filter(email__iexact=email.strip(), is_active=True).first()
    if user is None:
        return
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    _send(
        user=user,
        template="password_reset",
        context={
            "uid": uid,
            "token": token,
            "reset_path": reverse("accounts:password_reset_confirm", kwargs={"uidb64": uid, "token": token}),
        },
    )


def password_reset_confirm(*, uid: str, token: str, new_password: str) -> User:
    try:
        user = User.objects.get(pk=force_str(urlsafe_base64_decode(uid)), is_active=True)
    except (ValueError, TypeError, OverflowError, User.DoesNotExist):
        user = None
    if user is None or not default_token_generator.check_token(user, token):
        raise ApplicationError("This password reset link is not valid or has expired.", code="token_invalid")
    _password_check(new_password, user, field="new_password")
    user.set_password(new_password)
    user.save(update_fields=["password"])
    password_reset_completed(user=user)
    return user


def password_reset_completed(*, user: User) -> None:
    """The reset link reached the user's inbox: the address is proven and any lockout ends. Whoever held the old
    password is signed out everywhere: web sessions end with the password change, API refresh tokens here."""
    User.objects.filter(pk=user.pk, email_verified_at__isnull=True).update(email_verified_at=timezone.now())
    User.objects.filter(pk=user.pk).update(failed_login_count=0, first_failed_login_at=None, locked_until=None)
    refresh_tokens_revoke(user=user)


def login_failure_record(*, user: User) -> None:
    """Count a failed password; the ``LOGIN_LOCKOUT_THRESHOLD``-th within the window locks the account."""
    now = timezone.now()
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        window = timedelta(seconds=settings.LOGIN_LOCKOUT_WINDOW)
        if user.first_failed_login_at is None or now - user.first_failed_login_at > window:
            user.first_failed_login_at = now
            user.failed_login_count = 0
        user.failed_login_count += 1
        if user.failed_login_count >= settings.LOGIN_LOCKOUT_THRESHOLD:
            user.locked_until = now + timedelta(seconds=settings.LOGIN_LOCKOUT_DURATION)
            user.failed_login_count = 0
            user.first_failed_login_at = None
        user.save(update_fields=["failed_login_count", "first_failed_login_at", "locked_until"])


def user_authenticate(*, request: HttpRequest | None, email: str, password: str) -> User:
    """The user behind these credentials, for both the API and the web login.

    Refuses locked accounts (without checking the password), wrong passwords (counted toward the lockout)
    and unverified email addresses, each with its own error code.
    """
    email = (email or "").strip()
    known = User.objects.filter(email__iexact=email).first()
    if known is not None and known.is_locked():
        raise ApplicationError(
            "Too many failed logins. This account is locked for a while; try again later or reset the password.",
            code="account_locked",
            status_code=status.HTTP_403_FORBIDDEN,
        )
    user = authenticate(request, email=known.email if known else email, password=password)
    if user is None and known is not None and known.is_active and known.check_password(password):
        # The backend refuses unverified addresses; the right password earns the precise reason.
        user = known
    if user is None:
        if known is not None:
            login_failure_record(user=known)
        raise ApplicationError(
            "Email or password is incorrect.", code="invalid_credentials", status_code=status.HTTP_401_UNAUTHORIZED
        )
    if not user.email_verified:
        raise ApplicationError(
            "Verify your email address first: follow the link we emailed you, or ask for a new one.",
            code="email_unverified",
            status_code=status.HTTP_403_FORBIDDEN,
        )
    if user.failed_login_count or user.locked_until:
        User.objects.filter(pk=user.pk).update(failed_login_count=0, first_failed_login_at=None, locked_until=None)
    return user


def consent_record(*, user: User, version: str) -> User:
    """Record that ``user`` accepted the terms and data-protection notice of the current version."""
    if version != settings.CONSENT_VERSION:
        raise ApplicationError(
            f"You can only accept the current version ({settings.CONSENT_VERSION}).",
            code="consent_version_mismatch",
            fields={"version": [f"Must be {settings.CONSENT_VERSION}."]},
        )
    user.consent_version = version
    user.consent_accepted_at = timezone.now()
    user.save(update_fields=["consent_version", "consent_accepted_at"])
    return user


def _token_refused(reason: str) -> ApplicationError:
    return ApplicationError(
        f"This refresh token cannot be used ({reason}); log in again.",
        code="token_not_valid",
        status_code=status.HTTP_401_UNAUTHORIZED,
    )


def _refresh_token_issue(*, user: User, auth_time: int) -> RefreshToken:
    """A refresh token of the password login made at ``auth_time`` (epoch seconds).

    Its lifetime slides (``REFRESH_TOKEN_LIFETIME`` from now) but never passes the login's absolute deadline,
    ``auth_time + JWT_REFRESH_ABSOLUTE_LIFETIME``: rotating a stolen token cannot keep it alive for ever.
    """
    token = RefreshToken.for_user(user)  # carries the password digest (CHECK_REVOKE_TOKEN) and is made outstanding
    token["auth_time"] = auth_time
    token["exp"] = min(token["exp"], auth_time + int(settings.JWT_REFRESH_ABSOLUTE_LIFETIME.total_seconds()))
    OutstandingToken.objects.filter(jti=token[jwt_settings.JTI_CLAIM]).update(
        token=str(token), expires_at=datetime_from_epoch(token["exp"])
    )
    return token


def _token_pair(refresh: RefreshToken) -> dict[str, str]:
    access = refresh.access_token
    access["exp"] = min(access["exp"], refresh["exp"])
    return {"access": str(access), "refresh": str(refresh)}


def token_pair_issue(*, user: User) -> dict[str, str]:
    """The access and refresh token of a password login that has just succeeded."""
    refresh = _refresh_token_issue(user=user, auth_time=int(timezone.now().timestamp()))
    login_success_touch(user=user)
    return _token_pair(refresh)


def token_refresh_rotate(*, token: str) -> dict[str, str]:
    """Trade a refresh token for a new pair, once.

    The old token is blacklisted by inserting its ``BlacklistedToken`` row, whose unique key is the lock: of
    parallel refreshes with one token exactly one inserts it, the others wait for that commit and are refused.
    Deleted or deactivated users, a changed password and a login past its absolute deadline are refused too.
    """
    try:
        old = RefreshToken(token)  # signature, expiry, type and blacklist
    except TokenError as exc:
        raise _token_refused(str(exc.args[0]).lower()) from exc
    user = User.objects.filter(pk=int(old.get(jwt_settings.USER_ID_CLAIM) or 0), is_active=True).first()
    if user is None:
        raise _token_refused("no active account belongs to it")
    if old.get(jwt_settings.REVOKE_TOKEN_CLAIM) != get_md5_hash_password(user.password):
        raise _token_refused("the password has changed since it was issued")
    auth_time = int(old.get("auth_time", old["iat"]))  # tokens from before auth_time existed: their own issue time
    if auth_time + settings.JWT_REFRESH_ABSOLUTE_LIFETIME.total_seconds() <= timezone.now().timestamp():
        raise _token_refused("its login is too old")
    with transaction.atomic():
        outstanding = OutstandingToken.objects.filter(jti=old[jwt_settings.JTI_CLAIM]).first()
        if outstanding is None:
            raise _token_refused("it is unknown")
        try:
            with transaction.atomic():
                BlacklistedToken.objects.create(token=outstanding)
        except IntegrityError as exc:
            raise _token_refused("it has already been used") from exc
        return _token_pair(_refresh_token_issue(user=user, auth_time=auth_time))


def refresh_tokens_revoke(*, user: User) -> None:
    for token in OutstandingToken.objects.filter(user=user, expires_at__gt=timezone.now()):
        BlacklistedToken.objects.get_or_create(token=token)


@transaction.atomic
def user_update(
    *,
    user: User,
    actor: User,
    role: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
    is_active: bool | None = None,
) -> User:
    """An admin's change to another user's profile, role or active state. A superuser's account is changed only
    by a superuser (as in Django admin): a role admin cannot lock out, demote or rename the site's owner."""
    _superuser_only_by_superuser(user=user, actor=actor)
    if first_name is not None:
        user.first_name = first_name
    if last_name is not None:
        user.last_name = last_name
    if first_name is not None or last_name is not None:
        user.full_clean(exclude=["password"])
        user.save(update_fields=["first_name", "last_name"])
    if role is not None and role != user.role:
        if user.pk == actor.pk:
            raise ApplicationError(
                "You cannot change your own role.", code="own_account", fields={"role": ["Ask another admin."]}
            )
        user_set_role(user=user, role=role, actor=actor)
    if is_active is False and user.is_active:
        user_deactivate(user=user, actor=actor)
    elif is_active is True and not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    return user


def user_may_manage(*, actor: User, user: User) -> bool:
    """Whether ``actor`` may change or remove ``user``'s account: a superuser's only by a superuser (its email or
    password in other hands would hand over the site). The Django admin and the Users API both ask this."""
    return actor.is_superuser or not user.is_superuser


def _superuser_only_by_superuser(*, user: User, actor: User) -> None:
    if not user_may_manage(actor=actor, user=user):
        raise ApplicationError(
            "Only a superuser can change a superuser's account.",
            code="permission_denied",
            status_code=status.HTTP_403_FORBIDDEN,
        )


@transaction.atomic
def user_deactivate(*, user: User, actor: User) -> User:
    """Block a user from logging in and revoke their refresh tokens; nothing is deleted. A superuser's account
    only by a superuser."""
    _superuser_only_by_superuser(user=user, actor=actor)
    if user.pk == actor.pk:
        raise ApplicationError("You cannot deactivate your own account.", code="own_account")
    user.is_active = False
    user.save(update_fields=["is_active"])
    refresh_tokens_revoke(user=user)
    return user


def login_success_touch(*, user: User) -> None:
    """Record an API login the way the session login does."""
    User.objects.filter(pk=user.pk).update(last_login=timezone.now())
