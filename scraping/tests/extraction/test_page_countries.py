"""The country of a national number read from the page the way a person reads it, when no URL or region is given.

Fictional numbers throughout (drama ranges where a country has one; made-up digits of a valid shape elsewhere).
"""

import json

import pytest

from scraping.extraction import extract_page
from scraping.extraction.page import load_page
from scraping.extraction.page_countries import detect_language, score_page

GERMAN = (
    "Wir sind ein kleiner Familienbetrieb und beraten Sie gerne persönlich zu allen Fragen rund um unsere Weine, "
    "die Lieferung und die Bezahlung. Rufen Sie uns einfach an oder schreiben Sie uns eine Nachricht."
)
JAPANESE = (
    "私たちは東京の小さな会社です。ご質問がございましたら、お気軽にお問い合わせください。営業時間は平日の午前九時から午後六時までです。"
    * 2
)
SPANISH = (
    "Somos una empresa de servicios para el hogar. Atendemos a nuestros clientes de lunes a viernes y respondemos "
    "todas las preguntas sobre pedidos, entregas y facturas con mucho gusto."
)
ENGLISH = (
    "We run the assisted travel service for passengers who need help at stations and on trains. Book at least a "
    "day before you travel and tell us what help you need."
)


def phones(html: str, **kwargs) -> dict[str, str]:
    return {p.e164: p.region_reason for p in extract_page(html, **kwargs).phones if not p.is_fax}


def test_language_detected_from_the_text_gives_the_country_without_lang_or_url():
    found = phones(f"<html><body><p>{GERMAN}</p><p>Telefon: 030 23125321</p></body></html>")
    assert list(found) == ["+493023125321"]
    assert found["+493023125321"].startswith("DE:") and "language 'de'" in found["+493023125321"]


def test_japanese_number_is_not_read_as_american():
    found = phones(f"<html lang='ja'><body><p>{JAPANESE}</p><p>電話 03-1234-5678</p></body></html>")
    assert list(found) == ["+81312345678"]


def test_number_shape_picks_the_one_spanish_speaking_country_where_it_is_valid():
    ld = json.dumps({"@type": "Organization", "contactPoint": {"@type": "ContactPoint", "telephone": "018000123456"}})
    html = f"<html lang='es'><head><script type='application/ld+json'>{ld}</script></head><body><p>{SPANISH}</p>"
    found = phones(html + "</body></html>")
    assert list(found) == ["+5718000123456"]
    assert found["+5718000123456"].startswith("CO:") and "valid in CO, not in" in found["+5718000123456"]


def test_linked_country_domains_read_national_numbers_of_that_country():
    links = "".join(f"<a href='https://www.rail{i}.example.co.uk/'>Operator {i}</a>" for i in range(3))
    html = f"<html lang='en'><body><nav>{links}</nav><p>{ENGLISH} Please call 0808 157 0123.</p></body></html>"
    found = phones(html)
    assert list(found) == ["+448081570123"]
    assert "links to www.rail0.example.co.uk" in found["+448081570123"]


def test_international_numbers_of_the_page_name_the_country_of_its_national_ones():
    html = (
        "<html lang='en'><body><p>Seoul office, TEL : +82 2 1234 5679</p><p>Box office 02-1234-5678</p></body></html>"
    )
    assert set(phones(html)) == {"+82212345679", "+82212345678"}


def test_french_national_number_next_to_a_plus_33_one():
    html = "<html lang='fr'><body><p>Standard : +33 1 99 00 12 34</p><p>Accueil : 01 99 00 45 67</p></body></html>"
    assert set(phones(html)) == {"+33199001234", "+33199004567"}


def test_a_local_only_markup_number_is_not_given_the_default_country():
    ld = json.dumps({"@type": "Store", "telephone": "230-7711"})
    html = f"<html><head><script type='application/ld+json'>{ld}</script></head><body><p>Open daily</p></body></html>"
    assert phones(html) == {}


def test_the_default_region_only_when_nothing_on_the_page_speaks():
    found = phones("<html><body><p>Call us: (212) 555-0134</p></body></html>")
    assert list(found) == ["+12125550134"]
    assert found["+12125550134"].startswith("US: default region")


def test_a_region_given_by_the_caller_is_the_only_candidate():
    html = f"<html lang='de'><body><p>{GERMAN}</p><p>Telefon: 0808 157 0123</p></body></html>"
    assert set(phones(html, region="GB")) == {"+448081570123"}
    assert set(phones(html)) == {"+498081570123"}  # the same digits are a valid German number


@pytest.mark.parametrize(
    ("text", "language"),
    [(GERMAN, "de"), (SPANISH, "es"), (ENGLISH, "en"), (JAPANESE, "ja"), ("Tel. 030 1234", None)],
)
def test_language_detection_needs_enough_prose(text, language):
    assert detect_language([text]) == language


def test_scores_keep_their_reasons():
    page = load_page(
        "<html><head><link rel='canonical' href='https://shop.example.at/kontakt'></head>"
        f"<body><p>{GERMAN}</p><p>Preis: 25,00 €</p></body></html>"
    )
    scores = score_page(page, texts=[GERMAN, "Preis: 25,00 €"], address_countries=[], markup_numbers=[])
    assert scores.ranked()[0][0] == "AT"
    assert "canonical/og:url https://shop.example.at/kontakt" in scores.reason("AT")
    assert "currency €" in scores.reason("AT")


def test_a_language_share_alone_never_reads_a_labelled_number_in_prose():
    # "en" is spoken in India too, but nothing on this page points there: 020 7946 0401 is not Indian.
    html = "<html lang='en-US'><body><p>London showroom, phone: 020 7946 0401</p></body></html>"
    assert not any(e.startswith("+91") for e in phones(html, url="https://tailor.example.com/"))


def test_a_country_the_page_names_once_reads_its_labelled_numbers():
    html = (
        f"<html lang='es'><body><p>{SPANISH}</p><p>Oficina central: Colonia Escalón, San Salvador, El Salvador</p>"
        "<p>Teléfono: (503) 2123-4567</p></body></html>"
    )
    found = phones(html)
    assert list(found) == ["+50321234567"]
    assert "names 'el salvador'" in found["+50321234567"]
