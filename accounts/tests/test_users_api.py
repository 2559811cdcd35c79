"""Users API: admins only; everyone else is told no."""

import pytest
from django.core import mail

from accounts.models import User
from accounts.tests.conftest import bearer
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

OTHER_ROLES = ["manager", "sales", "marketing"]


@pytest.fixture
def admin_api(api):
    api.force_authenticate(UserFactory(role="admin"))
    return api


def test_anonymous_gets_401_with_the_error_body(api):
    target = UserFactory()
    for method, url in [
        ("get", "/api/v1/users"),
        ("post", "/api/v1/users"),
        ("get", f"/api/v1/users/{target.pk}"),
        ("patch", f"/api/v1/users/{target.pk}"),
        ("post", f"/api/v1/users/{target.pk}/deactivate"),
    ]:
        response = getattr(api, method)(url, {}, format="json")
        assert response.status_code == 401, url
        assert response.json()["error"]["code"] == "not_authenticated"


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_other_roles_get_403_everywhere(api, role):
    target = UserFactory(role="sales")
    bearer(api, UserFactory(role=role))
    for method, url, body in [
        ("get", "/api/v1/users", {}),
        ("post", "/api/v1/users", {"email": "x@example.com", "role": "admin"}),
        ("get", f"/api/v1/users/{target.pk}", {}),
        ("patch", f"/api/v1/users/{target.pk}", {"role": "admin"}),
        ("post", f"/api/v1/users/{target.pk}/deactivate", {}),
    ]:
        response = getattr(api, method)(url, body, format="json")
        assert response.status_code == 403, (role, url)
        assert response.json()["error"]["code"] == "permission_denied"
    target.refresh_from_db()
    assert target.role == "sales" and target.is_active
    assert not User.objects.filter(email="x@example.com").exists()


def test_admin_lists_and_filters_users(admin_api):
    UserFactory.create_batch(3, role="sales")
    UserFactory(role="marketing", email="mkt@example.com")
    everyone = admin_api.get("/api/v1/users")
    assert everyone.status_code == 200
    emails = [row["email"] for row in everyone.json()["results"]]
    assert emails == sorted(emails) and len(emails) == 5

    marketing = admin_api.get("/api/v1/users?role=marketing").json()["results"]
    assert [row["email"] for row in marketing] == ["mkt@example.com"]


@pytest.mark.parametrize("query", ["role=zzz", "is_active=maybe"])
def test_a_user_filter_that_does_not_parse_is_a_400_not_an_empty_list(admin_api, query):
    response = admin_api.get(f"/api/v1/users?{query}")
    assert response.status_code == 400 and query.split("=")[0] in response.json()["error"]["fields"]


def test_admin_list_paginates_with_cursors(admin_api):
    UserFactory.create_batch(4)
    first = admin_api.get("/api/v1/users?page_size=2").json()
    assert len(first["results"]) == 2 and first["next"]
    second = admin_api.get(first["next"]).json()
    third = admin_api.get(second["next"]).json()
    seen = [row["id"] for page in (first, second, third) for row in page["results"]]
    assert len(seen) == 5 == len(set(seen))
    assert third["next"] is None


def test_admin_creates_a_user_who_gets_a_verification_email(admin_api):
    response = admin_api.post("/api/v1/users", {"email": "New.Person@example.com", "role": "manager"}, format="json")
    assert response.status_code == 201
    assert response.json()["role"] == "manager" and response.json()["email_verified"] is False
    user = User.objects.get(email="new.person@example.com")
    assert list(user.groups.values_list("name", flat=True)) == ["manager"]
    assert mail.outbox[-1].to == ["new.person@example.com"]

    invalid = admin_api.post("/api/v1/users", {"email": "not-an-email", "role": "boss"}, format="json")
    assert invalid.status_code == 400
    assert set(invalid.json()["error"]["fields"]) == {"email", "role"}


def test_admin_changes_a_role_and_the_group_follows(admin_api):
    user = UserFactory(role="sales")
    response = admin_api.patch(f"/api/v1/users/{user.pk}", {"role": "marketing"}, format="json")
    assert response.status_code == 200 and response.json()["role"] == "marketing"
    assert list(user.groups.values_list("name", flat=True)) == ["marketing"]


def test_admin_deactivates_a_user_whose_tokens_then_stop_working(api):
    admin = UserFactory(role="admin")
    victim = UserFactory(role="sales")
    refresh = api.post(
        "/api/v1/auth/token", {"email": victim.email, "password": "correct-horse-battery"}, format="json"
    ).json()["refresh"]

    api.force_authenticate(admin)
    response = api.post(f"/api/v1/users/{victim.pk}/deactivate")
    assert response.status_code == 200 and response.json()["is_active"] is False
    api.force_authenticate(None)
    assert api.post("/api/v1/auth/token/refresh", {"refresh": refresh}, format="json").status_code == 401

    api.force_authenticate(admin)
    own = api.post(f"/api/v1/users/{admin.pk}/deactivate")
    assert own.status_code == 400 and own.json()["error"]["code"] == "own_account"


def test_unknown_user_is_404_with_the_error_body(admin_api):
    response = admin_api.get("/api/v1/users/999999")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [("post", "/deactivate", None), ("patch", "", {"is_active": False}), ("patch", "", {"role": "sales"})],
    ids=["deactivate", "patch-inactive", "patch-role"],
)
def test_a_role_admin_cannot_lock_out_or_demote_a_superuser(admin_api, method, suffix, body):
    """As in Django admin: only a superuser changes a superuser's account, so a role admin cannot take the site."""
    owner = UserFactory(role="admin", is_superuser=True, is_staff=True)
    response = getattr(admin_api, method)(f"/api/v1/users/{owner.pk}{suffix}", body, format="json")
    assert response.status_code == 403 and response.json()["error"]["code"] == "permission_denied"
    owner.refresh_from_db()
    assert owner.is_active and owner.role == "admin"


def test_a_superuser_can_still_deactivate_another_superuser(api):
    api.force_authenticate(UserFactory(role="admin", is_superuser=True))
    other = UserFactory(role="admin", is_superuser=True)
    assert api.post(f"/api/v1/users/{other.pk}/deactivate").status_code == 200
