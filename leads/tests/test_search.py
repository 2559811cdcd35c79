import pytest

from leads.models import Lead
from leads.selectors import lead_search
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def test_it_finds_leads_by_words_in_their_name_or_text():
    wanted = LeadFactory(name="Looking for a CRM", text="Our agency needs a simple CRM for five people")
    LeadFactory(name="Great pizza downtown", text="Best slices in town")
    LeadFactory(name="Roof repair", text="We fix roofs")

    found = list(lead_search(Lead.objects.all(), "agency crm"))

    assert found == [wanted]


def test_an_empty_query_changes_nothing():
    LeadFactory.create_batch(3)
    assert lead_search(Lead.objects.all(), "  ").count() == 3
