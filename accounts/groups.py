"""The four role groups and their model permissions; ``User.role`` stays the source of truth.

Django admin and anything using ``user.has_perm`` read these groups; the API checks roles directly
(``accounts.roles``). ``role_groups_sync`` is idempotent: the data migration runs it, and
``manage.py sync_role_groups`` re-runs it after new models arrive.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

from accounts.models import Role

APP_LABELS = ("accounts", "leads", "scraping", "enrichment", "companies")

# role -> {"app.model": actions}; admin gets every action on every model of APP_LABELS.
ROLE_PERMISSIONS: dict[str, dict[str, tuple[str, ...]]] = {
    Role.MANAGER: {
        "accounts.user": ("view",),
        "leads.lead": ("view", "change"),
        "leads.contactpoint": ("view", "add", "change"),
        "leads.label": ("view", "add", "change"),
        "leads.keywordset": ("view", "add", "change", "delete"),
        "leads.scoringrule": ("view",),
        "scraping.platformrecipe": ("view",),
        "scraping.scrapetask": ("view", "add", "change"),
        "scraping.taskevent": ("view",),
        "scraping.monitor": ("view", "add", "change", "delete"),
        "enrichment.modelversion": ("view",),
        "companies.company": ("view", "change"),
        "companies.companylink": ("view", "change"),
        "companies.companyevent": ("view",),
        "companies.scoretrigger": ("view",),
        "companies.triggerfiring": ("view",),
    },
    Role.SALES: {
        "leads.lead": ("view", "change"),
        "leads.contactpoint": ("view",),
        "leads.label": ("view", "add"),
        "leads.keywordset": ("view",),
        "leads.scoringrule": ("view",),
        "scraping.platformrecipe": ("view",),
        "scraping.scrapetask": ("view", "add", "change"),
        "scraping.taskevent": ("view",),
        "scraping.monitor": ("view",),
        "companies.company": ("view",),
        "companies.companylink": ("view",),
    },
    Role.MARKETING: {
        "leads.lead": ("view",),
        "leads.contactpoint": ("view",),
        "leads.label": ("view",),
        "leads.keywordset": ("view", "add", "change", "delete"),
        "leads.scoringrule": ("view",),
        "scraping.platformrecipe": ("view",),
        "scraping.scrapetask": ("view", "add", "change"),
        "scraping.taskevent": ("view",),
        "scraping.monitor": ("view", "add", "change", "delete"),
        "enrichment.modelversion": ("view",),
    },
}


def role_groups_sync(*, apps=global_apps) -> None:
    """Create or update the admin/manager/sales/marketing groups with exactly their permissions."""
    Group = apps.get_model("auth", "Group")  # noqa: N806 - historical models in migrations
    Permission = apps.get_model("auth", "Permission")  # noqa: N806
    for label in APP_LABELS:
        create_permissions(global_apps.get_app_config(label), verbosity=0, apps=apps)

    for role in Role.values:
        group, _ = Group.objects.get_or_create(name=role)
        permissions = Permission.objects.filter(content_type__app_label__in=APP_LABELS)
        if role != Role.ADMIN:
            wanted = {
                f"{action}_{model_path.split('.')[1]}"
                for model_path, actions in ROLE_PERMISSIONS[role].items()
                for action in actions
            }
            permissions = permissions.filter(codename__in=wanted)
        group.permissions.set(permissions)
