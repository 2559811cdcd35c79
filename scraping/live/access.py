"""Who may watch a task, for the websocket and the MJPEG feed alike: its owner, managers and admins, with an active
account (email verified, current consent), as the REST API decides for ``tasks/{id}``."""

from dataclasses import dataclass

from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken, TokenError

from scraping.selectors import task_list

CLOSE_NOT_AUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_NOT_FOUND = 4404
CLOSE_BAD_REQUEST = 4400


@dataclass(frozen=True)
class Refusal:
    """Why a viewer may not watch: a websocket close code, the matching HTTP status, a reason for people."""

    code: str
    close_code: int
    http_status: int
    message: str


def viewer_refusal(user, task_id: int) -> Refusal | None:
    """None when ``user`` may watch task ``task_id``; otherwise why not. Another user's task is "not found", as in
    the API, so nobody learns which task ids exist."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Refusal("not_authenticated", CLOSE_NOT_AUTHENTICATED, 401, "Log in (session or JWT access token).")
    if not user.email_verified:
        return Refusal("email_unverified", CLOSE_FORBIDDEN, 403, "Verify your email address first.")
    if not user.has_current_consent:
        return Refusal("consent_required", CLOSE_FORBIDDEN, 403, "Accept the current terms first.")
    if not task_list(user=user).filter(pk=task_id).exists():
        return Refusal("not_found", CLOSE_NOT_FOUND, 404, f"No scrape task {task_id} you may watch.")
    return None


def user_from_access_token(raw: str):
    """The user of a valid JWT access token, or None (expired, forged, a refresh token, an inactive user)."""
    authentication = JWTAuthentication()
    try:
        return authentication.get_user(authentication.get_validated_token(raw.encode()))
    except (InvalidToken, AuthenticationFailed, TokenError):
        return None
