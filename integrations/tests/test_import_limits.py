"""Lead import costs bounded CPU and memory: read as a stream, refused at the row limit, zip bombs refused unopened."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from leads.models import Lead
from leads.tests.api_roles import client_as

pytestmark = pytest.mark.django_db
URL = "/api/v1/leads/import"


def _post(client, content: bytes, name: str):
    return client.post(URL, {"file": SimpleUploadedFile(name, content), "dry_run": "true"}, format="multipart")


def _xlsx(rows: int, value="Aspen Movers") -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["name", "url"])
    for _ in range(rows):
        sheet.append([value])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _rewrite(content: bytes, replace: dict[str, bytes]) -> bytes:
    """The same .xlsx with some parts replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for part in source.infolist():
            if part.filename not in replace:
                target.writestr(part, source.read(part.filename))
        for name, data in replace.items():
            target.writestr(name, data)
    return out.getvalue()


def test_a_million_row_xlsx_is_refused_with_the_row_limit():
    content = _xlsx(1_000_000, value=1)  # ~7 MB on disk, under IMPORT_MAX_BYTES; ~60 MB of sheet XML inflated
    client, _ = client_as("manager")
    response = _post(client, content, "million.xlsx")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["message"].startswith("At most 5000 rows per file; this one has more.")
    assert error["fields"]["file"] == [error["message"]]


def test_reading_stops_at_the_row_limit_so_nothing_after_it_is_parsed(settings):
    """Damage ~1 MB into the file is never reached: it is refused for its length, not for the damage."""
    settings.IMPORT_MAX_ROWS = 10
    content = _xlsx(20_000)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    damaged = _rewrite(content, {"xl/worksheets/sheet1.xml": sheet.replace(b'<row r="19000"', b'<<<row r="19000"')})
    csv = b"name\n" + b"Birch Bakery\n" * 20_000 + b"\xff\xfe not utf-8\n"
    client, _ = client_as("manager")
    for content, name in ((damaged, "leads.xlsx"), (csv, "leads.csv")):
        message = _post(client, content, name).json()["error"]["message"]
        assert message.startswith("At most 10 rows per file; this one has more."), (name, message)
    assert not Lead.objects.exists()


def test_an_xlsx_whose_shared_strings_inflate_past_the_limit_is_refused_as_a_zip_bomb():
    strings = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
    bomb = _rewrite(_xlsx(2), {"xl/sharedStrings.xml": strings + b"A" * 30_000_000 + b"</t></si></sst>"})
    assert len(bomb) < 100_000
    client, _ = client_as("manager")
    response = _post(client, bomb, "bomb.xlsx")
    assert response.status_code == 400
    error = response.json()["error"]
    assert "zip bomb" in error["message"] and "20971520" in error["message"]
    assert error["fields"]["file"] == [error["message"]]


def test_an_xlsx_whose_sheets_inflate_past_the_limit_is_refused(settings):
    settings.IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES = 1_000_000
    client, _ = client_as("manager")
    response = _post(client, _xlsx(50_000), "big.xlsx")  # ~4 MB of sheet XML
    assert response.status_code == 400 and "1000000 allowed" in response.json()["error"]["message"]


def test_a_file_over_the_size_limit_is_a_413_naming_the_file_field(settings):
    settings.IMPORT_MAX_BYTES = 2048
    client, _ = client_as("manager")
    response = _post(client, b"name\n" + b"Aspen Movers\n" * 200, "leads.csv")
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "too_large" and "2048 bytes" in error["fields"]["file"][0]


@pytest.mark.parametrize(
    "data",
    [{"dry_run": "true"}, {"file": SimpleUploadedFile("leads.csv", b""), "dry_run": "true"}],
    ids=["no-file", "zero-byte-file"],
)
def test_an_empty_upload_is_a_400_with_the_error_body_naming_the_file_field(data):
    client, _ = client_as("manager")
    response = client.post(URL, data, format="multipart")
    assert response.status_code == 400
    assert response.json()["error"]["fields"]["file"]
