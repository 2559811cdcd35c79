from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts.tests.factories import UserFactory
from companies import notify as companies_notify
from companies.models import CompanyLink, Notification, NotificationKind, TriggerFiring
from companies.notify import digests_send
from companies.services import lead_company_match
from companies.tests.factories import listing, trigger
from leads.models import Lead
from leads.tests.factories import KeywordSetFactory
from scraping.monitoring import monitor_poll
from scraping.tests.factories import MonitorFactory

pytestmark = pytest.mark.django_db
CRM = '"looking for a CRM" OR (recommend* AND crm) NOT hiring'


def crm_monitor(owner):
    return MonitorFactory(
        owner=owner, keyword_set=KeywordSetFactory(expression=CRM), sources=[{"source": "reddit"}], min_score=0
    )


def test_a_high_intent_post_reaches_its_owner_during_the_poll_that_found_it(fakes, settings):
    settings.ALERT_SCORE, settings.ALERT_DIGEST_SCORE = 1, 1
    owner = UserFactory(role="sales")
    monitor = crm_monitor(owner)

    started = timezone.now()
    report = monitor_poll(monitor_id=monitor.pk)

    alerts = Notification.objects.filter(user=owner, kind=NotificationKind.ALERT)
    assert report.lead_ids and alerts.count() == len(report.lead_ids)
    for alert in alerts.select_related("lead"):
        # From the moment the poll stored the post (the model load of a cold test process comes before it).
        assert alert.poll_started_at >= started - timedelta(seconds=1)
        assert (alert.created_at - alert.lead.discovered_at).total_seconds() < 60
        assert alert.emailed_at is not None
    assert {m.to[0] for m in mail.outbox} == {owner.email}
    assert len(mail.outbox) == len(report.lead_ids)

    monitor_poll(monitor_id=monitor.pk, force=True)  # nothing new: nobody is alerted twice
    assert Notification.objects.filter(user=owner).count() == len(report.lead_ids)


def test_lower_scores_wait_for_one_digest_email(fakes, settings):
    settings.ALERT_SCORE, settings.ALERT_DIGEST_SCORE = 101, 1
    owner = UserFactory(role="sales")
    report = monitor_poll(monitor_id=crm_monitor(owner).pk)

    digest = Notification.objects.filter(user=owner, kind=NotificationKind.DIGEST)
    assert digest.count() == len(report.lead_ids) > 0 and not digest.filter(emailed_at__isnull=False).exists()
    assert mail.outbox == []

    assert digests_send() == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [owner.email]
    assert f"{len(report.lead_ids)} new lead" in mail.outbox[0].subject
    assert digests_send() == 0


def test_a_post_from_a_known_company_links_rescored_and_its_owner_notified(
    fakes, settings, django_capture_on_commit_callbacks
):
    settings.ALERT_SCORE = 101
    manager = UserFactory(role="manager")
    company = lead_company_match(
        lead_id=listing(
            name="Maple Leaf Plumbing",
            website="maple-leaf.example.com",
            category="Plumber",
            phones={"+14165550123": "fixed_line"},
        ).pk
    ).company
    company.owner = manager
    company.save()
    trigger(threshold=30, name="Company heating up")
    fakes.state.add(
        "reddit",
        "We are looking for a CRM for our dispatchers. DM me or write to jane@maple-leaf.example.com",
        title="Looking for a CRM for a 12-truck plumbing business",
        age=60,
    )

    with django_capture_on_commit_callbacks(execute=True):  # trigger actions run once their firing is committed
        monitor_poll(monitor_id=crm_monitor(UserFactory()).pk)

    lead = Lead.objects.get(name__startswith="Looking for a CRM for a 12-truck")
    link = CompanyLink.objects.get(lead=lead)
    assert link.company == company and link.method == "email_domain"
    company.refresh_from_db()
    signals = {c.get("signal") for c in company.score_explanation["contributions"]}
    assert {"intent", "listing"} <= signals
    assert company.score >= 30
    assert TriggerFiring.objects.filter(company=company).exists()
    assert Notification.objects.filter(user=manager, company=company, kind=NotificationKind.TRIGGER).exists()


def test_a_mail_outage_keeps_the_in_app_alerts_of_every_lead(settings, monkeypatch):
    import smtplib

    from companies.alerts import leads_process
    from companies.tests.factories import post

    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr("companies.notify.send_mail", refuse)
    settings.ALERT_SCORE = 50
    owner = UserFactory(role="sales")
    leads = [post(f"Looking for a CRM for {n} vans", owner=owner, score=90, platform_id=f"p{n}") for n in (3, 4)]

    leads_process(lead_ids=[lead.pk for lead in leads], alert=True)

    alerts = Notification.objects.filter(user=owner, kind=NotificationKind.ALERT)
    assert alerts.count() == 2 and not alerts.filter(emailed_at__isnull=False).exists()


def test_a_lead_at_the_alert_score_alerts_even_below_a_higher_digest_score(settings):
    from companies.alerts import leads_process
    from companies.tests.factories import post

    settings.ALERT_SCORE, settings.ALERT_DIGEST_SCORE = 30, 50
    owner = UserFactory(role="sales")
    lead = post("Looking for a CRM for 5 vans", owner=owner, score=40)

    leads_process(lead_ids=[lead.pk], alert=True)

    assert Notification.objects.filter(user=owner, lead=lead, kind=NotificationKind.ALERT).count() == 1


def test_a_digest_that_cannot_be_emailed_waits_while_the_others_go_out(settings, monkeypatch):
    """One person's mail failure neither stops the others' digests nor gets them emailed twice on the next run."""
    import smtplib

    from companies.alerts import leads_process
    from companies.tests.factories import post

    settings.ALERT_SCORE, settings.ALERT_DIGEST_SCORE = 101, 1
    bounced, reached = UserFactory(role="sales"), UserFactory(role="sales")
    leads = [
        post(f"Looking for a CRM for {n} vans", owner=u, score=60, platform_id=f"d{n}")
        for n, u in ((3, bounced), (4, reached))
    ]
    leads_process(lead_ids=[lead.pk for lead in leads], alert=True)

    real_send_mail = companies_notify.send_mail

    def bounce_one(subject, message, sender, recipients, **kwargs):
        if recipients == [bounced.email]:
            raise smtplib.SMTPRecipientsRefused({bounced.email: (550, b"mailbox unavailable")})
        return real_send_mail(subject, message, sender, recipients, **kwargs)

    monkeypatch.setattr(companies_notify, "send_mail", bounce_one)
    assert digests_send() == 1
    assert [m.to for m in mail.outbox] == [[reached.email]]
    waiting = Notification.objects.filter(kind=NotificationKind.DIGEST, emailed_at__isnull=True)
    assert list(waiting.values_list("user_id", flat=True)) == [bounced.pk]

    monkeypatch.setattr(companies_notify, "send_mail", real_send_mail)
    assert digests_send() == 1
    assert [m.to for m in mail.outbox] == [[reached.email], [bounced.email]]


@pytest.mark.django_db(transaction=True)
def test_an_alert_is_emailed_only_after_the_lead_is_committed(settings, monkeypatch):
    """A rollback cannot take an email back: the alert goes out once the lead's changes are committed."""
    from django.db import connection

    from companies.alerts import leads_process
    from companies.tests.factories import post

    settings.ALERT_SCORE = 50
    sent_inside_a_transaction = []
    monkeypatch.setattr(
        companies_notify,
        "send_mail",
        lambda *args, **kwargs: sent_inside_a_transaction.append(connection.in_atomic_block),
    )
    owner = UserFactory(role="sales")
    lead = post("Looking for a CRM for 5 vans", owner=owner, score=90, platform_id="t5")
    leads_process(lead_ids=[lead.pk], alert=True)
    assert sent_inside_a_transaction == [False]
    assert Notification.objects.get(user=owner, lead=lead).emailed_at is not None
