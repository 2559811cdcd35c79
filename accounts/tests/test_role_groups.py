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


def test_managers_open_the_admin_on_what_their_group_allows_and_sales_do_not(client):
    from companies.tests.factories import CompanyFactory

    manager, sales = UserFactory(role="sales"), UserFactory(role="sales")
    user_set_role(user=manager, role="manager")
    user_set_role(user=sales, role="sales")
    company = CompanyFactory()
    client.force_login(manager)
    assert client.get("/admin/companies/company/").status_code == 200
    assert client.get(f"/admin/companies/company/{company.pk}/change/").status_code == 200
    assert client.get("/admin/companies/scoretrigger/add/").status_code == 403  # view only
    assert client.get("/admin/leads/scoringrule/add/").status_code == 403
    client.force_login(sales)
    assert client.get("/admin/companies/company/").status_code == 302  # to the admin login


def test_a_manager_moved_to_sales_loses_the_admin_and_a_superuser_keeps_it():
    user = UserFactory(role="sales")
    user_set_role(user=user, role="manager")
    user.refresh_from_db()
    assert user.is_staff
    user_set_role(user=user, role="sales")
    user.refresh_from_db()
    assert not user.is_staff
    root = UserFactory(role="admin", is_staff=True, is_superuser=True)
    user_set_role(user=root, role="marketing")
    root.refresh_from_db()
    assert root.is_staff


def test_an_upgrade_opens_the_admin_to_existing_admins_and_managers():
    import importlib

    from django.apps import apps

    people = {role: UserFactory(role=role, is_staff=False) for role in ("admin", "manager", "sales", "marketing")}
    importlib.import_module("accounts.migrations.0004_staff_roles").staff_for_admins_and_managers(apps, None)
    assert {role: type(u).objects.get(pk=u.pk).is_staff for role, u in people.items()} == {
        "admin": True,
        "manager": True,
        "sales": False,
        "marketing": False,
    }
