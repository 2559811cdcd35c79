"""The migration creates one group per role; user_set_role keeps membership in step with User.role."""

import pytest
from django.contrib.auth.models import Group

from accounts.services import user_set_role
from accounts.tests.factories import UserFactory
from insight.api_errors import ApplicationError

pytestmark = pytest.mark.django_db


def test_the_four_role_groups_exist_with_sensible_permissions():
    groups = {group.name: set(group.permissions.values_list("codename", flat=True)) for group in Group.objects.all()}
    assert {"admin", "manager", "sales", "marketing"} <= set(groups)
    assert {"change_scoringrule", "change_platformrecipe", "change_user"} <= groups["admin"]
    for role in ("manager", "sales", "marketing"):
        assert "change_scoringrule" not in groups[role]
        assert "change_user" not in groups[role]
        assert "view_lead" in groups[role]
    assert "change_monitor" in groups["marketing"] and "change_monitor" not in groups["sales"]
    assert "add_label" in groups["sales"] and "change_lead" not in groups["marketing"]


def test_user_set_role_moves_the_user_between_groups():
    user = UserFactory(role="sales")
    user_set_role(user=user, role="sales")
    user_set_role(user=user, role="manager")
    user.refresh_from_db()
    assert user.role == "manager"
    assert list(user.groups.values_list("name", flat=True)) == ["manager"]
    assert user.has_perm("scraping.change_monitor")
    assert not user.has_perm("leads.change_scoringrule")


def test_user_set_role_refuses_unknown_roles():
    user = UserFactory(role="sales")
    with pytest.raises(ApplicationError):
        user_set_role(user=user, role="overlord")
    user.refresh_from_db()
    assert user.role == "sales"
