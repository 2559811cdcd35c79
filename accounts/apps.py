from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    default = True
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"


class InsightAdminConfig(admin_apps.AdminConfig):
    """Django admin on Insight's site (``accounts.admin_site``), whose login is one more door to the same accounts.

    Listed in ``INSTALLED_APPS`` instead of ``django.contrib.admin``; ``admin.site`` is then that site everywhere.
    """

    default = False
    default_site = "accounts.admin_site.InsightAdminSite"

    def ready(self) -> None:
        # Every JSON field an admin page edits parses with the API's limits (NUL, depth): set before the apps'
        # admin modules are discovered, since each ModelAdmin copies these defaults when it is registered.
        from django.contrib.admin import options
        from django.db import models

        from insight.json_form_field import SafeJSONField

        options.FORMFIELD_FOR_DBFIELD_DEFAULTS[models.JSONField] = {"form_class": SafeJSONField}
        super().ready()
