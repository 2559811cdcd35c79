"""DRF permission classes built on ``accounts.roles``: every API view composes these.

Every class here first requires an *active account*: logged in, email verified and the current terms
accepted. A view that overrides ``permission_classes`` with a role class therefore keeps those checks.
"""

from rest_framework import exceptions
from rest_framework.permissions import SAFE_METHODS, BasePermission

from accounts.models import Role
from accounts.roles import has_role, sees_everything


class EmailUnverified(exceptions.PermissionDenied):
    default_detail = "Verify your email address before using the API."
    default_code = "email_unverified"


class ConsentRequired(exceptions.PermissionDenied):
    default_detail = "Accept the current terms and data-protection notice (POST /api/v1/me/consent) first."
    default_code = "consent_required"


class IsAuthenticatedAccount(BasePermission):
    """Logged in and active, nothing more: for `me`, `me/consent` and logout."""

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and user.is_active)


class IsActiveAccount(IsAuthenticatedAccount):
    """Logged in, email verified and current consent given; raises a coded 403 otherwise."""

    def has_permission(self, request, view) -> bool:
        if not super().has_permission(request, view):
            return False
        if not request.user.email_verified:
            raise EmailUnverified()
        if not request.user.has_current_consent:
            raise ConsentRequired()
        return True


class _RolePermission(IsActiveAccount):
    roles: tuple[str, ...] = ()
    read_roles: tuple[str, ...] | None = None  # None: same as ``roles``; () would mean nobody
    message = "Your role does not allow this."

    def has_permission(self, request, view) -> bool:
        if not super().has_permission(request, view):
            return False
        if request.method in SAFE_METHODS and self.read_roles is not None:
            return has_role(request.user, *self.read_roles)
        return has_role(request.user, *self.roles)


def HasAnyRole(*roles: str) -> type[BasePermission]:  # noqa: N802 - reads like a class in permission_classes
    """Permission class allowing only users holding one of ``roles`` (any method)."""
    return type(f"HasAnyRole[{','.join(roles)}]", (_RolePermission,), {"roles": tuple(roles)})


def HasAnyRoleOrReadOnly(*roles: str) -> type[BasePermission]:  # noqa: N802
    """Every active account may read (GET/HEAD/OPTIONS); only ``roles`` may write."""
    return type(
        f"HasAnyRoleOrReadOnly[{','.join(roles)}]",
        (_RolePermission,),
        {"roles": tuple(roles), "read_roles": tuple(Role.values)},
    )


IsAdminRole = HasAnyRole(Role.ADMIN)
IsManagerOrAdmin = HasAnyRole(Role.ADMIN, Role.MANAGER)
IsAdminOrReadOnly = HasAnyRoleOrReadOnly(Role.ADMIN)


class IsOwnerOrManager(IsActiveAccount):
    """Object level: managers and admins act on any row, everyone else only on rows they own (``owner_id``)."""

    owner_field = "owner_id"

    def has_object_permission(self, request, view, obj) -> bool:
        return sees_everything(request.user) or getattr(obj, self.owner_field) == request.user.pk
