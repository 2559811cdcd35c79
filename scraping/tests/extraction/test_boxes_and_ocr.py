"""Bounding boxes from a browser, OCR on screenshots and on page images."""

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from scraping.extraction import extract_page
from scraping.extraction.bbox import BOX_SCRIPT
from scraping.extraction.fetching import FetchResult

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def render(text: str, size=(900, 200)) -> bytes:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype(FONT, 36)
    except OSError:
        font = ImageFont.load_default(size=36)
    draw.text((40, 80), text, fill="black", font=font)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_boxes_from_the_browser_are_attached_to_matching_phones():
    html = '<a href="tel:+14165550142">Call</a><p>Office: (416) 555-0199</p><p>Fax: 416-555-0177</p>'
    boxes = [
        {"text": "(416) 555-0199", "href": None, "x": 0.1, "y": 0.5, "width": 0.2, "height": 0.03},
        {"text": "Call", "href": "tel:+14165550142", "x": 0.8, "y": 0.02, "width": 0.1, "height": 0.04},
        {"text": "416-555-0177", "href": None, "x": "bad", "y": 0, "width": 0, "height": 0},
    ]
    phones = {p.e164: p for p in extract_page(html, "https://x.example.ca/", boxes=boxes).phones}
    assert phones["+14165550142"].bbox == {"x": 0.8, "y": 0.02, "width": 0.1, "height": 0.04}
    assert phones["+14165550199"].bbox == {"x": 0.1, "y": 0.5, "width": 0.2, "height": 0.03}
    assert phones["+14165550177"].bbox is None


def test_box_script_targets_tel_links_and_text_nodes():
    assert 'a[href^="tel:"]' in BOX_SCRIPT
    assert "createTreeWalker" in BOX_SCRIPT and "innerWidth" in BOX_SCRIPT


def test_ocr_reads_a_phone_from_a_screenshot_with_its_box():
    findings = extract_page(
        "<html><body><h1>Picture only</h1></body></html>",
        "https://x.example.ca/",
        layers=("tel_link", "structured_data", "visible_text", "ocr"),
        screenshot=render("Call us: 416-555-0142"),
    )
    assert [(p.e164, p.layer) for p in findings.phones] == [("+14165550142", "ocr")]
    phone = findings.phones[0]
    assert phone.confidence == pytest.approx(0.60)  # 0.50 + "Call us:" label
    assert 0.2 < phone.bbox["x"] < 0.7 and 0.3 < phone.bbox["y"] < 0.6


def test_ocr_reads_page_images_that_hint_at_a_phone_only():
    fetched = []
    images = {"https://x.example.ca/img/phone.png": render("416-555-0188"), "https://x.example.ca/img/cat.png": b""}

    def fetcher(url):
        fetched.append(url)
        return FetchResult(url=url, status=200, content_type="image/png", body=images[url])

    html = '<img src="/img/phone.png" alt="Our phone number"><img src="/img/cat.png" alt="Our cat">'
    findings = extract_page(
        html, "https://x.example.ca/", layers=("tel_link", "structured_data", "visible_text", "ocr"), fetcher=fetcher
    )
    assert fetched == ["https://x.example.ca/img/phone.png"]
    assert [p.e164 for p in findings.phones] == ["+14165550188"]


def test_ocr_ignores_what_is_not_an_image():
    findings = extract_page(
        "<p>x</p>", "https://x.example.ca/", layers=("ocr",), screenshot=b"<html>not an image</html>"
    )
    assert findings.phones == []
