"""Admins and managers may use the Django admin (``user_set_role`` now sets ``is_staff`` for them): open it to the
admins and managers that exist already."""

from django.db import migrations


def staff_for_admins_and_managers(apps, schema_editor):
    apps.get_model("accounts", "User").objects.filter(role__in=["admin", "manager"]).update(is_staff=True)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0003_role_groups")]

    operations = [migrations.RunPython(staff_for_admins_and_managers, migrations.RunPython.noop)]
