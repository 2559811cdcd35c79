"""Website crawl against a real local HTTP server, robots.txt, same-site rule, and the SSRF guard."""

import pytest

from scraping.extraction import ExtractionConfig, extract_page
from scraping.extraction.fetching import HttpxFetcher
from scraping.tests.extraction.conftest import CORPUS
from scraping.urlsafety import UnsafeURLError, check_url


def crawl(base_url: str, **config):
    fetcher = HttpxFetcher(allow_private=True, timeout=5)
    try:
        findings = extract_page(
            (CORPUS / "site" / "index.html").read_bytes(),
            base_url + "/",
            layers=("tel_link", "structured_data", "visible_text", "website_crawl"),
            fetcher=fetcher,
            config=ExtractionConfig(**config),
        )
    finally:
        fetcher.close()
    return findings, fetcher


def test_crawl_follows_contact_pages_and_respects_robots(site_server):
    findings, fetcher = crawl(site_server)
    phones = {p.e164: p for p in findings.phones}
    # contact.html (tel link + text), about.html, and impressum.html linked from the contact page (depth 2).
    assert sorted(phones) == ["+15035550130", "+15035550131", "+15035550132", "+15035550133"]
    assert "+15035550139" not in phones  # /private/ is disallowed by robots.txt
    assert any("robots.txt" in r for r in fetcher.refused)
    assert {p.layer for p in phones.values()} == {"website_crawl"}
    assert phones["+15035550130"].page_url == f"{site_server}/contact.html"
    assert phones["+15035550130"].confidence == pytest.approx(0.60)
    assert phones["+15035550133"].confidence == pytest.approx(0.70)  # "Phone:" label
    assert [e.email for e in findings.emails] == ["wholesale@cobalt-coffee.example.com"]


def test_crawl_respects_page_and_depth_limits(site_server):
    findings, _ = crawl(site_server, crawl_max_pages=1)
    assert sorted(p.e164 for p in findings.phones) == ["+15035550130", "+15035550131"]
    findings, _ = crawl(site_server, crawl_max_depth=1)
    assert "+15035550133" not in {p.e164 for p in findings.phones}


def test_crawl_is_off_without_a_fetcher():
    findings = extract_page(
        (CORPUS / "site" / "index.html").read_bytes(),
        "https://cobalt-coffee.example.com/",
        layers=("tel_link", "structured_data", "visible_text", "website_crawl"),
    )
    assert findings.phones == []


def test_fetcher_refuses_local_server_without_explicit_permission(site_server):
    fetcher = HttpxFetcher(respect_robots=False)
    try:
        assert fetcher(site_server + "/contact.html") is None
        assert "internal address" in fetcher.refused[0]
    finally:
        fetcher.close()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.8.0.1:8000/admin",
        "http://10.1.2.3/",
        "http://172.16.0.5/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "http://localhost:8000/",
    ],
)
def test_ssrf_guard_refuses_internal_targets(url):
    with pytest.raises(UnsafeURLError):
        check_url(url)


@pytest.mark.parametrize("url", ["ftp://example.com/", "file:///etc/passwd", "javascript:alert(1)", "http:///x"])
def test_ssrf_guard_refuses_other_schemes_and_malformed_urls(url):
    with pytest.raises(UnsafeURLError):
        check_url(url)


def test_ssrf_guard_allows_private_only_when_asked_and_public_addresses():
    assert check_url("http://127.0.0.1:8000/", allow_private=True) == ["127.0.0.1"]
    assert check_url("https://93.184.215.14/") == ["93.184.215.14"]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.1/",
        "http://0x7f000001/",
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://0xa9fea9fe/latest/meta-data/",  # 169.254.169.254
        "http://localhost:8001/",
        "http://app.localhost/",
    ],
)
def test_internal_addresses_in_any_spelling_are_refused_even_without_a_dns_lookup(url):
    # Saving a monitor checks its sources without asking DNS; these forms name internal hosts all the same.
    with pytest.raises(UnsafeURLError, match="internal address"):
        check_url(url, resolve=False)
    with pytest.raises(UnsafeURLError):
        check_url(url)


def test_a_name_is_not_mistaken_for_an_address_without_a_dns_lookup():
    assert check_url("https://shop.example.com/", resolve=False) == []
