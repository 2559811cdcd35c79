import pytest

from accounts.services import user_set_role, user_update
from accounts.tests.factories import UserFactory
from compliance.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_an_admins_role_change_is_audited_with_before_and_after():
    admin = UserFactory(role="admin")
    user = UserFactory(role="sales")
    user_set_role(user=user, role="sales")
    user_update(user=user, actor=admin, role="manager")
    entry = AuditEntry.objects.get(action="role_change", target_id=str(user.pk))
    assert entry.actor == admin
    assert entry.details == {"user": user.email, "from": ["sales"], "to": "manager"}


def test_setting_the_same_role_or_a_new_accounts_first_role_is_not_a_change():
    user = UserFactory(role="sales")
    user_set_role(user=user, role="sales")
    user_set_role(user=user, role="sales")
    assert not AuditEntry.objects.exists()


def test_an_admin_creating_a_user_with_a_role_is_audited_but_self_registration_is_not(mailoutbox):
    from accounts.services import user_create, user_register

    admin = UserFactory(role="admin")
    created = user_create(email="new.manager@example.com", password=None, role="manager", actor=admin)
    user_register(email="self@example.com", password="a-long-passphrase-1")
    entry = AuditEntry.objects.get(action="role_change")
    assert entry.target_id == str(created.pk) and entry.actor == admin
    assert entry.details == {"user": "new.manager@example.com", "from": [], "to": "manager"}
