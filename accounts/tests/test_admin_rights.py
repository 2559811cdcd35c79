"""Rights in Django admin: only superusers change roles, staff/superuser flags, groups and permissions (audited).

The admin role matrix for the user pages: who opens them, and which rights fields each viewer may edit.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.forms import MultiWidget

from accounts.models import User
from accounts.services import user_set_role
from accounts.tests.factories import UserFactory
from compliance.models import AuditAction, AuditEntry

pytestmark = pytest.mark.django_db

RIGHTS_FIELDS = {"role", "is_staff", "is_superuser", "groups", "user_permissions"}


def _person(role: str) -> User:
    """A user in ``role`` as the app makes them (role group, Django admin for admins and managers)."""
    if role == "superuser":
        return UserFactory(role="admin", is_staff=True, is_superuser=True)
    return user_set_role(user=UserFactory(role="sales"), role=role)


def _change_url(user: User) -> str:
    return f"/admin/accounts/user/{user.pk}/change/"


def _editable(client, user: User) -> set[str]:
    return set(client.get(_change_url(user)).context["adminform"].form.fields)


def _form_data(client, user: User, **changes) -> dict:
    """What the change page posts back untouched, with ``changes`` on top (even for fields it does not show)."""
    form = client.get(_change_url(user)).context["adminform"].form
    data: dict = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field.widget, MultiWidget):
            for n, part in enumerate(field.widget.decompress(value)):
                data[f"{name}_{n}"] = part or ""
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif isinstance(value, list):
            data[name] = [getattr(item, "pk", item) for item in value]
        elif value is not None:
            data[name] = value
    return {**data, **changes}


def _schedule_permission() -> Permission:
    return Permission.objects.get(content_type__app_label="django_q", codename="add_schedule")


@pytest.mark.parametrize(
    ("viewer", "editable_rights"),
    [("superuser", RIGHTS_FIELDS), ("admin", set()), ("manager", set())],
)
def test_admin_user_pages_role_matrix(client, viewer, editable_rights):
    me, other = _person(viewer), _person("sales")
    client.force_login(me)
    assert client.get("/admin/accounts/user/").status_code == 200
    for target in (me, other):
        assert client.get(_change_url(target)).status_code == 200
        assert _editable(client, target) & RIGHTS_FIELDS == editable_rights


@pytest.mark.parametrize("viewer", ["sales", "marketing"])
def test_sales_and_marketing_do_not_open_the_user_admin(client, viewer):
    client.force_login(_person(viewer))
    assert client.get("/admin/accounts/user/").status_code == 302  # to the admin login


def test_a_role_admin_cannot_make_itself_superuser(client):
    me = _person("admin")
    client.force_login(me)
    posted = _form_data(
        client,
        me,
        is_superuser="on",
        is_staff="on",
        groups=[Group.objects.get(name="admin").pk],
        user_permissions=[_schedule_permission().pk],
    )
    assert client.post(_change_url(me), posted).status_code == 302  # the rest of the form is saved
    me.refresh_from_db()
    assert not me.is_superuser
    assert not me.user_permissions.exists()
    assert client.get("/admin/django_q/schedule/add/").status_code == 403


def test_a_role_admin_cannot_change_anyones_role_or_rights(client):
    me, other = _person("admin"), _person("sales")
    client.force_login(me)
    posted = _form_data(client, other, role="admin", is_staff="on", is_superuser="on", first_name="Renamed")
    assert client.post(_change_url(other), posted).status_code == 302
    other.refresh_from_db()
    assert other.first_name == "Renamed"
    assert (other.role, other.is_staff, other.is_superuser) == ("sales", False, False)
    new_hire = {"email": "new.hire@example.com", "role": "admin", "usable_password": "false"}
    added = client.post("/admin/accounts/user/add/", new_hire)
    assert added.status_code == 302, added.content[:300]
    assert User.objects.get(email="new.hire@example.com").role == "sales"


def test_a_role_admin_cannot_edit_or_take_over_a_superuser(client):
    me, root = _person("admin"), _person("superuser")
    client.force_login(me)
    assert client.get(_change_url(root)).status_code == 200  # may look
    taken = client.post(_change_url(root), {"email": "mine@example.com"})
    assert taken.status_code == 403
    assert User.objects.get(pk=root.pk).email == root.email
    password = {"password1": "a-brand-new-passphrase", "password2": "a-brand-new-passphrase"}
    assert client.post(f"/admin/accounts/user/{root.pk}/password/", password).status_code == 403
    assert client.post(f"/admin/accounts/user/{root.pk}/delete/", {"post": "yes"}).status_code == 403
    assert User.objects.filter(pk=root.pk).exists()


def test_a_superusers_rights_changes_are_audited(client):
    root, other = _person("superuser"), _person("sales")
    client.force_login(root)
    extra = Group.objects.create(name="Night shift")
    posted = _form_data(
        client,
        other,
        role="manager",
        is_superuser="on",
        groups=[extra.pk],
        user_permissions=[_schedule_permission().pk],
    )
    assert client.post(_change_url(other), posted).status_code == 302
    other.refresh_from_db()
    assert other.is_superuser and other.role == "manager"
    entries = AuditEntry.objects.filter(action=AuditAction.ROLE_CHANGE, target_id=str(other.pk), actor=root)
    assert {entry.details.get("to") for entry in entries} >= {"manager"}
    rights = next(entry.details["rights"] for entry in entries if "rights" in entry.details)
    assert rights["is_superuser"] == {"from": False, "to": True}
    assert rights["is_staff"] == {"from": False, "to": True}
    assert rights["groups"] == {"from": [], "to": ["Night shift"]}
    assert rights["user_permissions"] == {"from": [], "to": ["django_q.add_schedule"]}


def test_saving_a_user_without_rights_changes_writes_no_rights_entry(client):
    root, other = _person("superuser"), _person("manager")
    client.force_login(root)
    assert client.post(_change_url(other), _form_data(client, other, first_name="Same")).status_code == 302
    assert not AuditEntry.objects.filter(target_id=str(other.pk), details__has_key="rights").exists()
