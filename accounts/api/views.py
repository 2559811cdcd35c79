"""Accounts API: sign-up, verification, tokens, password reset, the caller's profile and consent, users."""

from django.conf import settings
from django.template.loader import render_to_string
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.exceptions import InvalidToken, TokenError
from rest_framework_simplejwt.tokens import RefreshToken

from accounts import services
from accounts.api import serializers as s
from accounts.api.permissions import IsAuthenticatedAccount
from accounts.api.throttles import AUTH_THROTTLES
from insight.query_params import DocumentedQueryParams

ErrorSerializer = inline_serializer(
    "Error",
    {
        "error": inline_serializer(
            "ErrorDetail",
            {
                "code": serializers.CharField(),
                "message": serializers.CharField(),
                "fields": serializers.DictField(child=serializers.ListField(child=serializers.CharField())),
            },
        )
    },
)
ERROR = OpenApiResponse(ErrorSerializer, description="Error body: `{error: {code, message, fields}}`")


class PublicAuthView(APIView):
    """Anonymous auth endpoint: no session (so no CSRF), throttled per IP and per email address."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes = AUTH_THROTTLES

    def get_authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'  # keeps bad-token answers at 401 although no authenticator runs here


def _detail(message: str, code: int = status.HTTP_200_OK) -> Response:
    return Response({"detail": message}, status=code)


class RegisterView(PublicAuthView):
    @extend_schema(
        tags=["auth"],
        request=s.RegisterInputSerializer,
        responses={201: s.DetailSerializer, 400: ERROR, 429: ERROR},
        summary="Create an account; a verification link is emailed",
    )
    def post(self, request: Request) -> Response:
        data = s.RegisterInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.user_register(**data.validated_data)
        return _detail("Account created. Check your inbox for the verification link.", status.HTTP_201_CREATED)


class VerifyView(PublicAuthView):
    @extend_schema(
        tags=["auth"],
        request=s.TokenInputSerializer,
        responses={200: s.DetailSerializer, 400: ERROR},
        summary="Confirm the email address with the token from the verification email",
    )
    def post(self, request: Request) -> Response:
        data = s.TokenInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.user_verify_email(token=data.validated_data["token"])
        return _detail("Email address verified. You can now log in.")


class VerifyResendView(PublicAuthView):
    @extend_schema(
        tags=["auth"],
        request=s.EmailInputSerializer,
        responses={202: s.DetailSerializer, 400: ERROR, 429: ERROR},
        summary="Send a new verification link (rate limited)",
    )
    def post(self, request: Request) -> Response:
        data = s.EmailInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.verification_resend(email=data.validated_data["email"])
        return _detail("If the address needs verifying, a new link is on its way.", status.HTTP_202_ACCEPTED)


class TokenObtainView(PublicAuthView):
    @extend_schema(
        tags=["auth"],
        request=s.CredentialsInputSerializer,
        responses={200: s.TokenPairSerializer, 400: ERROR, 401: ERROR, 403: ERROR, 429: ERROR},
        summary="Exchange email and password for an access and a refresh token",
        description="Refused with `email_unverified` before verification and `account_locked` after repeated "
        "failures. Access tokens are short-lived; use the refresh endpoint.",
    )
    def post(self, request: Request) -> Response:
        data = s.CredentialsInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = services.user_authenticate(request=request._request, **data.validated_data)
        return Response(services.token_pair_issue(user=user))


class TokenRefreshView(PublicAuthView):
    @extend_schema(
        tags=["auth"],
        request=s.RefreshInputSerializer,
        responses={200: s.TokenPairSerializer, 400: ERROR, 401: ERROR, 429: ERROR},
        summary="Rotate a refresh token: returns a new pair; the old refresh token is blacklisted",
        description="Each refresh token works once (of parallel refreshes with one token, one wins). The new "
        "one is good for `JWT_REFRESH_TOKEN_SECONDS` again, but never past `JWT_REFRESH_ABSOLUTE_SECONDS` "
        "after the password login; a new password refuses every earlier token (`401 token_not_valid`).",
    )
    def post(self, request: Request) -> Response:
        data = s.RefreshInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(services.token_refresh_rotate(token=data.validated_data["refresh"]))


class LogoutView(PublicAuthView):
    @extend_schema(
        tags=["auth"],
        request=s.RefreshInputSerializer,
        responses={204: None, 400: ERROR, 401: ERROR},
        summary="Blacklist a refresh token so it can no longer be used",
    )
    def post(self, request: Request) -> Response:
        data = s.RefreshInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            RefreshToken(data.validated_data["refresh"]).blacklist()
        except TokenError as exc:
            raise InvalidToken(exc.args[0]) from exc
        return Response(status=status.HTTP_204_NO_CONTENT)


class PasswordResetView(PublicAuthView):
    @extend_schema(
        tags=["auth"],
        request=s.EmailInputSerializer,
        responses={202: s.DetailSerializer, 400: ERROR, 429: ERROR},
        summary="Email a password reset link (silent for unknown addresses)",
    )
    def post(self, request: Request) -> Response:
        data = s.EmailInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.password_reset_request(email=data.validated_data["email"])
        return _detail("If the address belongs to an account, a reset link is on its way.", status.HTTP_202_ACCEPTED)


class PasswordResetConfirmView(PublicAuthView):
    @extend_schema(
        tags=["auth"],
        request=s.PasswordResetConfirmInputSerializer,
        responses={200: s.DetailSerializer, 400: ERROR},
        summary="Set a new password with the uid and token from the reset email",
    )
    def post(self, request: Request) -> Response:
        data = s.PasswordResetConfirmInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.password_reset_confirm(**data.validated_data)
        return _detail("Password changed. You can log in with the new password.")


class MeView(DocumentedQueryParams, APIView):
    permission_classes = [IsAuthenticatedAccount]

    @extend_schema(tags=["me"], responses={200: s.MeSerializer, 401: ERROR}, summary="The caller's profile")
    def get(self, request: Request) -> Response:
        return Response(s.MeSerializer(request.user).data)


class MeConsentView(DocumentedQueryParams, APIView):
    permission_classes = [IsAuthenticatedAccount]

    @extend_schema(
        tags=["me"],
        responses={
            200: inline_serializer(
                "ConsentText", {"version": serializers.CharField(), "terms": serializers.CharField()}
            )
        },
        summary="The current terms and data-protection notice",
    )
    def get(self, request: Request) -> Response:
        return Response(
            {"version": settings.CONSENT_VERSION, "terms": render_to_string("accounts/consent_text.txt").strip()}
        )

    @extend_schema(
        tags=["me"],
        request=s.ConsentInputSerializer,
        responses={200: s.MeSerializer, 400: ERROR, 401: ERROR},
        summary="Accept the current terms (required before any other endpoint)",
    )
    def post(self, request: Request) -> Response:
        data = s.ConsentInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = services.consent_record(user=request.user, version=data.validated_data["version"])
        return Response(s.MeSerializer(user).data)
