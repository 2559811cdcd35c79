from django.db.models import QuerySet

from accounts.models import User


def user_list(*, role: str | None = None, is_active: bool | None = None, search: str | None = None) -> QuerySet[User]:
    users = User.objects.all()
    if role:
        users = users.filter(role=role)
    if is_active is not None:
        users = users.filter(is_active=is_active)
    if search:
        users = users.filter(email__icontains=search) | users.filter(last_name__icontains=search)
    return users
