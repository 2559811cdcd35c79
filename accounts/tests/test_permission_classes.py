"""The permission classes other apps build on: role checks always include login, verification and consent."""

import pytest
from django.contrib.auth.models import AnonymousUser
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory, force_authenticate
from rest_framework.views import APIView

from accounts.api.permissions import (
    HasAnyRole,
    HasAnyRoleOrReadOnly,
    IsActiveAccount,
    IsAdminOrReadOnly,
    IsAdminRole,
    IsManagerOrAdmin,
)
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
ROLES = ["admin", "manager", "sales", "marketing"]


def _status(permission, user, method: str = "get") -> int:
    class Probe(APIView):
        permission_classes = [permission]

        def get(self, request):
            return Response({"ok": True})

        post = get

    request = getattr(APIRequestFactory(), method)("/probe/", {}, format="json")
    if user is not None:
        force_authenticate(request, user=user)
    else:
        request.user = AnonymousUser()
    return Probe.as_view()(request).status_code


@pytest.mark.parametrize(
    ("permission", "allowed"),
    [
        (IsAdminRole, {"admin"}),
        (IsManagerOrAdmin, {"admin", "manager"}),
        (HasAnyRole("sales", "manager"), {"sales", "manager"}),
    ],
)
def test_role_classes_allow_exactly_their_roles(permission, allowed):
    for role in ROLES:
        expected = 200 if role in allowed else 403
        assert _status(permission, UserFactory(role=role)) == expected, role
        assert _status(permission, UserFactory(role=role), "post") == expected, role


def test_read_only_variants_let_everyone_read_and_only_the_roles_write():
    writers = HasAnyRoleOrReadOnly("admin", "manager", "marketing")
    for role in ROLES:
        assert _status(writers, UserFactory(role=role)) == 200
        assert _status(writers, UserFactory(role=role), "post") == (403 if role == "sales" else 200)
        assert _status(IsAdminOrReadOnly, UserFactory(role=role), "post") == (200 if role == "admin" else 403)


def test_superusers_count_as_admins_only():
    boss = UserFactory(role="sales", is_superuser=True)
    assert _status(IsAdminRole, boss) == 200
    assert _status(HasAnyRole("sales"), boss) == 403


@pytest.mark.parametrize("permission", [IsActiveAccount, IsAdminRole, HasAnyRoleOrReadOnly("sales")])
def test_every_class_requires_verification_consent_and_an_active_login(permission):
    assert _status(permission, None) == 401
    assert _status(permission, UserFactory(role="admin", email_verified_at=None)) == 403
    assert _status(permission, UserFactory(role="admin", consent_version="")) == 403
    assert _status(permission, UserFactory(role="admin", is_active=False)) == 403
    assert _status(permission, UserFactory(role="admin")) == 200


def test_owner_or_manager_checks_the_row_owner():
    from types import SimpleNamespace

    from accounts.api.permissions import IsOwnerOrManager

    owner, other, manager = UserFactory(role="sales"), UserFactory(role="marketing"), UserFactory(role="manager")
    row = SimpleNamespace(owner_id=owner.pk)
    check = IsOwnerOrManager()
    assert check.has_object_permission(SimpleNamespace(user=owner), None, row)
    assert check.has_object_permission(SimpleNamespace(user=manager), None, row)
    assert not check.has_object_permission(SimpleNamespace(user=other), None, row)
