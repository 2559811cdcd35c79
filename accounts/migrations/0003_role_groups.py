from django.db import migrations


def create_role_groups(apps, schema_editor):
    from accounts.groups import role_groups_sync

    role_groups_sync(apps=apps)


def drop_role_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["admin", "manager", "sales", "marketing"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_verification_consent_lockout"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("leads", "0003_lead_search_vector"),
        ("scraping", "0001_initial"),
        ("enrichment", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_role_groups, drop_role_groups)]
