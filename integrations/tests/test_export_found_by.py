"""Issue 24: exports carry the website, the quality score, the post text, and the monitor and keywords that found
the lead, after the place columns; both readers agree."""

import csv
import io
import json

import pytest

from enrichment.models import LeadEnrichment
from integrations import selectors
from integrations.exports import EXPORT_COLUMNS, LeadExportResource, csv_chunks, export_source, json_chunks
from leads.models import KeywordSet, Lead
from leads.tests.factories import ContactPointFactory, LeadFactory
from scraping.tests.factories import MonitorFactory

pytestmark = pytest.mark.django_db
NEW_COLUMNS = ("website", "quality_score", "text", "monitor", "keyword_set", "keywords")


def _resource_rows(queryset) -> list[list]:
    resource = LeadExportResource()
    readers = []
    for field in resource.get_export_fields():
        method = getattr(resource, f"dehydrate_{resource.get_field_name(field)}", None)
        readers.append(method or (lambda lead, attribute=field.attribute: getattr(lead, attribute)))
    return [[read(lead) for read in readers] for lead in selectors.lead_export_selected(queryset)]


def test_the_new_columns_come_after_the_place_columns_with_their_values():
    assert EXPORT_COLUMNS[-6:] == NEW_COLUMNS and EXPORT_COLUMNS.index("longitude") == len(EXPORT_COLUMNS) - 7
    keywords = KeywordSet.objects.create(name="CRM shoppers", expression='"need a crm"')
    monitor = MonitorFactory(name="Bakery owners", keyword_set=keywords)
    post = LeadFactory(
        kind="conversation",
        name="Need a CRM",
        text="=We need a CRM for our bakery",
        monitor=monitor,
        raw={"matched_keywords": ["need a crm", "bakery"]},
    )
    shop = LeadFactory(name="Linden Books", text="", raw={"matched_keywords": "not a list"})
    ContactPointFactory(
        lead=shop, kind="website", value="https://linden.example.com/", normalized_value="https://linden.example.com"
    )
    LeadEnrichment.objects.create(lead=shop, quality_score=72)

    queryset = Lead.objects.order_by("pk")
    assert list(export_source(queryset)) == _resource_rows(queryset)
    data = {row["name"]: row for row in json.loads("".join(json_chunks(export_source(queryset))))}
    assert [data["Need a CRM"][c] for c in NEW_COLUMNS] == [
        "",
        None,
        "=We need a CRM for our bakery",
        "Bakery owners",
        "CRM shoppers",
        "need a crm, bakery",
    ]
    assert [data["Linden Books"][c] for c in NEW_COLUMNS] == ["https://linden.example.com", 72, "", None, None, ""]

    rows = list(csv.reader(io.StringIO("".join(csv_chunks(export_source(Lead.objects.filter(pk=post.pk)))))))
    assert dict(zip(rows[0], rows[1], strict=True))["text"] == "'=We need a CRM for our bakery"  # neutralised
