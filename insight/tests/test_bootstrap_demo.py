import re
from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def run_bootstrap(*args: str) -> str:
    out = StringIO()
    call_command("bootstrap_demo", *args, stdout=out)
    return out.getvalue()


def test_the_printed_demo_account_logs_in_to_the_admin(client, settings):
    output = run_bootstrap()
    password = re.search(r"password: (\S+)", output).group(1)

    assert settings.DEMO_ADMIN_EMAIL in output
    assert client.login(username=settings.DEMO_ADMIN_EMAIL, password=password)
    assert client.get("/admin/").status_code == 200


def test_running_it_again_keeps_the_same_password_unless_asked(settings):
    first = re.search(r"password: (\S+)", run_bootstrap()).group(1)
    again = re.search(r"password: (\S+)", run_bootstrap()).group(1)
    reset = re.search(r"password: (\S+)", run_bootstrap("--reset-password")).group(1)

    assert first == again
    assert reset != first
