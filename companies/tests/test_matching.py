import socket

import pytest

from companies import matching
from companies.models import Company, CompanyLink, LinkMethod
from companies.services import lead_company_match
from companies.tests.factories import listing, post

pytestmark = pytest.mark.django_db


def company_of(lead):
    link = CompanyLink.objects.filter(lead=lead, undone=False).first()
    return link.company if link else None


def match(*leads):
    return [lead_company_match(lead_id=lead.pk) for lead in leads]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://shop.acme-plumbing.example.com/contact?x=1", "acme-plumbing.example.com"),
        ("www.maple-leaf.co.uk", "maple-leaf.co.uk"),
        ("fictional-shop.github.io", "fictional-shop.github.io"),  # a private suffix: each site its own owner
        ("http://127.0.0.1:8000/", ""),
        ("co.uk", ""),
        ("", ""),
    ],
)
def test_registrable_domain(given, expected):
    assert matching.registrable_domain(given) == expected


def test_the_suffix_list_is_the_bundled_snapshot_and_never_downloaded(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("tldextract tried the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(matching, "_EXTRACT", None)
    assert matching.registrable_domain("https://news.bbc.co.uk/sport") == "bbc.co.uk"


def test_names_and_cities_are_normalised():
    assert matching.company_name_key("The Maple Leaf Plumbing Co., Inc.") == "maple leaf plumbing"
    assert matching.city_from_location("12 King St W, Toronto, ON M5H 1A1") == "toronto"
    assert matching.city_from_location("Montréal, QC") == "montreal"
    assert matching.email_domain("Jane@Mail.Acme-Plumbing.example.com") == "acme-plumbing.example.com"
    assert matching.email_domain("jane.doe@gmail.com") == ""


def test_listings_join_on_registrable_domain():
    maps = listing(website="www.acme-plumbing.example.com", platform="google_maps")
    yelp = listing(name="ACME Plumbing Toronto", location="Toronto", website="https://shop.acme-plumbing.example.com/x")
    first, second = match(maps, yelp)
    assert first.method == LinkMethod.FOUNDER and second.method == LinkMethod.DOMAIN
    assert second.company == first.company and first.company.domain == "acme-plumbing.example.com"


def test_listings_join_on_name_and_city_and_on_a_shared_phone():
    one = listing(name="Maple Leaf Plumbing Inc.", phones={"+14165550123": "fixed_line"})
    same_name = listing(name="maple leaf plumbing", location="Toronto, ON")
    same_phone = listing(name="MLP Emergency Line", location="Mississauga, ON", phones={"+14165550123": "fixed_line"})
    links = match(one, same_name, same_phone)
    assert {link.company_id for link in links} == {links[0].company_id}
    assert [link.method for link in links[1:]] == [LinkMethod.NAME_CITY, LinkMethod.PHONE]


def test_listings_join_on_a_company_email_domain_but_not_on_free_mail():
    one = listing(name="Harbour Dental", location="Halifax, NS", emails=["front@harbour-dental.example.org"])
    two = listing(name="Harbour Dental Group", location="Dartmouth, NS", emails=["billing@harbour-dental.example.org"])
    gmail_a = listing(name="Bob's Bikes", location="Victoria, BC", emails=["bobsbikes@gmail.com"])
    gmail_b = listing(name="Sue's Sewing", location="Regina, SK", emails=["suessewing@gmail.com"])
    a, b, c, d = match(one, two, gmail_a, gmail_b)
    assert a.company_id == b.company_id and b.method == LinkMethod.EMAIL_DOMAIN
    assert c.company_id != d.company_id


@pytest.mark.parametrize(
    ("second", "why"),
    [
        ({"name": "Maple Leaf Plumbing", "location": "Ottawa, ON"}, "same name, other city"),
        ({"name": "Maple Leaf Plumbing & Heating", "location": "Toronto, ON"}, "longer name, same city"),
        ({"name": "Pine Plumbing", "location": "Toronto, ON", "phones": {"+14165550124": "fixed_line"}}, "next number"),
        ({"name": "Pine Plumbing", "location": "Toronto, ON", "website": "maple-leaf.example.org"}, "other suffix"),
        (
            {"name": "Pine Plumbing", "location": "Toronto, ON", "website": "https://www.google.com/maps/place/1"},
            "maps",
        ),
    ],
)
def test_near_misses_do_not_join(second, why):
    first = listing(
        name="Maple Leaf Plumbing",
        location="Toronto, ON",
        website="maple-leaf.example.com",
        phones={"+14165550123": "fixed_line"},
    )
    a, b = match(first, listing(**second))
    assert a.company_id != b.company_id, why
    assert Company.objects.count() == 2


def test_conversations_link_by_email_profile_link_and_signature_with_confidence():
    company = match(listing(name="Maple Leaf Plumbing", website="maple-leaf.example.com"))[0].company
    email = post("We need a CRM for our dispatch team. Reach me at jane@maple-leaf.example.com")
    handle = post("Which CRM do small trades use?", author_handle="jane.maple-leaf.example.com", platform="bluesky")
    link = post("Looking for a CRM that fits https://maple-leaf.example.com/services - any tips?")
    signed = post("Any CRM recommendations for a plumbing shop?\n\nThanks!\n— Jane, Maple Leaf Plumbing")
    found = match(email, handle, link, signed)
    assert {f.company_id for f in found} == {company.pk}
    assert [(f.method, f.confidence) for f in found] == [
        (LinkMethod.EMAIL_DOMAIN, 0.9),
        (LinkMethod.AUTHOR_PROFILE, 0.85),
        (LinkMethod.LINK, 0.6),
        (LinkMethod.SIGNATURE, 0.5),
    ]


def test_conversations_that_identify_nobody_stay_unlinked():
    match(listing(name="Maple Leaf Plumbing", website="maple-leaf.example.com"))
    match(listing(name="Maple Leaf Plumbing", location="Ottawa, ON", website="mlp-ottawa.example.com"))
    posts = [
        post("Looking for a CRM, mail me at jane.doe@gmail.com"),
        post("See https://www.reddit.com/r/smallbusiness/comments/abc for the thread about CRMs"),
        post("Anyone tried a CRM?\n\nCheers,\n— Jane, Maple Leaf Plumbing"),  # two companies carry that name
        post("Maple leaf plumbing recommended a CRM to me once"),  # a mention is not a signature
    ]
    assert match(*posts) == [None, None, None, None]
    assert not Company.objects.filter(links__lead__in=posts).exists()
