from scraping.runner.fields import FieldReport, parse_html, read_field, read_fields, select_first_matching

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
