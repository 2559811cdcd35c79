"""A Django-Q worker process starts a browser as soon as it spawns, so its first scrape task finds a warm pool
(target: a task starts working within 1 s of creation)."""

from django.conf import settings


def warm_pool_on_spawn(sender=None, proc_name: str = "", **kwargs) -> None:
    if not getattr(settings, "SCRAPE_WARM_POOL_ON_WORKER_START", True):
        return
    from scraping.browser import get_pool

    get_pool().warm(1, background=True)


def connect() -> None:
    from django_q.signals import post_spawn

    post_spawn.connect(warm_pool_on_spawn, dispatch_uid="scraping-warm-browser-pool")
