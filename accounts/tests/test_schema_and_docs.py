"""The OpenAPI schema is public and complete; the docs page uses only local assets."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_schema_lists_the_accounts_endpoints_and_jwt_security(client):
    response = client.get("/api/schema/?format=json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    for path in [
        "/api/v1/auth/register",
        "/api/v1/auth/verify",
        "/api/v1/auth/verify/resend",
        "/api/v1/auth/token",
        "/api/v1/auth/token/refresh",
        "/api/v1/auth/logout",
        "/api/v1/auth/password/reset",
        "/api/v1/auth/password/reset/confirm",
        "/api/v1/me",
        "/api/v1/me/consent",
        "/api/v1/users",
        "/api/v1/users/{id}",
        "/api/v1/users/{id}/deactivate",
    ]:
        assert path in schema["paths"], path
    assert schema["components"]["securitySchemes"]["jwtAuth"]["scheme"] == "bearer"


def test_docs_page_loads_without_external_assets(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets, "the page should load the Swagger UI bundle"
    assert all(not asset.startswith(("http:", "https:", "//")) for asset in assets), assets
    for asset in assets:
        if asset.startswith("/static/"):
            assert client.get(asset).status_code == 200, asset
