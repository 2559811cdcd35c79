from django.db import migrations

# (provider, crm object, lead field, remote field): HubSpot default contact/company properties, Salesforce Lead fields.
DEFAULTS = [
    ("hubspot", "contact", "email", "email"),
    ("hubspot", "contact", "phone", "phone"),
    ("hubspot", "contact", "first_name", "firstname"),
    ("hubspot", "contact", "last_name", "lastname"),
    ("hubspot", "contact", "company", "company"),
    ("hubspot", "contact", "website", "website"),
    ("hubspot", "company", "company", "name"),
    ("hubspot", "company", "domain", "domain"),
    ("hubspot", "company", "phone", "phone"),
    ("salesforce", "contact", "last_name", "LastName"),
    ("salesforce", "contact", "first_name", "FirstName"),
    ("salesforce", "contact", "company", "Company"),
    ("salesforce", "contact", "email", "Email"),
    ("salesforce", "contact", "phone", "Phone"),
    ("salesforce", "contact", "website", "Website"),
    ("salesforce", "contact", "category", "Industry"),
    ("salesforce", "contact", "url", "Description"),
]


def add_defaults(apps, schema_editor):
    mapping = apps.get_model("integrations", "CrmFieldMapping")
    for provider, crm_object, lead_field, remote_field in DEFAULTS:
        mapping.objects.get_or_create(
            provider=provider, crm_object=crm_object, remote_field=remote_field, defaults={"lead_field": lead_field}
        )


def remove_defaults(apps, schema_editor):
    mapping = apps.get_model("integrations", "CrmFieldMapping")
    for provider, crm_object, _lead_field, remote_field in DEFAULTS:
        mapping.objects.filter(provider=provider, crm_object=crm_object, remote_field=remote_field).delete()


class Migration(migrations.Migration):
    dependencies = [("integrations", "0001_initial")]
    operations = [migrations.RunPython(add_defaults, remove_defaults)]
