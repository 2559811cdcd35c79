from django.urls import path
from rest_framework.routers import SimpleRouter

from accounts.api import user_views, views

app_name = "accounts_api"

router = SimpleRouter(trailing_slash=False)
router.register("users", user_views.UserViewSet, basename="user")

urlpatterns = [
    path("auth/register", views.RegisterView.as_view(), name="register"),
    path("auth/verify", views.VerifyView.as_view(), name="verify"),
    path("auth/verify/resend", views.VerifyResendView.as_view(), name="verify-resend"),
    path("auth/token", views.TokenObtainView.as_view(), name="token"),
    path("auth/token/refresh", views.TokenRefreshView.as_view(), name="token-refresh"),
    path("auth/logout", views.LogoutView.as_view(), name="logout"),
    path("auth/password/reset", views.PasswordResetView.as_view(), name="password-reset"),
    path("auth/password/reset/confirm", views.PasswordResetConfirmView.as_view(), name="password-reset-confirm"),
    path("me", views.MeView.as_view(), name="me"),
    path("me/consent", views.MeConsentView.as_view(), name="me-consent"),
    *router.urls,
]
