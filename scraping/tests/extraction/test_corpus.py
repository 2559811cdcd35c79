"""Every corpus page yields exactly the phones a person would dial, the faxes, emails and social profiles."""

import pytest

from scraping.extraction import extract_page
from scraping.tests.extraction.conftest import CORPUS, load_manifest

MANIFEST = load_manifest()


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_corpus_page_findings_are_exact(name):
    expected = MANIFEST[name]
    findings = extract_page((CORPUS / name).read_bytes(), expected["url"])

    assert findings.region == expected["region"]
    assert sorted(p.e164 for p in findings.phones if not p.is_fax) == sorted(expected["phones"])
    assert sorted(p.e164 for p in findings.phones if p.is_fax) == sorted(expected["faxes"])
    assert sorted(e.email for e in findings.emails) == sorted(expected["emails"])
    assert sorted(s.url for s in findings.socials) == sorted(expected["socials"])


def test_duplicates_across_layers_merge_keeping_best_confidence_and_every_source():
    findings = extract_page((CORPUS / "us_plumber_home.html").read_bytes(), "https://hudsonpipeworks.example.com/")
    main = next(p for p in findings.phones if p.e164 == "+12125550187")
    assert main.layer == "tel_link"
    assert main.confidence == 0.95
    assert {s.layer for s in main.sources} == {"tel_link", "structured_data", "visible_text"}
    assert main.national == "(212) 555-0187"
    assert main.region == "US"
    assert main.type == "fixed_line_or_mobile"
    office = next(p for p in findings.phones if p.e164 == "+12125550134")
    assert office.layer == "visible_text"
    assert office.confidence == pytest.approx(0.80)  # 0.70 + "Office:" label


def test_json_ld_postal_address_and_website_are_reported():
    findings = extract_page((CORPUS / "jsonld_graph.html").read_bytes(), "https://northwind-vet.example.com/")
    assert findings.addresses == [
        {
            "street": "2150 West Broadway",
            "locality": "Vancouver",
            "region": "BC",
            "postal_code": "V6K 2C8",
            "country": "CA",
        }
    ]
    assert findings.website == "https://northwind-vet.example.com/"
    fax = next(p for p in findings.phones if p.is_fax)
    assert fax.e164 == "+16045550178"
    assert fax.confidence == pytest.approx(0.70)


def test_broken_json_ld_is_read_tolerantly_and_reported():
    findings = extract_page((CORPUS / "jsonld_broken.html").read_bytes(), "https://greenway-garden.example.co.uk/")
    assert any("JSON-LD" in w for w in findings.warnings)
    assert {p.layer for p in findings.phones} == {"structured_data"}


def test_fax_in_text_is_kept_apart_with_lower_confidence():
    findings = extract_page((CORPUS / "de_impressum.html").read_bytes(), "https://x.example.de/impressum")
    fax = next(p for p in findings.phones if p.e164 == "+493023125457")
    assert fax.is_fax
    assert fax.confidence == pytest.approx(0.50)
    phone = next(p for p in findings.phones if p.e164 == "+493023125456")
    assert not phone.is_fax and phone.confidence == pytest.approx(0.80)
    assert phone.national == "030 23125456"


def test_mis_declared_cp1252_page_is_decoded():
    findings = extract_page((CORPUS / "cp1252_declared_utf8.html").read_bytes(), "https://cafe-creme.example.fr/")
    assert findings.phones[0].raw == "04 65 71 00 45"
    from scraping.extraction.page import load_page

    page = load_page((CORPUS / "cp1252_declared_utf8.html").read_bytes())
    assert "Café Crème" in page.html
