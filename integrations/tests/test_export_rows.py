"""The fast export reader: the resource's columns and values, several contact points, suppression per chunk."""

import csv
import datetime
import io
import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from accounts.tests.factories import UserFactory
from compliance.models import SuppressionKind
from compliance.selectors import suppression_hashes
from compliance.services import suppression_add
from integrations import exports, selectors, services
from integrations.exports import EXPORT_COLUMNS, LeadExportResource, csv_chunks, export_source, json_chunks
from leads.models import Lead
from leads.tests.factories import ContactPointFactory, LeadFactory

pytestmark = pytest.mark.django_db


def _email(lead, address: str, confidence: float = 0.9):
    return ContactPointFactory(lead=lead, kind="email", value=address, normalized_value=address, confidence=confidence)


@pytest.fixture
def leads():
    owner = UserFactory(email="owner@insight.example.com")
    birch = LeadFactory(
        name="Birch Bakery",
        owner=owner,
        domain="birch.example.com",
        author="-Anne",
        published_at=datetime.datetime(2025, 3, 4, 5, 6, 7, 891234, tzinfo=datetime.UTC),
        sentiment_label="positive",
        intent_level="high",
    )
    ContactPointFactory(lead=birch, normalized_value="+14165550101", confidence=0.5)
    ContactPointFactory(lead=birch, normalized_value="+14165550102", confidence=0.99)
    ContactPointFactory(lead=birch, normalized_value="+14165550103", confidence=0.7)
    _email(birch, "sales@birch.example.com", 0.8)
    _email(birch, "=cmd@birch.example.com", 0.9)
    LeadFactory(name="+Cedar Cafe", url="@https://cedar.example.com/", category="\tTabbed", location="\rReturn")
    LeadFactory(name="Oak Optician")
    return birch


def _resource_rows(queryset) -> list[list]:
    """The columns as django-import-export's resource reads them from ``Lead`` instances (the old export path)."""
    resource = LeadExportResource()
    readers = []
    for field in resource.get_export_fields():
        method = getattr(resource, f"dehydrate_{resource.get_field_name(field)}", None)
        readers.append(method or (lambda lead, attribute=field.attribute: getattr(lead, attribute)))
    return [[read(lead) for read in readers] for lead in selectors.lead_export_selected(queryset)]


def test_the_fast_reader_gives_the_resource_columns_and_values(leads):
    resource = LeadExportResource()
    assert [field.column_name for field in resource.get_export_fields()] == list(EXPORT_COLUMNS)
    assert EXPORT_COLUMNS[:3] == ("id", "kind", "name") and EXPORT_COLUMNS[9] == "phones" and len(EXPORT_COLUMNS) == 31
    queryset = Lead.objects.order_by("pk")
    assert list(export_source(queryset)) == _resource_rows(queryset)


PLACE_COLUMNS = ("rating", "reviews", "hours", "place_id", "latitude", "longitude")


def test_place_details_are_columns_typed_in_json_and_excel_and_empty_when_absent_or_garbage(leads):
    fields = {
        "rating": "4.6",
        "reviews": "2,318",
        "hours": "=Monday: 9 AM–5 PM; Tuesday: Closed",
        "place_id": "ChIJExampleFictionalPlace02",
        "latitude": "43.65",
        "longitude": "-79.38",
    }
    juniper = LeadFactory(name="Juniper Bakery", raw={"fields": fields})
    LeadFactory(name="Garbage Grill", raw={"fields": {"rating": "ten", "reviews": ["x"], "latitude": "95"}})
    LeadFactory(name="Odd Raw", raw=["not", "a", "dict"])
    assert EXPORT_COLUMNS[19:25] == PLACE_COLUMNS
    queryset = Lead.objects.order_by("pk")
    assert list(export_source(queryset)) == _resource_rows(queryset)  # the resource reads the same values

    data = {row["name"]: row for row in json.loads("".join(json_chunks(export_source(queryset))))}
    assert [data["Juniper Bakery"][c] for c in PLACE_COLUMNS] == [
        4.6,
        2318,
        "=Monday: 9 AM–5 PM; Tuesday: Closed",
        "ChIJExampleFictionalPlace02",
        43.65,
        -79.38,
    ]
    for name in ("Garbage Grill", "Odd Raw", "Oak Optician"):
        assert [data[name][c] for c in PLACE_COLUMNS] == [None] * 6

    rows = list(csv.reader(io.StringIO("".join(csv_chunks(export_source(Lead.objects.filter(pk=juniper.pk)))))))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["rating"], row["reviews"], row["place_id"]) == ("4.6", "2318", "ChIJExampleFictionalPlace02")
    assert row["hours"] == "'=Monday: 9 AM–5 PM; Tuesday: Closed"  # scraped text: neutralised in spreadsheets
    out = io.BytesIO()
    exports.xlsx_write(export_source(Lead.objects.filter(pk=juniper.pk)), out)
    sheet = load_workbook(io.BytesIO(out.getvalue())).active
    cells = {
        sheet.cell(row=1, column=n).value: sheet.cell(row=2, column=n).value for n in range(1, sheet.max_column + 1)
    }
    assert (cells["rating"], cells["reviews"], cells["latitude"]) == (4.6, 2318, 43.65)


def test_several_phones_and_emails_keep_the_model_order_and_only_emails_are_neutralised(leads):
    rows = list(csv.reader(io.StringIO("".join(csv_chunks(export_source(Lead.objects.filter(pk=leads.pk)))))))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["phones"] == "+14165550102 +14165550103 +14165550101"  # by confidence, as the model orders them
    assert row["emails"] == "'=cmd@birch.example.com sales@birch.example.com"
    assert row["owner"] == "owner@insight.example.com" and row["author"] == "'-Anne"
    assert row["published_at"] == "2025-03-04T05:06:07+00:00" and row["score"] == "0"


def test_every_formula_prefix_is_neutralised_in_csv_and_excel_but_not_json(leads):
    queryset = Lead.objects.filter(name="+Cedar Cafe")
    rows = list(csv.reader(io.StringIO("".join(csv_chunks(export_source(queryset))))))
    cedar = dict(zip(rows[0], rows[1], strict=True))
    assert (cedar["name"], cedar["url"]) == ("'+Cedar Cafe", "'@https://cedar.example.com/")
    assert (cedar["category"], cedar["location"], cedar["published_at"], cedar["owner"]) == (
        "'\tTabbed",
        "'\rReturn",
        "",
        "",
    )
    data = json.loads("".join(json_chunks(export_source(queryset))))
    assert data[0]["name"] == "+Cedar Cafe" and data[0]["published_at"] is None and data[0]["owner"] == ""
    birch = json.loads("".join(json_chunks(export_source(Lead.objects.filter(pk=leads.pk)))))[0]
    assert birch["published_at"] == "2025-03-04T05:06:07.891Z" and birch["score"] == 0


def test_a_phone_cell_that_is_not_e164_is_neutralised_in_csv_and_excel():
    lead = LeadFactory(name="Elm Electric")
    ContactPointFactory(lead=lead, normalized_value='=HYPERLINK("https://evil.example.com")', confidence=0.9)
    ContactPointFactory(lead=lead, normalized_value="+14165550104", confidence=0.5)
    rows = list(csv.reader(io.StringIO("".join(csv_chunks(export_source(Lead.objects.filter(pk=lead.pk)))))))
    assert dict(zip(rows[0], rows[1], strict=True))["phones"] == '\'=HYPERLINK("https://evil.example.com") +14165550104'
    out = io.BytesIO()
    exports.xlsx_write(export_source(Lead.objects.filter(pk=lead.pk)), out)
    sheet = load_workbook(io.BytesIO(out.getvalue())).active
    phones = sheet.cell(row=2, column=EXPORT_COLUMNS.index("phones") + 1)
    assert phones.data_type == "s" and phones.value.startswith("'=")


def test_the_cached_identifier_hashes_match_the_compliance_ones():
    phones, emails = ["+14165550101", "4165550102", "junk"], ["Bob@Mail.Shop.Example.co.uk", "not an address"]
    expected = set(suppression_hashes(phones=phones, emails=emails, domains=["www.birch.example.com"]))
    got = selectors.lead_identifier_hashes(
        phones=phones, emails=emails, domain="www.birch.example.com", kinds=set(SuppressionKind.values)
    )
    assert got == expected


@pytest.mark.parametrize(
    ("kind", "value"),
    [("phone", "(416) 555-0103"), ("email", "SALES@birch.example.com"), ("domain", "example.com")],
)
def test_a_suppressed_phone_email_or_domain_leaves_the_lead_out(leads, kind, value):
    suppression_add(kind=kind, value=value, purge=False)
    names = [row[2] for row in export_source(Lead.objects.order_by("pk"))]
    assert names == ["+Cedar Cafe", "Oak Optician"]  # example.com covers birch.example.com, its email hosts too


def test_suppression_is_checked_per_chunk_with_a_fixed_number_of_queries(leads):
    suppression_add(kind="phone", value="+1 416 555 0199", purge=False)
    more = [LeadFactory(name=f"Elm Shop {n}") for n in range(5)]
    ContactPointFactory(lead=more[3], normalized_value="+14165550199")
    queryset = Lead.objects.order_by("pk")
    with CaptureQueriesContext(connection) as queries:
        names = [row[2] for row in export_source(queryset, chunk_size=2)]
    assert names == [
        "Birch Bakery",
        "+Cedar Cafe",
        "Oak Optician",
        "Elm Shop 0",
        "Elm Shop 1",
        "Elm Shop 2",
        "Elm Shop 4",
    ]
    # the leads (one query) + per chunk of 2: contact points, three "is this kind suppressed" probes, the check
    assert len(queries) <= 1 + 4 * 5


def test_without_any_suppression_no_identifier_is_checked(leads):
    with CaptureQueriesContext(connection) as queries:
        assert len(list(export_source(Lead.objects.all()))) == 3
    assert not [query for query in queries if "value_hash" in query["sql"]]


def test_a_background_job_leaves_suppressed_leads_out_too(leads, settings, tmp_path):
    from integrations.models import ExportJob

    settings.EXPORT_ROOT = tmp_path
    suppression_add(kind="phone", value="+14165550101", purge=False)
    job = ExportJob.objects.create(requested_by=UserFactory(), format="csv", filters={"query": ""}, total_rows=3)
    job = services.export_job_run(job_id=job.pk)
    rows = list(csv.reader(io.StringIO((tmp_path / job.file_path).read_text())))
    assert job.row_count == 2 and sorted(row[2] for row in rows[1:]) == ["'+Cedar Cafe", "Oak Optician"]


def test_each_streamed_piece_holds_many_rows(leads):
    pieces = list(csv_chunks([[n, *[None] * (len(EXPORT_COLUMNS) - 1)] for n in range(exports.FLUSH_ROWS * 2 + 1)]))
    assert len(pieces) == 3 and pieces[0].startswith("id,kind,name")


@pytest.mark.parametrize(
    "value",
    [
        'Caf\u00e9 "Le Pain" \\ \n\t\x01 \u2028 \U0001f600',
        datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
        datetime.datetime(2025, 1, 2, 3, 4, 5, 678901, tzinfo=datetime.UTC),
        0,
        12345678901234,
        None,
        True,
        1.5,
    ],
)
def test_json_values_read_as_the_django_encoder_writes_them(value):
    row = [value] * len(EXPORT_COLUMNS)
    written = "".join(json_chunks([row]))
    expected = json.dumps(dict(zip(EXPORT_COLUMNS, row, strict=True)), cls=DjangoJSONEncoder, ensure_ascii=False)
    assert written == "[\n" + expected + "\n]\n"
