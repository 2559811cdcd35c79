from django.apps import AppConfig


class CompaniesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "companies"
    verbose_name = "Companies of interest"

    def ready(self) -> None:
        # Calls from lower apps into this one go through hooks declared in insight/hooks.py (docs/architecture.md).
        from companies.services import companies_forget, companies_linked
        from insight import hooks

        hooks.companies_linked.register(companies_linked)
        hooks.companies_forget.register(companies_forget)
