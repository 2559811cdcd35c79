from django.db import migrations

SIGNALS = {"intent": (40, 7.0), "listing": (25, 90.0), "sentiment": (10, 14.0), "engagement": (25, 30.0)}
FIELD_RULES = [
    ("Has a mobile phone", "has_mobile_phone", "", 10),
    ("Free-mail addresses only", "free_mail_only", "", -5),
]
SCHEDULES = {
    "companies: match new and changed leads": ("companies.tasks.match_pending_leads", 5),
    "companies: rescore with decay": ("companies.tasks.rescore_companies", 60),
    "companies: send digests": ("companies.tasks.send_digests", 60),
}


def defaults_create(apps, schema_editor):
    SignalDecay = apps.get_model("companies", "SignalDecay")
    for signal, (points, half_life) in SIGNALS.items():
        SignalDecay.objects.get_or_create(signal=signal, defaults={"max_points": points, "half_life_days": half_life})
    FieldRule = apps.get_model("companies", "FieldRule")
    for name, condition, value, weight in FIELD_RULES:
        FieldRule.objects.get_or_create(name=name, defaults={"condition": condition, "value": value, "weight": weight})
    Schedule = apps.get_model("django_q", "Schedule")
    for name, (func, minutes) in SCHEDULES.items():
        if not Schedule.objects.filter(name=name).exists():
            Schedule.objects.create(name=name, func=func, schedule_type="I", minutes=minutes, repeats=-1)


def role_groups_update(apps, schema_editor):
    from accounts.groups import role_groups_sync

    role_groups_sync(apps=apps)


def schedules_remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name__in=list(SCHEDULES)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("companies", "0001_initial"),
        ("accounts", "0003_role_groups"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [
        migrations.RunPython(defaults_create, schedules_remove),
        migrations.RunPython(role_groups_update, migrations.RunPython.noop),
    ]
