import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static


def test_favicon_ico_redirects_to_the_static_svg(client):
    response = client.get("/favicon.ico")
    assert response.status_code in (301, 302)
    assert response["Location"] == static("img/favicon.svg")
    assert finders.find("img/favicon.svg")


@pytest.mark.django_db
def test_the_base_page_links_the_icon(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert f'<link rel="icon" href="{static("img/favicon.svg")}"'.encode() in response.content
