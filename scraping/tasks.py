"""Django-Q entry points of scrape tasks (thin: ids in, the runner does the work)."""


def run_scrape_task(task_id: int) -> str | None:
    from scraping.runner.engine import run_task

    return run_task(task_id)


def reap_stale_tasks() -> dict:
    from scraping.runner.heartbeat import reap_stale_tasks as reap

    return reap()
