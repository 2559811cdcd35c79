import pytest

from accounts.tests.factories import UserFactory
from compliance.models import AuditEntry, Suppression, SuppressionKind, SuppressionReason
from compliance.selectors import suppression_match
from compliance.services import suppression_add, suppression_remove
from insight.api_errors import ApplicationError
from leads.models import ContactKind, Lead
from leads.tests.factories import ContactPointFactory, LabelFactory, LeadFactory

pytestmark = pytest.mark.django_db


def test_it_matches_phones_in_any_format():
    suppression_add(kind=SuppressionKind.PHONE, value="+1 416 555 0123")
    assert "+14165550123" in suppression_match(phones=["(416) 555-0123"])
    assert suppression_match(phones=["tel:+14165550123"])
    assert suppression_match(phones=["+14165550124"]) is None


def test_it_matches_emails_case_insensitively_and_their_domain():
    suppression_add(kind=SuppressionKind.EMAIL, value="Dana.Opt@Example.com")
    assert suppression_match(emails=["dana.opt@example.COM"])
    assert suppression_match(emails=["someone@example.com"]) is None
    suppression_add(kind=SuppressionKind.DOMAIN, value="https://www.maple-plumbing.example.org/contact")
    assert suppression_match(emails=["info@mail.maple-plumbing.example.org"])
    assert suppression_match(domains=["shop.maple-plumbing.example.org"])
    assert suppression_match(domains=["https://maple-plumbing.example.org:8443/about"])
    assert suppression_match(domains=["other.example.org"]) is None


def test_it_reads_registrable_domains_under_multi_label_suffixes():
    suppression_add(kind=SuppressionKind.DOMAIN, value="bakery.example.co.uk")
    assert suppression_match(domains=["www.shop.bakery.example.co.uk"])
    assert suppression_match(domains=["example.co.uk"]) is None


def test_nothing_to_check_means_no_match():
    assert suppression_match() is None
    assert suppression_match(phones=["not a phone"], emails=["nobody"], domains=[""]) is None


def test_hash_only_entries_still_match_and_do_not_show_the_value():
    entry, created = suppression_add(
        kind=SuppressionKind.EMAIL, value="erased@example.com", reason=SuppressionReason.ERASURE, keep_value=False
    )
    assert created and entry.value == ""
    match = suppression_match(emails=["ERASED@example.com"])
    assert match and "erased@example.com" not in match


def test_adding_is_idempotent_and_validated():
    first, created = suppression_add(kind=SuppressionKind.PHONE, value="+1 416 555 0199")
    again, created_again = suppression_add(kind=SuppressionKind.PHONE, value="416-555-0199")
    assert created and not created_again and first.pk == again.pk
    with pytest.raises(ApplicationError) as error:
        suppression_add(kind=SuppressionKind.EMAIL, value="not-an-address")
    assert "value" in error.value.fields
    with pytest.raises(ApplicationError):
        suppression_add(kind="fax", value="+1 416 555 0199")
    with pytest.raises(ApplicationError, match="public suffix"):
        suppression_add(kind=SuppressionKind.DOMAIN, value="co.uk")


def test_adding_purges_matching_leads_and_audits_it():
    admin = UserFactory(role="admin")
    by_phone = ContactPointFactory(kind=ContactKind.PHONE, normalized_value="+14165550142").lead
    LabelFactory(lead=by_phone)
    by_email = ContactPointFactory(kind=ContactKind.EMAIL, value="a@x.example.net", normalized_value="a@x.example.net")
    by_website = ContactPointFactory(
        kind=ContactKind.WEBSITE, value="https://shop.example.net/", normalized_value="https://shop.example.net"
    )
    by_domain = LeadFactory(domain="www.example.net")
    kept = ContactPointFactory(kind=ContactKind.WEBSITE, normalized_value="https://notexample.net").lead

    suppression_add(kind=SuppressionKind.PHONE, value="+14165550142", actor=admin)
    entry, _ = suppression_add(kind=SuppressionKind.DOMAIN, value="example.net", actor=admin)

    assert not Lead.objects.filter(pk__in=[by_phone.pk, by_email.lead_id, by_website.lead_id, by_domain.pk]).exists()
    assert Lead.objects.filter(pk=kept.pk).exists()
    audit = AuditEntry.objects.get(target_type="suppression", target_id=str(entry.pk))
    assert audit.actor == admin and audit.details["purged"]["leads"] == 3
    assert "example.net" not in str(audit.details)


def test_erasure_entries_cannot_be_removed_but_opt_outs_can():
    opt_out, _ = suppression_add(kind=SuppressionKind.DOMAIN, value="example.org")
    erased, _ = suppression_add(
        kind=SuppressionKind.PHONE, value="+14165550150", reason=SuppressionReason.ERASURE, keep_value=False
    )
    suppression_remove(entry=opt_out)
    with pytest.raises(ApplicationError) as error:
        suppression_remove(entry=erased)
    assert error.value.status_code == 409
    assert list(Suppression.objects.values_list("pk", flat=True)) == [erased.pk]
    assert AuditEntry.objects.filter(action="suppression_remove").count() == 1
