"""manage.py extract <url-or-file> [--region] [--ocr] [--json]."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from scraping.tests.extraction.conftest import CORPUS, site_server  # noqa: F401 - fixture


def run(*args) -> str:
    out = StringIO()
    call_command("extract", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_file_with_json_prints_one_finding_per_line():
    output = run(str(CORPUS / "uk_solicitors_home.html"), "--region", "GB", "--json")
    lines = [json.loads(line) for line in output.splitlines()]
    phones = [line["e164"] for line in lines if line["kind"] == "phone"]
    assert sorted(phones) == ["+441134960456", "+442079460123"]
    assert {line["kind"] for line in lines} >= {"phone", "email", "social"}


@pytest.mark.django_db
def test_file_human_output_names_numbers_and_layers():
    output = run(str(CORPUS / "tel_variants.html"), "--no-crawl")
    assert "+17185550145" in output and "FAX" in output
    assert "tel_link" in output


@pytest.mark.django_db
def test_url_is_fetched_and_crawled_when_private_urls_are_allowed(site_server):  # noqa: F811
    with override_settings(ALLOW_PRIVATE_URLS=True):
        output = run(site_server + "/", "--json")
    phones = {json.loads(line)["e164"] for line in output.splitlines() if '"kind": "phone"' in line}
    assert phones == {"+15035550130", "+15035550131", "+15035550132", "+15035550133"}


@pytest.mark.django_db
def test_internal_url_is_refused_by_default(site_server):  # noqa: F811
    with override_settings(ALLOW_PRIVATE_URLS=False), pytest.raises(CommandError, match="internal address"):
        run(site_server + "/")


@pytest.mark.django_db
def test_binary_or_missing_file_is_a_clear_error(tmp_path):
    image = tmp_path / "logo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(CommandError, match="binary"):
        run(str(image))
    with pytest.raises(CommandError, match="neither"):
        run(str(tmp_path / "missing.html"))


@pytest.mark.django_db
def test_ocr_reads_a_screenshot_file(tmp_path):
    from scraping.tests.extraction.test_boxes_and_ocr import render

    (tmp_path / "shot.png").write_bytes(render("Tel: 416-555-0142"))
    (tmp_path / "page.html").write_text("<html lang='en-CA'><body><h1>Image only</h1></body></html>")
    output = run(str(tmp_path / "page.html"), "--ocr", "--screenshot", str(tmp_path / "shot.png"), "--json")
    phones = [json.loads(line) for line in output.splitlines()]
    assert [(p["e164"], p["layer"]) for p in phones if p["kind"] == "phone"] == [("+14165550142", "ocr")]


PHONE_PAGES = CORPUS.parents[4] / "shared" / "samples" / "phone_pages"  # ../shared beside the repo


@pytest.mark.django_db
@pytest.mark.skipif(
    not (PHONE_PAGES / "labels.json").is_file(), reason=f"the real phone pages are not at {PHONE_PAGES}"
)
def test_real_file_without_a_url_reads_its_country_and_region_still_forces_one():
    labels = json.loads((PHONE_PAGES / "labels.json").read_text())
    name = next(n for n, numbers in sorted(labels.items()) if len(numbers) > 1 and numbers[0].startswith("+44"))
    output = run(str(PHONE_PAGES / name), "--json", "--no-crawl")
    lines = [json.loads(line) for line in output.splitlines()]
    phones = {line["e164"] for line in lines if line["kind"] == "phone" and not line["is_fax"]}
    assert phones == set(labels[name]), name
    assert all(line["region_reason"].startswith("GB:") for line in lines if line["kind"] == "phone")
    forced = run(str(PHONE_PAGES / name), "--json", "--no-crawl", "--region", "US")
    # Forced to the US, only numbers their own text places in Britain ("Transport for Wales … 03330 …") stay British.
    assert (
        len({json.loads(line).get("e164") for line in forced.splitlines()} & set(labels[name])) < len(labels[name]) / 4
    )
