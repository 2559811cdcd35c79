"""Real pages (../shared/samples/phone_pages, read at run time, never copied): every page yields exactly the numbers
a reader could dial (README §8 of the samples), read as ``manage.py extract FILE`` reads it — with no page URL."""

import json
from pathlib import Path

import pytest

from scraping.extraction import extract_page

PHONE_PAGES = Path(__file__).resolve().parents[4] / "shared" / "samples" / "phone_pages"
LABELS = json.loads((PHONE_PAGES / "labels.json").read_text()) if (PHONE_PAGES / "labels.json").is_file() else {}
needs_samples = pytest.mark.skipif(not LABELS, reason=f"the real phone pages are not at {PHONE_PAGES}")


@needs_samples
@pytest.mark.parametrize("name", sorted(LABELS))
def test_real_page_yields_the_numbers_a_reader_could_dial(name):
    findings = extract_page((PHONE_PAGES / name).read_bytes())
    found = {p.e164: p for p in findings.phones if not p.is_fax}
    missing = sorted(set(LABELS[name]) - set(found))
    extra = {e: (found[e].raw, found[e].region_reason) for e in sorted(set(found) - set(LABELS[name]))}
    assert not missing and not extra, f"{name}: missing {missing}, not on the labels {extra}"


@needs_samples
@pytest.mark.parametrize("name", sorted(n for n, numbers in LABELS.items() if numbers))
def test_every_national_number_on_a_real_page_says_why_its_region(name):
    findings = extract_page((PHONE_PAGES / name).read_bytes())
    for phone in findings.phones:
        assert phone.region_reason.startswith(phone.region + ":"), f"{name}: {phone.raw} {phone.region_reason!r}"
