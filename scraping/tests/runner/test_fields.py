import copy

import pytest
from django.core.exceptions import ValidationError

from scraping.models import PlatformRecipe
from scraping.runner.fields import FieldReport, parse_html, read_field, read_fields, read_items, select_first_matching
from scraping.tests.factories import SANDBOX_RECIPE

CARD = """
<div role="feed">
  <div role="article" data-place-id="p1"><a class="place-link" href="/maps/place/p1/x" aria-label="Orchard Café"></a>
    <div class="place-name">Orchard Café</div></div>
  <div role="article" data-place-id="p2"><a class="place-link" href="/maps/place/p2/y" aria-label="Juniper Bakery"></a>
  </div>
</div>
<a href="tel:+14165550142">Call</a>
<button data-item-id="phone:tel:+14165550143">(416) 555-0143</button>
"""


def test_a_renamed_class_falls_back_to_the_next_selector_and_says_which_matched():
    root = parse_html(CARD)
    value, selector = read_field(root, {"selectors": ["div.fontHeadlineSmall", ".place-name"]})
    assert (value, selector) == ("Orchard Café", ".place-name")


def test_every_selector_empty_gives_an_empty_field_not_an_error():
    assert read_field(parse_html(CARD), {"selectors": ["h1.gone", ".also-gone"]}) == ("", None)


def test_attribute_alternatives_regex_and_relative_urls():
    root = parse_html(CARD)
    spec = {"selectors": ["button[data-item-id^='phone:tel:']"], "attribute": "data-item-id|href", "regex": r"tel:(.+)"}
    assert read_field(root, spec)[0] == "+14165550143"
    cards, used = select_first_matching(root, ["div.Nv2PK", "div[role='feed'] > div[role='article']"])
    assert used == "div[role='feed'] > div[role='article']" and len(cards) == 2
    values, _ = read_fields(
        cards[1],
        {
            "platform_id": {"selectors": [":scope[data-place-id]"], "attribute": "data-place-id"},
            "name": {"selectors": [".place-name", "a.place-link"], "attribute": "text|aria-label"},
            "url": {"selectors": ["a.place-link"], "attribute": "href"},
        },
        "http://sandbox.example.com/maps/search?q=x",
    )
    assert values == {
        "platform_id": "p2",
        "name": "Juniper Bakery",
        "url": "http://sandbox.example.com/maps/place/p2/y",
    }


def test_field_report_gives_empty_rates_and_flags_fields_that_are_always_empty():
    report = FieldReport()
    for card in select_first_matching(parse_html(CARD), "div[role='article']")[0]:
        _, matched = read_fields(card, {"name": {"selectors": [".place-name"]}, "rating": {"selectors": [".stars"]}})
        report.record(matched)
    for _ in range(2):
        report.record({"rating": None})
    data = report.to_dict()
    assert data["name"] == {"items": 2, "empty": 1, "empty_rate": 0.5, "selectors": {".place-name": 1}}
    assert data["rating"]["empty_rate"] == 1.0
    assert report.always_empty() == ["rating"]


def test_text_joins_nested_inline_tags_and_leaves_out_scripts_styles_and_comments():
    root = parse_html(
        "<div class='card'><h3>Orchard <b>Caf</b>é</h3><script>var phone = '555';</script><!-- old name -->"
        "<style>.x{}</style><p>Open\n\n  <i>daily</i>&nbsp;</p><template><p>hidden</p></template></div>"
    )
    assert read_field(root, {"selectors": ["div.card"]}) == ("Orchard Caf é Open daily", "div.card")
    assert read_field(root, {"selectors": ["script"]})[0] == "var phone = '555';"
    assert read_field(root, {"selectors": ["template p", "h3"]})[1] == "h3"  # a <template>'s content is no page
    assert read_field(root, {"selectors": ["h3"], "attribute": "html"})[0] == "<h3>Orchard <b>Caf</b>é</h3>"


def test_a_selector_on_an_item_finds_its_descendants_with_ancestors_anywhere():
    cards, _ = select_first_matching(parse_html(CARD), "div[role='article']")
    assert read_field(cards[0], {"selectors": ["div[role='feed'] .place-name"]})[0] == "Orchard Café"
    assert read_field(cards[0], {"selectors": ["div[role='article']"], "attribute": "data-place-id"}) == ("", None)
    assert read_field(cards[0], {"selectors": [":scope > a"], "attribute": "href"})[0] == "/maps/place/p1/x"


def test_a_page_source_string_with_an_xml_declaration_is_read():
    page = "<?xml version='1.0' encoding='utf-8'?>\n<html><body><h1 class='place-title'>Juniper</h1></body></html>"
    assert read_field(parse_html(page), {"selectors": ["h1.place-title"]})[0] == "Juniper"


def test_broken_empty_or_binary_pages_parse_to_a_document_that_matches_nothing_or_little():
    for content in (b"", b"   ", b"\x89PNG\r\n\x1a\n\x00\x00binary", "<div><p>unclosed <b>tags", b"<!-- only -->"):
        root = parse_html(content)
        assert read_field(root, {"selectors": ["h1"]}) == ("", None)


def test_soupsieve_contains_is_still_understood():
    root = parse_html(CARD)
    assert read_field(root, {"selectors": ["div:-soup-contains('Orchard') > .place-name"]})[0] == "Orchard Café"
    assert read_field(root, {"selectors": ["div:contains('orchard')"]}) == ("", None)  # case-sensitive


@pytest.mark.django_db
def test_a_recipe_with_a_selector_the_runner_cannot_compile_is_refused_on_save_with_its_field_path():
    definition = copy.deepcopy(SANDBOX_RECIPE)
    definition["fields"]["phone"]["selectors"] = ["a::text", "svg|a"]
    recipe = PlatformRecipe(slug="unreadable", name="Unreadable", runner="http", definition=definition)
    with pytest.raises(ValidationError) as error:
        recipe.full_clean()
    messages = [m for m in error.value.messages if m.startswith("fields.phone")]
    assert [m.split(":")[0] for m in messages] == ["fields.phone.selectors[0]", "fields.phone.selectors[1]"]
    assert messages[0].startswith("fields.phone.selectors[0]: 'a::text' is not a valid CSS selector (")


def test_each_item_of_a_long_listing_reads_its_own_values_when_the_item_is_the_selectors_left_part():
    cards = "".join(f"<div class='result'><a href='/b/{n}'>Studio {n}</a></div>" for n in range(200))
    items, _ = select_first_matching(parse_html(f"<main>{cards}</main>"), "div.result")
    values = [read_fields(item, {"name": {"selectors": ["div.result a"]}})[0]["name"] for item in items]
    assert values == [f"Studio {n}" for n in range(200)]


def test_a_listing_read_item_by_item_agrees_with_reading_each_item_and_keeps_nothing_of_the_page():
    import gc
    import weakref

    cards = "".join(f"<div class='result'><a href='/b/{n}'>Studio {n}</a><span>{n}</span></div>" for n in range(300))
    root = parse_html(f"<main class='list'>{cards}</main>")
    items, _ = select_first_matching(root, "div.result")
    fields = {"name": {"selectors": ["main.list a"]}, "link": {"selectors": ["div.result a"], "attribute": "href"}}
    read = read_items(items, fields, "https://maps.example.com/")
    assert read == [read_fields(item, fields, "https://maps.example.com/") for item in items]
    assert read[299][0] == {"name": "Studio 299", "link": "https://maps.example.com/b/299"}
    page = weakref.ref(root)
    del root, items
    gc.collect()
    assert page() is None, "the page read is still held in memory after its listing"


@pytest.mark.timeout(30)
def test_a_field_pattern_that_backtracks_without_end_leaves_that_field_empty_and_reads_the_rest():
    card = "<div class='card'><h3>Quill Stationers</h3><p class='ref'>ref " + "x9" * 30 + "!</p></div>"
    [item], _ = select_first_matching(parse_html(card), "div.card")
    fields = {
        "name": {"selectors": ["h3"], "regex": r"(\w+) Stationers"},
        "ref": {"selectors": ["p.ref"], "regex": r"((\w|\w\w)+)$"},
    }
    values, matched = read_fields(item, fields)
    assert values == {"name": "Quill", "ref": ""}
    assert read_fields(item, {"ref": {"selectors": ["p.ref"], "regex": r"ref (\w+)"}})[0]["ref"] == "x9" * 30
