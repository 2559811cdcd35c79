"""A hostile page costs bounded CPU: the text layers read capped text and candidate numbers, and say so."""

from scraping.extraction import ExtractionConfig, extract_page

URL = "https://x.example.com/"


def _distinct_numbers(count: int) -> list[str]:
    """Fictional 555-01xx numbers, a hundred per area code."""
    return [f"+1 {201 + index // 100} 555 01{index % 100:02d}" for index in range(count)]


def test_a_page_of_thousands_of_tel_links_reads_only_the_budget_and_says_so():
    links = "".join(f'<a href="tel:{number}">call</a>' for number in _distinct_numbers(3000))
    findings = extract_page(f"<html><body>{links}</body></html>", URL)
    assert 0 < len(findings.phones) <= 1000
    assert any("more than 1000 phone-like numbers" in warning for warning in findings.warnings)


def test_a_wall_of_digit_groups_stops_after_the_budget():
    text = "1234 5678 9012 " * 5000
    config = ExtractionConfig(max_numbers=50)
    findings = extract_page(f"<html><body><p>Tel: (212) 555-0187</p><p>{text}</p></body></html>", URL, config=config)
    assert [p.e164 for p in findings.phones] == ["+12125550187"]
    assert any("more than 50 phone-like numbers" in warning for warning in findings.warnings)


def test_visible_text_past_the_cap_is_not_read_and_the_result_says_so():
    filler = "<p>We repair boilers and radiators across the city.</p>" * 2000  # ~100,000 characters of text
    html = f"<html><body><p>Call (212) 555-0187</p>{filler}<p>Call (212) 555-0134</p></body></html>"
    findings = extract_page(html, URL, config=ExtractionConfig(max_text_chars=20_000))
    assert [p.e164 for p in findings.phones] == ["+12125550187"]
    assert any("more than 20000 characters" in warning for warning in findings.warnings)


def test_an_ordinary_page_is_read_whole_without_warnings():
    html = "<html><body><p>Call (212) 555-0187</p><a href='tel:+12125550134'>Office</a></body></html>"
    findings = extract_page(html, URL)
    assert sorted(p.e164 for p in findings.phones) == ["+12125550134", "+12125550187"]
    assert findings.warnings == []
