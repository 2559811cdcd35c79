"""Issue 24: while mail goes to the console (or files), admins read the messages sent in a dashboard outbox page."""

import pytest
from django.core import mail

from accounts.models import Role
from dashboard.outbox import OUTBOX_BACKEND, outbox_messages

pytestmark = pytest.mark.django_db


@pytest.fixture
def console_outbox(settings, tmp_path):
    settings.EMAIL_BACKEND = OUTBOX_BACKEND
    settings.DATA_DIR = tmp_path
    return tmp_path / "outbox"


def test_a_verification_email_is_readable_by_admins(client_for, console_outbox, capsys):
    mail.send_mail(
        "Verify your email", "Open https://insight.example.com/accounts/verify/abc123/ <b>", None, ["new@example.com"]
    )
    assert "Verify your email" in capsys.readouterr().out  # still printed to the console
    html = client_for(Role.ADMIN).get("/outbox/").content.decode()
    assert "Verify your email" in html and "new@example.com" in html
    assert '<a href="https://insight.example.com/accounts/verify/abc123/"' in html and "&lt;b&gt;" in html


def test_only_admins_see_it(client_for, console_outbox):
    assert client_for(Role.MANAGER).get("/outbox/").status_code == 403
    assert client_for(Role.SALES).get("/outbox/").status_code == 403


def test_the_file_backend_is_read_too(client_for, settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    mail.send_mail("Reset your password", "Follow the link", None, ["a@example.com"])
    mail.send_mail("Second", "Body two", None, ["b@example.com"])
    assert [m.subject for m in outbox_messages()][:2] in (
        ["Second", "Reset your password"],
        ["Reset your password", "Second"],
    )
    assert "Reset your password" in client_for(Role.ADMIN).get("/outbox/").content.decode()


def test_a_real_mail_server_has_no_outbox(client_for, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    html = client_for(Role.ADMIN).get("/outbox/").content.decode()
    assert "there is no outbox" in html
    assert outbox_messages() == []


def test_old_messages_are_dropped_beyond_the_limit(console_outbox, monkeypatch):
    monkeypatch.setattr("dashboard.outbox.OUTBOX_KEEP", 3)
    for n in range(5):
        mail.send_mail(f"Message {n}", "Body", None, ["x@example.com"])
    assert len(list(console_outbox.glob("*.eml"))) == 3
    assert [m.subject for m in outbox_messages()] == ["Message 4", "Message 3", "Message 2"]


def test_the_plain_console_backend_says_how_to_keep_the_mail(client_for, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    html = client_for(Role.ADMIN).get("/outbox/").content.decode()
    assert "EMAIL_BACKEND=dashboard.outbox.ConsoleOutboxBackend" in html
