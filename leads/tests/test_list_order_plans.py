"""Every ordering the leads list offers walks an index, so its first page does not sort a million rows."""

import pytest
from django.db import connection

from leads.selectors import LEAD_ORDERINGS, lead_filter
from leads.tests.factories import LeadFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="query plans are PostgreSQL's"),
]


@pytest.mark.parametrize("ordering", sorted(LEAD_ORDERINGS))
def test_the_first_page_of_each_ordering_reads_an_index_without_sorting(ordering):
    LeadFactory.create_batch(3)
    page = lead_filter(count_labels=False).order_by(*LEAD_ORDERINGS[ordering])[:50]
    sql, params = page.query.sql_with_params()
    with connection.cursor() as cursor:
        # With sorting priced out, the planner shows whether an index can deliver this order by itself.
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index" in plan and "Sort" not in plan, plan
