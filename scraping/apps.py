from django.apps import AppConfig


class ScrapingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "scraping"

    def ready(self) -> None:
        from scraping.runner import warmup

        warmup.connect()  # workers warm a browser when they spawn (scrape tasks start at once)
