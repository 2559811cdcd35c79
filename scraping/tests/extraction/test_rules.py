"""Region inference, per-layer rules, context labels, emails and social links."""

import pytest

from scraping.extraction import ExtractionConfig, extract_page
from scraping.extraction.emails import decode_cfemail
from scraping.extraction.socials import social_profile


@pytest.mark.parametrize(
    ("html", "url", "hint", "region"),
    [
        ('<html lang="en-GB"><p>x</p></html>', "https://a.example.ca/", "AU", "AU"),  # hint wins
        (
            '<html lang="en-GB"><script type="application/ld+json">{"@type":"Store","address":'
            '{"addressCountry":"Deutschland"}}</script></html>',
            "https://a.example.ca/",
            None,
            "DE",
        ),  # address country beats ccTLD
        ('<html lang="en-GB"><p>x</p></html>', "https://a.example.com.au/", None, "AU"),  # ccTLD beats lang
        ('<html lang="en-GB"><p>x</p></html>', "https://a.example.com/", None, "GB"),  # lang
        ("<html><p>x</p></html>", "https://a.example.com/", None, "US"),  # default
        ("<html><p>x</p></html>", "https://a.example.co.uk/", "united kingdom", "GB"),
    ],
)
def test_region_inference_order(html, url, hint, region):
    assert extract_page(html, url, region=hint).region == region


def test_national_numbers_follow_the_inferred_region_and_plus_numbers_any():
    html = "<p>Phone: 020 7946 0123</p><p>New York: +1 212 555 0150</p>"
    uk = extract_page(html, "https://shop.example.co.uk/")
    assert sorted(p.e164 for p in uk.phones) == ["+12125550150", "+442079460123"]
    assert {p.e164: p.region for p in uk.phones} == {"+12125550150": "US", "+442079460123": "GB"}


@pytest.mark.parametrize(
    "text",
    [
        "Order #416-555-0142",
        "Invoice no. 416 555 0142",
        "SKU 416-555-0142",
        "Tracking: 416 555 0142",
        "Total: $416 555 0142",
        "Posted 2024-03-15, updated 15.03.2024 and 03/15/2024",
        "Located at 43.6532, -79.3832",
        "ISBN 978-0-306-40615-7",
        "Reference 4165550142",
        "id=4165550142",
        "version 4.16.555.0142",
        "IBAN CA12 4165 5501 4200 0000 00",
        "ABC4165550142",
    ],
)
def test_visible_text_never_reports_non_phone_numbers(text):
    assert extract_page(f"<p>{text}</p>", "https://x.example.ca/").phones == []


def test_labels_raise_and_fax_lowers_confidence():
    html = "<p>Tel: 416 555 0142</p><p>Our team 416 555 0143</p><p>Fax: 416 555 0144</p>"
    phones = {p.e164: p for p in extract_page(html, "https://x.example.ca/").phones}
    assert phones["+14165550142"].confidence == pytest.approx(0.80)
    assert phones["+14165550143"].confidence == pytest.approx(0.70)
    assert phones["+14165550144"].confidence == pytest.approx(0.50)
    assert phones["+14165550144"].is_fax


def test_configured_confidences_are_used():
    config = ExtractionConfig(
        confidences={"tel_link": 0.5, "structured_data": 0.4, "visible_text": 0.3, "website_crawl": 0.2, "ocr": 0.1},
        label_boost=0.0,
    )
    html = '<a href="tel:+14165550142">Tel</a><p>Phone 416 555 0143</p>'
    phones = {p.e164: p.confidence for p in extract_page(html, "https://x.example.ca/", config=config).phones}
    assert phones == {"+14165550142": 0.5, "+14165550143": 0.3}


def test_tel_links_accept_possible_numbers_but_text_wants_valid_ones():
    # 07700 900xxx is Ofcom's drama range: possible but not "valid" for libphonenumber.
    html = '<a href="tel:07700900123">Mobile</a><p>Mobile: 07700 900124</p>'
    phones = extract_page(html, "https://x.example.co.uk/").phones
    assert [(p.e164, p.layer) for p in phones] == [("+447700900123", "tel_link")]


def test_tel_link_variants():
    findings = extract_page(
        '<a href="tel:%2B1%20718%20555%200141">a</a><a href="callto:7185550142">b</a>'
        '<a href="sms:+17185550143?body=hi">c</a><a href="tel:718.555.0144;ext=12">d</a><a href="tel:">e</a>',
        "https://x.example.com/",
    )
    assert sorted(p.e164 for p in findings.phones) == ["+17185550141", "+17185550142", "+17185550143", "+17185550144"]
    assert {p.layer for p in findings.phones} == {"tel_link"}


def test_cloudflare_email_decoding():
    encoded = "5a" + "".join(f"{ord(c) ^ 0x5A:02x}" for c in "a@b.example")
    assert decode_cfemail(encoded) == "a@b.example"
    assert decode_cfemail("zz") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.linkedin.com/company/acme-example/about/",
            ("linkedin", "https://www.linkedin.com/company/acme-example"),
        ),
        ("https://fr.linkedin.com/in/jane-example", ("linkedin", "https://www.linkedin.com/in/jane-example")),
        ("https://twitter.com/AcmeExample", ("x", "https://x.com/AcmeExample")),
        ("https://m.facebook.com/acme.example/", ("facebook", "https://www.facebook.com/acme.example")),
        ("https://www.youtube.com/channel/UC123/videos", ("youtube", "https://www.youtube.com/channel/UC123")),
        ("https://www.tiktok.com/@acme", ("tiktok", "https://www.tiktok.com/@acme")),
        ("https://www.facebook.com/sharer/sharer.php?u=x", None),
        ("https://twitter.com/intent/tweet?text=x", None),
        ("https://www.linkedin.com/shareArticle?url=x", None),
        ("https://www.youtube.com/watch?v=abc", None),
        ("https://www.instagram.com/", None),
        ("https://example.com/facebook.com/acme", None),
    ],
)
def test_social_profiles_exclude_share_buttons(url, expected):
    assert social_profile(url) == expected


def test_short_footer_labels_and_combined_tel_fax():
    html = (
        "<footer><p>T: 020 7946 0111</p><p>F: 020 7946 0112</p><p>M: 07700 900 113</p>"
        "<p>Tel/Fax: 020 7946 0114</p><p>Exhibit T 020 7946 0115</p></footer>"
    )
    phones = {p.e164: p for p in extract_page(html, "https://x.example.co.uk/").phones}
    assert sorted(phones) == ["+442079460111", "+442079460112", "+442079460114", "+442079460115"]
    assert phones["+442079460112"].is_fax
    assert not phones["+442079460114"].is_fax
    assert phones["+442079460111"].confidence == pytest.approx(0.80)
    assert phones["+442079460115"].confidence == pytest.approx(0.70)
