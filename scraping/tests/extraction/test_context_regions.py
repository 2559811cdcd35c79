"""Per-number regions: a national number of another country is read with the country its context names."""

import pytest

from scraping.extraction import extract_page
from scraping.extraction.context_regions import find_signals

US_PAGE = "https://acme.example.com/contact"


def phones(html: str, url: str = US_PAGE) -> set[str]:
    return {p.e164 for p in extract_page(html, url).phones}


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("UK: ", ["GB"]),
        ("\U0001f1e9\U0001f1ea ", ["DE"]),  # German flag
        ("14 Fenchurch Street, London EC3M 3BY", ["GB"]),
        ("Montréal (Québec) H3B 4W8", ["CA"]),
        ("New York, NY 10118", ["US"]),
        ("Level 9, 60 Margaret St, Sydney NSW 2000", ["AU"]),
        ("Österreich", ["AT"]),
        ("Our Swiss office", ["CH"]),
        ("Parramatta, New South Wales", ["AU"]),  # not "Wales"
        ("Santa Fe, New Mexico", ["US"]),  # not Mexico
        ("Indianapolis, Indiana", []),
        ("CHECK IN: 14:00", []),  # ISO codes that are words are not labels
        ("English | Deutsch | Français", []),  # a language switcher names no office
    ],
)
def test_country_signals(text, regions):
    # "UK:" is both a name and a label: the same country twice is one signal for the reader.
    assert list(dict.fromkeys(s.region for s in find_signals(text))) == regions


def test_office_abroad_named_by_heading_and_postcode():
    html = """<html lang="en-US"><body>
      <h2>New York</h2><p>350 Fifth Avenue, New York, NY 10118</p><p>Main line: (212) 555-0141</p>
      <h2>London</h2><address>14 Fenchurch Street<br>London EC3M 3BY</address><p>Switchboard: 020 7946 0418</p>
    </body></html>"""
    assert phones(html) == {"+12125550141", "+442079460418"}


def test_each_number_on_one_line_takes_the_label_before_it():
    html = "<p>US: (646) 555-0150 · UK: 020 7946 0402 · DE: 030 23125 678</p>"
    assert phones(html) == {"+16465550150", "+442079460402", "+493023125678"}


def test_flag_labels_in_a_footer_list():
    html = "<ul><li>\U0001f1ec\U0001f1e7 020 7946 0402</li><li>\U0001f1fa\U0001f1f8 (646) 555-0150</li></ul>"
    assert phones(html) == {"+442079460402", "+16465550150"}


def test_context_country_wins_when_the_number_is_valid_in_both():
    # 044 555 12 34 is a valid number in Germany too; the "Schweiz" heading says it is Swiss.
    html = "<html lang='de'><h3>Schweiz</h3><p>Bahnhofstrasse 70</p><p>8001 Zürich</p><p>Tel. 044 555 12 34</p></html>"
    assert phones(html, "https://kessler.example.de/") == {"+41445551234"}


def test_page_region_numbers_stay_after_a_foreign_section():
    html = "<h2>Paris</h2><p>75008 Paris, France</p><p>Tél. 01 99 00 45 67</p><p>Call us: (212) 555-0134</p>"
    assert phones(html) == {"+33199004567", "+12125550134"}


def test_no_country_in_context_means_no_guess():
    # "London" is a city, not a country signal: the number is not VALID for the page region and is left out.
    assert phones("<p>Tel 020 7946 0401 (London showroom)</p>") == set()


def test_signal_does_not_carry_beyond_the_window():
    filler = "<p>" + "We restore Victorian and Edwardian sash windows with period glass and hardware. " * 4 + "</p>"
    html = f"<p>Our partner workshop in the United Kingdom.</p>{filler}<p>Showroom 0113 496 0457</p>"
    assert phones(html) == set()


def test_unlabelled_digits_grouped_like_an_id_are_not_read_as_a_foreign_phone():
    html = """<table><tr><th>Country</th><th>Service</th></tr>
      <tr><td>France</td><td>Colissimo 6X 0199 0012 34</td></tr></table><p>Questions? Call 1-800-555-0163.</p>"""
    assert phones(html) == {"+18005550163"}


def test_guards_still_apply_to_numbers_read_with_a_context_region():
    html = "<p>United Kingdom — order no. 020 7946 0401, dispatched 03/04/2025</p>"
    assert phones(html) == set()


def test_merely_possible_numbers_are_not_accepted_with_a_context_region():
    # 020 7946 040 is one digit short: possible-looking, never VALID in GB.
    assert phones("<p>UK: 020 7946 040</p>") == set()


def test_json_ld_item_address_country_reads_its_own_telephone():
    html = """<script type="application/ld+json">{"@graph":[
      {"@type":"Bakery","telephone":"(312) 555-0126","address":{"addressCountry":"US"}},
      {"@type":"Bakery","telephone":"0113 496 0456","address":{"@type":"PostalAddress","addressCountry":"GB"}},
      {"@type":"Bakery","telephone":"01 555 0123","address":{"addressCountry":"IE"}}]}</script>"""
    assert phones(html) == {"+13125550126", "+441134960456", "+35315550123"}


def test_tel_link_in_a_block_naming_another_country():
    html = '<p>UK office: <a href="tel:02079460401">020 7946 0401</a></p><a href="tel:2125550187">NY</a>'
    assert phones(html) == {"+442079460401", "+12125550187"}


def test_self_hreflang_gives_the_page_region():
    head = '<link rel="alternate" hreflang="en-gb" href="https://fernbrook.example.com/uk/">'
    html = f"<html lang='en'><head>{head}</head><body><p>Call 0113 496 0457</p></body></html>"
    findings = extract_page(html, "https://fernbrook.example.com/uk/")
    assert findings.region == "GB"
    assert {p.e164 for p in findings.phones} == {"+441134960457"}
    # The same alternate seen from another page (the US section) says nothing about that page.
    assert extract_page(html, "https://fernbrook.example.com/us/").region == "US"
