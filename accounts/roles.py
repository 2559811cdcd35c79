"""Who may do what: role predicates shared by the API, the dashboard and websockets."""

from accounts.models import Role


def has_role(user, *roles: str) -> bool:
    """True when the user is logged in, active and holds one of ``roles`` (superusers count as admins)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return Role.ADMIN in roles
    return user.role in roles


def is_admin(user) -> bool:
    return has_role(user, Role.ADMIN)


def sees_everything(user) -> bool:
    """Managers and admins see every user's tasks and leads."""
    return has_role(user, Role.ADMIN, Role.MANAGER)
