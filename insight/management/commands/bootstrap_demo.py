"""Create the demo admin account once and print how to log in."""

import secrets

from django.conf import settings
from django.core.management.base import BaseCommand

from accounts.models import User


class Command(BaseCommand):
    help = "Ensure a demo admin account exists and print its email and password."

    def add_arguments(self, parser):
        parser.add_argument("--reset-password", action="store_true", help="Give the demo admin a new password.")

    def handle(self, *args, reset_password: bool, **options):
        email = settings.DEMO_ADMIN_EMAIL
        secret_file = settings.DATA_DIR / "demo-admin-password.txt"
        user = User.objects.filter(email=email).first()
        if user is None or reset_password or not secret_file.exists():
            password = secrets.token_urlsafe(12)
            if user is None:
                user = User.objects.create_superuser(email=email, password=password)
            else:
                user.set_password(password)
                user.save(update_fields=["password"])
            secret_file.write_text(password)
            secret_file.chmod(0o600)
        password = secret_file.read_text().strip()
        self.stdout.write(self.style.SUCCESS("Demo admin account"))
        self.stdout.write(f"  email:    {user.email}")
        self.stdout.write(f"  password: {password}")
