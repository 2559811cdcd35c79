"""Social recipes read what public pages carry (fictional pages in the real pages' shapes): LinkedIn's JSON-LD
Organization, Instagram's and Facebook's meta data parsed into name, handle, followers and bio; a login wall is
blocked with its reason, never an empty lead."""

import pytest

from scraping.runner.check import recipe_check
from scraping.runner.shipped import recipes

pytestmark = pytest.mark.django_db


def _definition(slug: str) -> dict:
    return next(r for r in recipes() if r["slug"] == slug)["definition"]


def _detail(slug: str, html: str, url: str) -> dict:
    return recipe_check(_definition(slug), page="detail", content=html.encode(), url=url)


LINKEDIN = """<html><head><title>Example Co | LinkedIn</title>
<script type="application/ld+json">{"@context": "http://schema.org", "@graph": [{"@type": "Organization",
 "name": "Example Co", "url": "https://www.linkedin.com/company/example-co",
 "sameAs": "https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww%2Eexample%2Ecom%2F&urlhash=x",
 "address": {"@type": "PostalAddress", "streetAddress": "1 Example St", "addressLocality": "Toronto",
  "addressRegion": "ON", "addressCountry": "CA"},
 "numberOfEmployees": {"@type": "QuantitativeValue", "value": 42}, "description": "We make examples."}]}</script>
</head><body><main><dl>
<div><dt>Industry</dt><dd>Software Development</dd></div>
<div><dt>Company size</dt><dd>11-50 employees</dd></div></dl></main></body></html>"""


def test_linkedin_company_page_from_its_json_ld_and_about_rows():
    result = _detail("linkedin_company", LINKEDIN, "https://www.linkedin.com/company/example-co")
    fields = result["fields"]
    assert result["blocked"] is None
    assert fields["name"] == "Example Co"
    assert fields["website"] == "https://www.example.com/"  # unwrapped, and not the LinkedIn page itself
    assert fields["address"] == "1 Example St, Toronto, ON, CA"
    assert fields["category"] == "Software Development"
    assert fields["size"] == "11-50 employees"


INSTAGRAM = """<html><head><title>Example Pizzeria (@example.pizza) • Instagram photos and videos</title>
<meta property="og:title" content="Example Pizzeria (&#064;example.pizza) &#x2022; Instagram photos and videos">
<meta name="description" content="12.5K Followers, 190 Following, 1,407 Posts - Example Pizzeria (&#064;example.pizza)
 on Instagram: &quot;Wood-fired pizza since 1999. Call 416-555-0142&quot;">
</head><body><div id="react-root"></div></body></html>"""


def test_instagram_profile_meta_is_parsed_not_pasted_as_the_bio():
    result = _detail("instagram_profile", INSTAGRAM, "https://www.instagram.com/example.pizza/")
    fields = result["fields"]
    assert result["blocked"] is None
    assert fields["name"] == "Example Pizzeria"
    assert fields["handle"] == "example.pizza"
    assert fields["followers"] == "12500" and fields["following"] == "190" and fields["posts"] == "1407"
    assert fields["bio"] == "Wood-fired pizza since 1999. Call 416-555-0142"
    assert "Followers" not in fields["bio"]


FACEBOOK = """<html><head><meta property="og:title" content="Example Pizzeria">
<meta property="og:description" content="Example Pizzeria, Toronto. 1,234 likes · 56 talking about this · 12 were
 here. Wood-fired pizza since 1999."></head><body><h1>Example Pizzeria</h1></body></html>"""


def test_facebook_page_meta_gives_likes_and_the_bio():
    fields = _detail("facebook_page", FACEBOOK, "https://www.facebook.com/ExamplePizzeria/")["fields"]
    assert fields["name"] == "Example Pizzeria"
    assert fields["likes"] == "1234"
    assert fields["bio"] == "Wood-fired pizza since 1999."


LOGIN = """<html><head><title>Log in</title></head><body><form action="/login/device-based/regular/login/">
<input name="email"><input type="password" name="pass"><button>Log in</button></form></body></html>"""


@pytest.mark.parametrize(
    "slug, url",
    [
        ("facebook_page", "https://www.facebook.com/ExamplePizzeria/"),
        ("instagram_profile", "https://www.instagram.com/example.pizza/"),
        ("linkedin_company", "https://www.linkedin.com/company/example-co"),
    ],
)
def test_a_login_wall_is_blocked_not_an_empty_lead(slug, url):
    result = _detail(slug, LOGIN, url)
    assert result["blocked"] and "login wall" in result["blocked"]
    assert result["fields"] == {}
