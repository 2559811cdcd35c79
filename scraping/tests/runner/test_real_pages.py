"""Every shipped recipe on the REAL saved pages of its site (../shared/samples/pages, read at run time, never copied
here), through ``manage.py recipe_check`` exactly as a task reads them: what a person reads on each page."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

SAMPLES = Path(settings.BASE_DIR).parent / "shared" / "samples"
PAGES = SAMPLES / "pages"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not PAGES.exists(), reason=f"the real page samples are not at {PAGES}"),
]


def check(slug: str, path: Path, page: str) -> dict:
    out = StringIO()
    call_command("recipe_check", slug, str(path), page=page, stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.parametrize(
    "name, expected",
    [
        (
            "griffith-observatory",
            {
                "name": "Griffith Observatory",
                "address": "2800 E Observatory Rd, Los Angeles, CA 90027",
                "phone": "+12134730800",
                "website": "https://griffithobservatory.org/",
                "category": "Observatory",
                "place_id": "ChIJywjU6WG_woAR3NrWwrEH_3M",
                "plus_code": "4M9X+9R Los Angeles, California",
            },
        ),
        (
            "seattle-public-library-central-library",
            {
                "name": "Seattle Public Library - Central Library",
                "address": "1000 4th Ave, Seattle, WA 98104",
                "phone": "+12063864636",
                "category": "Public library",
                "place_id": "ChIJ55fLWVtBkFQR0v31eadEoLM",
            },
        ),
    ],
)
def test_google_maps_place_page(name, expected):
    result = check("google_maps", PAGES / "google_maps" / f"cocli__{name}__item.html", "detail")
    fields = result["fields"]
    assert result["blocked"] is None
    assert {key: fields[key] for key in expected} == expected
    assert expected["phone"] in result["phones"]
    assert "spl.org" in fields["website"] or "griffithobservatory.org" in fields["website"]
    assert not any("\ue000" <= ch <= "\uf8ff" for value in fields.values() for ch in value)  # no icon glyphs
    assert float(fields["rating"]) > 4 and int(fields["reviews"]) > 1000
    days = dict(day.split(": ", 1) for day in fields["hours"].split("; "))  # 'Monday: 10 AM–6 PM; Tuesday: …'
    assert set(days) == {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    assert all(days.values())
    assert fields["cid"].isdigit()


def test_google_maps_place_page_coordinates():
    fields = check("google_maps", PAGES / "google_maps" / "cocli__griffith-observatory__item.html", "detail")["fields"]
    assert round(float(fields["latitude"]), 3) == 34.118 and round(float(fields["longitude"]), 3) == -118.300


@pytest.mark.parametrize(
    "page, at_least, first",
    [
        ("cocli__griffith-observatory__list.html", 10, "Griffith Observatory"),
        ("cocli__seattle-public-library-central-library__list.html", 10, "Seattle Public Library - Central Library"),
        ("cocli__gm-list.html", 5, None),
        ("cocli__after_scroll_rubber_flooring.html", 60, None),
        ("cocli__before_scroll_financial_planner.html", 60, None),
    ],
)
def test_google_maps_results(page, at_least, first):
    result = check("google_maps", PAGES / "google_maps" / page, "listing")
    items = result["items"]
    assert result["blocked"] is None and len(items) >= at_least
    assert all(item["name"] and "/maps/place/" in item["url"] for item in items)
    assert all(item["place_id"].startswith("ChIJ") and item["latitude"] and item["longitude"] for item in items)
    assert len({item["place_id"] for item in items}) == len(items)  # one item per place
    assert sum(1 for item in items if item["rating"]) >= len(items) // 2
    assert sum(1 for item in items if item["category"]) >= len(items) * 0.9
    if first:
        assert items[0]["name"] == first


def test_google_maps_card_phone_and_reviews():
    items = check("google_maps", PAGES / "google_maps" / "cocli__gm-list.html", "listing")["items"]
    with_phone = [item for item in items if item["phone"]]
    assert with_phone and all(item["phone"].startswith("+1") for item in with_phone)
    assert any(item["reviews"].isdigit() for item in items)


def test_google_consent_page_is_reported_as_a_consent_wall():
    result = check("google_maps", PAGES / "google_maps" / "consent_google_excerpt_2026-09.html", "listing")
    assert result["items"] == [] and "consent" in result


@pytest.mark.parametrize("slug", ["website", "linkedin_company", "facebook_page", "instagram_profile", "x_profile"])
def test_bing_bot_check_is_blocked_for_every_search_recipe(slug):
    result = check(slug, PAGES / "search_engines" / "wsmcp__bing.html", "listing")
    assert result["blocked"] and "captcha" in result["blocked"]


def test_website_recipe_on_real_bing_results_opens_the_targets():
    items = check("website", PAGES / "search_engines" / "wsmcp__http-bing.html", "listing")["items"]
    assert len(items) == 10
    assert all(item["url"].startswith("https://") and "bing.com" not in item["url"] for item in items)
    assert items[0] == {
        "url": "https://www.w3schools.com/Js/",
        "name": "JavaScript Tutorial - W3Schools",
        "description": items[0]["description"],
    }
    assert items[0]["description"].startswith("Learn JavaScript")


def test_website_recipe_on_duckduckgo_results():
    items = check("website", PAGES / "search_engines" / "wsmcp__duckduckgo.html", "listing")["items"]
    assert [item["url"] for item in items] == [
        "https://example.com/javascript-tutorial",
        "https://example.com/js-guide",
        "https://example.com/javascript-basics",
    ]
    assert items[0]["name"] == "JavaScript Tutorial - Learn JS" and items[0]["description"]


def test_social_recipes_take_no_non_profile_result_of_a_search():
    result = check("linkedin_company", PAGES / "search_engines" / "wsmcp__http-bing.html", "listing")
    assert result["items"] == [] and result["not_matching_url_pattern"] == 10


def test_website_recipe_on_a_real_business_site():
    result = check("website", PAGES / "websites" / "cocli__ace-installations.com.html", "detail")
    assert result["blocked"] is None
    assert result["fields"]["name"] == "Ace Flooring Group"
    assert result["phones"] and all(phone.startswith("+1") for phone in result["phones"])
    assert any(email.lower().endswith("@ace-installations.com") for email in result["emails"])


def test_linkedin_about_rows():
    fields = check("linkedin_company", PAGES / "social" / "linkedin_about_fragment.html", "detail")["fields"]
    assert fields["website"] == "https://www.siyatta.com/"  # not LinkedIn's /redir/redirect link
    assert fields["category"] == "Staffing and Recruiting"
