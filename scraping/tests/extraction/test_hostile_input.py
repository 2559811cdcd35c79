"""Enormous, binary, empty and malformed input: capped, refused or tolerated — never a crash."""

import io

import pytest
from PIL import Image

from scraping.extraction import ExtractionConfig, extract_page
from scraping.extraction.page import NotHtmlError, load_page


def test_enormous_page_is_capped_and_still_read():
    filler = "<p>Lorem ipsum dolor sit amet 2024-03-15 $1,299.00</p>" * 200_000  # ~11 MB
    html = "<html><body><p>Call 416-555-0142</p>" + filler + "<p>Call 416-555-0199</p></body></html>"
    findings = extract_page(html.encode(), "https://big.example.ca/", config=ExtractionConfig(max_html_bytes=1_000_000))
    assert [p.e164 for p in findings.phones] == ["+14165550142"]
    assert any("larger than" in w for w in findings.warnings)


def test_binary_content_is_refused():
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "PNG")
    with pytest.raises(NotHtmlError):
        extract_page(buffer.getvalue(), "https://x.example.com/logo.png")
    with pytest.raises(NotHtmlError):
        extract_page(b"%PDF-1.7\n...", "https://x.example.com/menu.pdf")
    with pytest.raises(NotHtmlError):
        extract_page(b"\x00\x01\x02\x03garbage" * 50)


def test_empty_page_is_refused():
    with pytest.raises(NotHtmlError):
        extract_page(b"   ")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><p>Tel: 416 555 0142",  # unclosed tags
        "<?xml version='1.0' encoding='utf-8'?><html><body>Tel: 416 555 0142</body></html>",
        "Tel: 416 555 0142",  # fragment, no html at all
        "<div>" * 200 + "Tel: 416 555 0142",  # deep nesting
        "<p>Tel:\x00 416 555 0142</p>",
    ],
    ids=["unclosed", "xml-declaration", "fragment", "deep-nesting", "nul-bytes"],
)
def test_malformed_html_is_tolerated(html):
    findings = extract_page(html, "https://x.example.ca/")
    assert [p.e164 for p in findings.phones] == ["+14165550142"]


def test_absurdly_deep_nesting_does_not_crash():
    # libxml2 stops building the tree past its depth limit; what matters is that nothing blows up.
    findings = extract_page("<div>" * 50_000 + "Tel: 416 555 0142", "https://x.example.ca/")
    assert findings.region == "CA"


def test_invalid_utf8_without_declaration_falls_back_to_cp1252():
    page = load_page("<p>Téléphone €</p>".encode("cp1252"))
    assert "Téléphone €" in page.html


def test_garbage_json_ld_never_crashes():
    html = """<script type="application/ld+json">{"telephone": {"deep": [[[[]]]]}, "@graph": "x", "address": 5}
    </script><script type="application/ld+json">[1, "a", null, {"telephone": 42}]</script>
    <script type="application/ld+json">{{{{</script><p>nothing</p>"""
    findings = extract_page(html, "https://x.example.com/")
    assert findings.phones == []


@pytest.mark.parametrize(
    "url", ["http://[invalid", "not a url", "", "https://x.example.com:99999/", "https://例え.jp/"]
)
def test_malformed_urls_and_links_never_crash(url):
    html = (
        '<a href="tel:+14165550142">x</a><a href="http://[bad/contact">Contact</a>'
        '<a href="https://x.example.com:99999/contact">Contact</a><img src="http://[::1" alt="phone">'
    )
    seen = []

    def fetcher(target):
        seen.append(target)
        return None

    findings = extract_page(
        html,
        url,
        region="ZZ",
        layers=("tel_link", "structured_data", "visible_text", "website_crawl", "ocr"),
        fetcher=fetcher,
        boxes=[None, 5, {"x": "a"}],
    )
    assert [p.e164 for p in findings.phones] == ["+14165550142"]
    assert seen == []  # none of those links is a usable URL
