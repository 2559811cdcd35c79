import pytest
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from accounts.models import Role
from accounts.tests.factories import UserFactory
from insight.api_errors import flatten_field_errors


def test_nested_errors_become_one_level_named_by_path():
    detail = {
        "filters": {"lead_class": ['"{}" is not a valid choice.']},
        "status": {"0": ['"sold" is not a valid choice.'], "2": ['"x" is not a valid choice.']},
        "items": [{}, {"name": ["This field is required."]}],
        "queries": ["This list may not be empty."],
        "changes": {"non_field_errors": ["Say what to change."]},
    }
    assert flatten_field_errors(detail) == {
        "filters.lead_class": ['"{}" is not a valid choice.'],
        "status": ['"sold" is not a valid choice.', '"x" is not a valid choice.'],
        "items[1].name": ["This field is required."],
        "queries": ["This list may not be empty."],
        "changes": ["Say what to change."],
    }


@pytest.mark.django_db
def test_a_damaged_cursor_is_a_bad_request_naming_the_cursor():
    client = APIClient()
    user = UserFactory(role=Role.SALES)
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    response = client.get("/api/v1/leads?cursor=not-a-cursor")
    assert response.status_code == 400
    assert "cursor" in response.json()["error"]["fields"]


@pytest.mark.django_db
def test_a_nested_field_error_is_reported_with_its_path():
    client = APIClient()
    user = UserFactory(role=Role.SALES)
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    response = client.post(
        "/api/v1/tasks",
        {"queries": ["plumbers"], "platforms": ["sandbox_maps"], "filters": {"lead_class": "robot"}},
        format="json",
    )
    assert response.status_code == 400
    assert "filters.lead_class" in response.json()["error"]["fields"]


@pytest.mark.django_db
def test_an_unknown_format_is_a_bad_request_listing_the_choices():
    client = APIClient()
    user = UserFactory(role=Role.SALES)
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    response = client.get("/api/v1/leads/export?format=docx")
    assert response.status_code == 400
    message = response.json()["error"]["fields"]["format"][0]
    assert "'docx'" in message and "csv" in message and "xlsx" in message
