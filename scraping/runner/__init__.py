"""The scrape-task runner: a task's queries × platform recipes run on the browser pool or the crawler, and the
items they yield become leads (``engine.run_task`` is the entry point)."""
