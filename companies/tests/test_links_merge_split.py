import pytest

from accounts.tests.factories import UserFactory
from companies.models import Company, CompanyEvent, CompanyKey, CompanyLink, CompanyStatus, EventKind, LinkMethod
from companies.services import company_merge, company_split, lead_company_match, link_create, link_undo
from companies.tests.factories import listing, post
from insight.api_errors import ApplicationError

pytestmark = pytest.mark.django_db


def linked(lead):
    return lead_company_match(lead_id=lead.pk)


def test_an_undone_link_is_remembered_and_never_made_again_automatically():
    company = linked(listing(website="maple-leaf.example.com")).company
    conversation = post("Need a CRM, write to jane@maple-leaf.example.com")
    link = linked(conversation)
    person = UserFactory(role="sales")

    link_undo(link=link, actor=person, reason="Jane left that company")

    assert linked(conversation) is None
    assert lead_company_match(lead_id=conversation.pk) is None
    link.refresh_from_db()
    assert link.undone and link.undone_by == person and link.undo_reason == "Jane left that company"
    assert CompanyEvent.objects.filter(company=company, kind=EventKind.LINK_UNDONE, actor=person).exists()
    with pytest.raises(ApplicationError):
        link_undo(link=link, actor=person)


def test_an_undone_listing_founds_its_own_company_and_a_person_can_relink():
    first = listing(name="Maple Leaf Plumbing", website="maple-leaf.example.com")
    second = listing(name="Maple Leaf Plumbing", location="Toronto, ON")
    company = linked(first).company
    wrong = linked(second)
    assert wrong.company == company
    person = UserFactory(role="manager")
    link_undo(link=wrong, actor=person)

    own = linked(second)
    assert own.company != company and own.method == LinkMethod.FOUNDER

    again = link_create(lead=second, company=company, actor=person)
    assert again.pk == wrong.pk and not again.undone and again.method == LinkMethod.MANUAL
    assert CompanyLink.objects.get(lead=second, company=own.company).undone


def test_merge_moves_links_keys_and_tags_and_keeps_history():
    a = linked(listing(name="Maple Leaf Plumbing", website="maple-leaf.example.com")).company
    b = linked(listing(name="MLP Toronto", location="Toronto", phones={"+14165550123": "fixed_line"})).company
    b.tags = ["vip"]
    b.save()
    person = UserFactory(role="manager")

    company_merge(target=a, sources=[b], actor=person)

    b.refresh_from_db()
    assert b.status == CompanyStatus.MERGED and b.merged_into == a
    assert set(CompanyLink.objects.filter(undone=False).values_list("company_id", flat=True)) == {a.pk}
    assert CompanyKey.objects.filter(company=a, kind="phone", value="+14165550123").exists()
    a.refresh_from_db()
    assert a.tags == ["vip"]
    event = CompanyEvent.objects.get(company=a, kind=EventKind.MERGED)
    assert event.actor == person and event.details["absorbed"] == [b.pk]
    # A new listing with the merged company's phone lands on the survivor.
    later = linked(listing(name="MLP Emergency", location="Oakville", phones={"+14165550123": "mobile"}))
    assert later.company == a
    with pytest.raises(ApplicationError):
        company_merge(target=a, sources=[b], actor=person)


def test_merge_keeps_an_earlier_undo_against_the_target():
    a = linked(listing(name="Maple Leaf Plumbing", website="maple-leaf.example.com")).company
    conversation = post("CRM tips? jane@maple-leaf.example.com")
    link_undo(link=linked(conversation), actor=UserFactory())
    b = linked(listing(name="Other Co", location="Toronto")).company
    link_create(lead=conversation, company=b, actor=UserFactory(role="manager"))

    company_merge(target=a, sources=[b], actor=None)

    assert not CompanyLink.objects.filter(lead=conversation, undone=False).exists()
    assert CompanyEvent.objects.get(company=a, kind=EventKind.MERGED).details["leads_dropped"] == [conversation.pk]


def test_split_moves_leads_and_the_keys_only_they_carry():
    one = listing(name="Maple Leaf Plumbing", website="maple-leaf.example.com", phones={"+14165550123": "fixed_line"})
    two = listing(name="Maple Leaf Plumbing", location="Toronto, ON", phones={"+14165550177": "mobile"})
    company = linked(one).company
    assert linked(two).company == company
    person = UserFactory(role="manager")

    new = company_split(company=company, lead_ids=[two.pk], name="Maple Leaf Drains", actor=person)

    assert CompanyLink.objects.get(lead=two, undone=False).company == new
    assert CompanyKey.objects.get(kind="phone", value="+14165550177").company == new
    assert CompanyKey.objects.get(kind="phone", value="+14165550123").company == company
    assert CompanyKey.objects.get(kind="name_city").company == company  # both carry it: it stays
    assert CompanyEvent.objects.get(company=new, kind=EventKind.SPLIT).details["split_from"] == company.pk
    # The split lead is not pulled back by the next matching run.
    assert linked(two).company == new
    with pytest.raises(ApplicationError):
        company_split(company=company, lead_ids=[one.pk], name="", actor=person)  # would leave it empty
    with pytest.raises(ApplicationError):
        company_split(company=company, lead_ids=[two.pk], name="", actor=person)  # not linked any more
    assert Company.objects.count() == 2


def test_after_merges_of_merges_the_messages_name_the_company_that_is_left():
    a = linked(listing(name="Maple Leaf Plumbing", website="maple-leaf.example.com")).company
    b = linked(listing(name="MLP Toronto", website="mlp-toronto.example.com")).company
    c = linked(listing(name="Maple Plumbing Co", website="maple-plumbing.example.com")).company
    person = UserFactory(role="manager")
    company_merge(target=b, sources=[a], actor=person)
    company_merge(target=c, sources=[b], actor=person)
    lead = listing(name="Maple Leaf Plumbing (west)", website="maple-west.example.com")
    with pytest.raises(ApplicationError, match=f"merged into company {c.pk}; link to that one"):
        link_create(lead=lead, company=a, actor=person)
    with pytest.raises(ApplicationError, match=f"company {a.pk} into company {c.pk}"):
        company_merge(target=a, sources=[c], actor=person)


def test_undoing_a_company_s_only_link_rescores_it_at_once(django_capture_on_commit_callbacks):
    from companies.services import company_rescore

    link = linked(
        listing(name="Maple Leaf Plumbing", website="maple-leaf.example.com", phones={"+14165550123": "mobile"})
    )
    before = company_rescore(company_id=link.company_id)
    assert before.score > 0
    with django_capture_on_commit_callbacks(execute=True):
        link_undo(link=link, actor=UserFactory(role="manager"))
    after = Company.objects.get(pk=link.company_id)
    assert after.score < before.score and after.score_explanation["leads"] == 0
