"""A process pool for the CPU work on fetched pages (parsing, contact extraction), so the HTTP runner's crawler keeps
fetching while every core reads pages.

One pool per process, sized by ``settings.CRAWLER_EXTRACTION_WORKERS`` (0: no pool, pages are read inline). Its
workers are fresh interpreters (spawn: safe from a process with threads) that exit when their parent dies. A worker
that dies mid-page (a segfault, the OOM killer) breaks the pool: it is replaced, and each page that was in flight is
retried alone in a one-worker pool, so only the page that kills a worker again fails (``PageCrashed``).
"""

import asyncio
import functools
import importlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

log = logging.getLogger(__name__)

PARENT_CHECK_SECONDS = 1.0


class PageCrashed(Exception):
    """A page killed the worker reading it, twice: that page gets an error, the run goes on."""


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)  # the task's process died (a killed Django-Q worker): nobody will ever read our results


def _worker_start(parent: int, preload: tuple[str, ...]) -> None:
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="page-pool-parent").start()
    for module in preload:  # imported on start, not on a page's clock
        importlib.import_module(module)


def _noop() -> None:
    return None


class PagePool:
    """``await pool.run(fn, *args, **kwargs)`` from any event loop; ``fn`` and its arguments must be picklable."""

    def __init__(self, workers: int, preload: tuple[str, ...] = ("scraping.runner.detail_page",)) -> None:
        self.workers = workers
        self.preload = preload
        self._lock = threading.Lock()
        self._alone_lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._alone: ProcessPoolExecutor | None = None

    def _new_executor(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_worker_start,
            initargs=(os.getpid(), self.preload),
        )

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = self._new_executor(self.workers)
                for _ in range(self.workers):  # start every worker now: a pool that spawns on demand can hang
                    self._executor.submit(_noop)  # when a worker dies while another one starts (CPython 3.11)
            return self._executor

    def _submit(self, call: Callable) -> tuple[ProcessPoolExecutor, Future]:
        executor = self._current()
        try:
            return executor, executor.submit(call)
        except (BrokenProcessPool, RuntimeError):  # broken before the page ran, or shut down by another thread
            self._discard(executor)
        executor = self._current()
        return executor, executor.submit(call)

    def _discard(self, executor: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is executor:
                self._executor = None
        executor.shutdown(wait=False, cancel_futures=True)

    async def run(self, fn: Callable, *args: Any, **kwargs: Any) -> Any:
        call = functools.partial(fn, *args, **kwargs)
        executor, future = self._submit(call)
        try:
            return await asyncio.wrap_future(future)
        except BrokenProcessPool:
            log.warning("A page pool worker died; replacing the pool and retrying its pages one at a time.")
            self._discard(executor)
        return await asyncio.get_running_loop().run_in_executor(None, self._run_alone, call)

    def _run_alone(self, call: Callable) -> Any:
        with self._alone_lock:
            self._alone = self._alone or self._new_executor(1)
            try:
                return self._alone.submit(call).result()
            except BrokenProcessPool:
                self._alone.shutdown(wait=False, cancel_futures=True)
                self._alone = None
                raise PageCrashed("the worker reading this page died (twice)") from None

    def warm(self, timeout: float = 60.0) -> None:
        """Wait until every worker is up (a benchmark starts its clock after this; a task pays it on first use)."""
        executor = self._current()
        for future in [executor.submit(_noop) for _ in range(self.workers * 2)]:
            future.result(timeout)

    def close(self) -> None:
        with self._lock, self._alone_lock:
            for executor in (self._executor, self._alone):
                if executor is not None:
                    executor.shutdown(wait=True, cancel_futures=True)
            self._executor = self._alone = None


_shared: PagePool | None = None
_shared_lock = threading.Lock()


def page_pool() -> PagePool | None:
    """This process's page pool, or None to read pages inline: ``CRAWLER_EXTRACTION_WORKERS`` is 0, or this is a
    daemonic process (a daemonized Django-Q worker), which may not start processes of its own."""
    from django.conf import settings

    global _shared
    workers = int(getattr(settings, "CRAWLER_EXTRACTION_WORKERS", os.cpu_count() or 1))
    if workers <= 0:
        return None
    if multiprocessing.current_process().daemon:
        log.warning("Pages are read inline: a daemonic process cannot start the page pool.")
        return None
    with _shared_lock:
        if _shared is not None and _shared.workers != workers:
            _shared.close()
            _shared = None
        _shared = _shared or PagePool(workers)
        return _shared
