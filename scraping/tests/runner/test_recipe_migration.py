"""Migration 0010 brings what issue 23 added to recipes saved before it, keeping every admin edit."""

import importlib

migration = importlib.import_module("scraping.migrations.0010_recipes_read_real_sites")


def test_new_keys_and_selectors_are_added_after_the_admins_own():
    current = {
        "items": {"selectors": ["div.my-card"]},
        "fields": {"name": {"selectors": ["h3.mine"], "attribute": "text"}},
    }
    shipped = {
        "items": {"selectors": ["li.b_algo", "div.my-card"], "url_pattern": "^https://x"},
        "fields": {"name": {"selectors": ["h2 a"], "attribute": "href"}, "url": {"selectors": ["a"]}},
        "page_data": "google_maps",
    }
    merged = migration._merge(current, shipped)
    assert merged == {
        "items": {"selectors": ["div.my-card", "li.b_algo"], "url_pattern": "^https://x"},
        "fields": {"name": {"selectors": ["h3.mine", "h2 a"], "attribute": "text"}, "url": {"selectors": ["a"]}},
        "page_data": "google_maps",
    }
