from django.core.management.base import BaseCommand

from accounts.groups import role_groups_sync


class Command(BaseCommand):
    help = "Create or update the admin/manager/sales/marketing groups and their model permissions (idempotent)."

    def handle(self, *args, **options) -> None:
        role_groups_sync()
        self.stdout.write(self.style.SUCCESS("Role groups are up to date."))
