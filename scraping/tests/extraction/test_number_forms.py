"""Number forms read as a person reads them (fictional numbers: 555-01xx, Ofcom drama ranges, corpus DE numbers)."""

from scraping.extraction import extract_page
from scraping.extraction.phones import context_kind

US = "https://acme.example.com/"
DE = "https://acme.example.de/"
UK = "https://acme.example.co.uk/"


def found(html: str, url: str) -> dict[str, bool]:
    return {p.e164: p.is_fax for p in extract_page(f"<html><body>{html}</body></html>", url).phones}


def test_a_fax_word_after_the_number_marks_it_fax():
    html = "<p>1625 K Street NW, Washington DC 20006 | 202-555-0100 tel | 202-555-0199 fax</p>"
    assert found(html, US) == {"+12025550100": False, "+12025550199": True}


def test_a_fax_word_that_labels_the_next_number_does_not_mark_this_one():
    assert found("<p>Tel. 030 23125321 Fax 030 23125456</p>", DE) == {"+493023125321": False, "+493023125456": True}


def test_switchboard_suffix_after_an_en_dash_is_kept():
    assert set(found("<p>Tel. +49 (0) 30 231 25 – 0</p>", DE)) == {"+4930231250"}
    assert set(found("<p>Telefon: 030 23125 — 0</p>", DE)) == {"+4930231250"}


def test_service_number_with_a_price_note():
    assert set(found("<p>Service-Hotline: 01805 – 4444 (* 0,14 €/Min.)</p>", DE)) == {"+4918054444"}


def test_text_relay_prefix_dials_the_number_after_it():
    html = "<p>Please call 0808 157 0123 or 18001 0808 157 0124 (Text relay)</p>"
    assert set(found(html, UK)) == {"+448081570123", "+448081570124"}


def test_one_label_over_a_list_of_numbers():
    assert context_kind("Tel.: 030 23125321, ", "") == "phone"
    assert context_kind("Fax: 030 23125321 / ", "") == "fax"
    assert context_kind("Order 12345, ", "") is None


def test_messenger_labels_after_the_number():
    assert context_kind("", " (WhatsApp)") == "phone"
    assert context_kind("", " Signal") == "phone"


def test_og_phone_number_is_read_as_markup():
    html = '<html><head><meta property="og:phone_number" content="+1 202 555 0143"></head><body><p>x</p></body></html>'
    assert {p.e164 for p in extract_page(html).phones} == {"+12025550143"}


def test_tooltip_template_is_read_but_an_inert_template_is_not():
    shown = "<span data-template='#hours'>Hours</span><template id='hours'><p>Call 202-555-0142</p></template>"
    inert = "<template><p>Template phone 212-555-0193</p></template>"
    assert set(found(shown + inert, US)) == {"+12025550142"}


def test_numbers_in_scripts_comments_dates_and_prices_stay_out():
    html = (
        "<script>var phone = '202-555-0144';</script><!-- 202-555-0145 --><p>Updated 2024-03-15, price $1,299.00, "
        "order no. 2025550146</p>"
    )
    assert found(html, US) == {}
