"""A pool of Chromium browsers shared by the tasks of one worker process.

A browser serves one lease at a time (a WebDriver session has a single "current window", so two threads cannot
drive it at once) and is reused lease after lease; each lease gets a fresh browser context — its own cookies,
storage and cache — that is thrown away when the lease ends. Browsers are retired after ``max_pages`` pages, closed
after ``idle_seconds`` unused, and replaced when their chrome or chromedriver dies; ``run()`` retries the work once
on a fresh browser in that case. With ``remote_url`` (``SELENIUM_REMOTE_URL``) every lease is its own Grid session.

A local browser makes every request through its own ``netguard.GuardProxy``: ``lease.restrict(policy)`` limits what
that lease's pages can reach (the browser runner does it for every task); a lease that does not restrict reaches
anything, as a benchmark or a test expects. A remote browser has no such proxy (the Grid cannot reach this
process's loopback): there only the runner's checks of the URLs it opens and reads apply.
"""

import atexit
import contextlib
import itertools
import logging
import os
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from selenium import webdriver
from selenium.common.exceptions import WebDriverException

from scraping.browser import lifeline, processes
from scraping.browser.cdp import BrowserDevTools
from scraping.browser.netguard import GuardProxy
from scraping.browser.options import WINDOW_SIZE, chrome_major_version, chrome_options
from scraping.urlsafety import AddressPolicy, UnsafeURLError

log = logging.getLogger(__name__)
T = TypeVar("T")


class BrowserError(RuntimeError):
    """Base class of pool errors."""


class BrowserStartError(BrowserError):
    """Chromium or ChromeDriver would not start (missing binary, no memory, Grid unreachable)."""


class BrowserCrashed(BrowserError):
    """The browser died during a lease; the pool has already dropped it."""


class PoolTimeout(BrowserError):
    """No browser became free within the lease timeout."""


@dataclass
class PoolConfig:
    max_browsers: int = 2
    max_pages: int = 100  # retire a browser after this many pages
    idle_seconds: float = 300.0
    max_tabs: int = 20  # tabs one lease may have open
    lease_timeout: float = 60.0
    page_load_timeout: float = 30.0
    headless: bool = True
    window_size: tuple[int, int] = WINDOW_SIZE
    user_agent: str | None = None
    chrome_binary: str | None = "/usr/bin/chromium"
    chromedriver_path: str | None = "/usr/bin/chromedriver"
    remote_url: str | None = None


_ids = itertools.count(1)


@dataclass(eq=False)
class Browser:
    """One running browser (local Chromium + ChromeDriver, or a Grid session)."""

    driver: webdriver.Remote
    base_handle: str
    devtools: BrowserDevTools | None
    user_data_dir: str | None
    id: int = field(default_factory=lambda: next(_ids))
    created_at: float = field(default_factory=time.monotonic)
    last_used: float = field(default_factory=time.monotonic)
    pages: int = 0
    leases: int = 0
    busy: bool = False
    started_in: float = 0.0
    chrome_pid: int | None = None  # the main Chromium process, remembered to clean up after a ChromeDriver crash
    spare: tuple[str, str] | None = None  # (context id, tab handle) made ready for the next lease
    proxy: GuardProxy | None = None  # every request of a local browser passes it; None for a remote one

    @property
    def driver_pid(self) -> int | None:
        service = getattr(self.driver, "service", None)
        process = getattr(service, "process", None)
        return process.pid if process is not None else None

    def pids(self) -> list[int]:
        """ChromeDriver and every Chromium process under it — also when ChromeDriver died and left them orphaned."""
        pid = self.driver_pid
        if not pid:
            return []
        found = [pid, *processes.descendants(pid)]
        if self.chrome_pid and self.chrome_pid not in found and processes.is_alive(self.chrome_pid):
            found += [self.chrome_pid, *processes.descendants(self.chrome_pid)]
        return found

    def chrome_pids(self) -> list[int]:
        pid = self.driver_pid
        return processes.descendants(pid) if pid else []

    def memory_bytes(self) -> int | None:
        """PSS of the browser's process tree; None for a remote browser."""
        pids = self.pids()
        return processes.memory_bytes(pids) if pids else None

    def is_alive(self) -> bool:
        pid = self.driver_pid
        if pid is not None:
            if not processes.is_alive(pid):
                return False
            chrome = [p for p in processes.descendants(pid) if processes.process_name(p).startswith("chrom")]
            if not chrome or not all(processes.is_alive(p) for p in chrome[:1]):
                return False
        try:
            self.driver.window_handles  # noqa: B018  (a round trip proves the session answers)
        except WebDriverException:
            return False
        return True


class Lease:
    """A browser context lent to one task: ``lease.driver`` is switched to its first tab."""

    def __init__(self, pool: "BrowserPool", browser: Browser, task_id: object | None) -> None:
        self.pool = pool
        self.browser = browser
        self.task_id = task_id
        self.driver = browser.driver
        self.context_id: str | None = None
        self.tabs: list[str] = []
        self.pages = 0
        self.started = time.monotonic()
        self.policy: AddressPolicy | None = None

    @property
    def filtered(self) -> bool:
        """Whether ``restrict`` reaches the network (a local browser), not only the runner's own URL checks."""
        return self.browser.proxy is not None

    def restrict(self, policy: AddressPolicy) -> None:
        """From now on every request of this lease's tabs (navigations, redirects, sub-resources) must pass
        ``policy``; a refused one is answered 403 by the proxy and listed by ``take_refused``."""
        self.policy = policy
        if self.browser.proxy is not None:
            self.browser.proxy.take_refused()  # an earlier lease's
            self.browser.proxy.policy = policy

    def take_refused(self) -> list[tuple[str, UnsafeURLError]]:
        """Requests the proxy refused since the last call: (URL, why)."""
        return self.browser.proxy.take_refused() if self.browser.proxy is not None else []

    def _open(self) -> None:
        devtools = self.browser.devtools
        if devtools is None:  # remote: the whole session is ours
            self.tabs = [self.driver.current_window_handle]
            return
        if self.browser.spare is not None:
            # Switching ChromeDriver to a new tab takes ~0.3 s, so the previous release prepared this one.
            self.context_id, handle = self.browser.spare
            self.browser.spare = None
            self.driver.switch_to.window(handle)
            self.tabs.append(handle)
            return
        self.context_id = devtools.call("Target.createBrowserContext", disposeOnDetach=False)["browserContextId"]
        self.new_tab()

    def new_tab(self, url: str = "about:blank") -> str:
        """Open another tab in this lease's context and switch to it (at most ``max_tabs`` per lease)."""
        if len(self.tabs) >= self.pool.config.max_tabs:
            raise BrowserError(f"A lease may keep at most {self.pool.config.max_tabs} tabs open.")
        if self.browser.devtools is None:
            self.driver.switch_to.new_window("tab")
            handle = self.driver.current_window_handle
        else:
            params = {"url": "about:blank", "browserContextId": self.context_id}
            handle = self.browser.devtools.call("Target.createTarget", **params)["targetId"]
            self.driver.switch_to.window(handle)
        self.tabs.append(handle)
        if url != "about:blank":
            self.get(url)
        return handle

    def get(self, url: str) -> None:
        """Load ``url`` in the current tab and count it towards the browser's retirement."""
        self.pages += 1
        self.browser.pages += 1
        self.driver.get(url)

    def memory_bytes(self) -> int | None:
        """Memory (PSS, bytes) of the browser serving this lease — a browser serves one lease at a time, so this is
        the task's browser footprint; None for a remote browser. Reads /proc (~50-100 ms): call it sparingly."""
        return self.browser.memory_bytes()

    def _close(self) -> None:
        devtools = self.browser.devtools
        if devtools is None:
            return
        if self.context_id:
            devtools.call("Target.disposeBrowserContext", browserContextId=self.context_id)
        self.driver.switch_to.window(self.browser.base_handle)
        if self.browser.proxy is not None:  # after the context is gone: none of its requests can follow
            self.browser.proxy.policy = None


def prepare_spare(browser: Browser) -> None:
    """Open the next lease's context and tab now, while nobody waits for it."""
    if browser.devtools is None or browser.spare is not None:
        return
    context = browser.devtools.call("Target.createBrowserContext", disposeOnDetach=False)["browserContextId"]
    handle = browser.devtools.call("Target.createTarget", url="about:blank", browserContextId=context)["targetId"]
    browser.driver.switch_to.window(handle)
    browser.spare = (context, handle)


class BrowserPool:
    """Browsers for one process. Use ``with pool.lease() as lease:`` or ``pool.run(fn)`` (retries a crash once)."""

    def __init__(self, config: PoolConfig | None = None, **overrides) -> None:
        self.config = config or PoolConfig()
        for name, value in overrides.items():
            setattr(self.config, name, value)
        self._browsers: list[Browser] = []
        self._starting = 0
        self._discarding = 0
        self._remote_major: str | None = None
        self._cond = threading.Condition()
        self._closed = False
        self._janitor: threading.Thread | None = None
        self.started = 0
        self.crashes = 0
        self.retired = 0
        atexit.register(_close_at_exit, weakref.ref(self))  # no orphaned Chromium when a script ends abruptly

    # --- leases ---------------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def lease(self, *, task_id: object | None = None, timeout: float | None = None) -> Iterator[Lease]:
        """A fresh browser context on a pooled browser. A browser found dead is replaced before the lease starts;
        one that dies during the lease is dropped and ``BrowserCrashed`` raised."""
        browser, lease = self._open_lease(task_id, timeout)
        try:
            yield lease
        except Exception as exc:
            # A dead chromedriver surfaces as urllib3 errors, a dead chrome as WebDriverException: ask the browser.
            if not browser.is_alive():
                self._discard(browser, crashed=True)
                raise BrowserCrashed(f"Browser {browser.id} died during the lease: {str(exc)[:300]}") from exc
            self._release(browser, lease)
            raise
        except BaseException:
            self._release(browser, lease)
            raise
        else:
            self._release(browser, lease)

    def run(self, work: Callable[[Lease], T], *, task_id: object | None = None, retries: int = 1) -> T:
        """``work(lease)``; if the browser dies meanwhile, run it again on a fresh browser (``retries`` times)."""
        for attempt in range(retries + 1):
            try:
                with self.lease(task_id=task_id) as lease:
                    return work(lease)
            except BrowserCrashed:
                if attempt >= retries:
                    raise
                log.warning("Browser crashed during task %s; retrying on a fresh browser.", task_id)
        raise AssertionError("unreachable")

    def _open_lease(self, task_id: object | None, timeout: float | None) -> tuple[Browser, Lease]:
        for _ in range(3):
            browser = self._acquire(timeout)
            lease = Lease(self, browser, task_id)
            try:
                lease._open()
                return browser, lease
            except Exception:
                if browser.is_alive():
                    self._release(browser, lease)
                    raise
                self._discard(browser, crashed=True)
        raise BrowserStartError("Browsers keep dying as soon as they start; see the worker log.")

    def _acquire(self, timeout: float | None) -> Browser:
        deadline = time.monotonic() + (self.config.lease_timeout if timeout is None else timeout)
        while True:
            with self._cond:
                if self._closed:
                    raise BrowserError("The browser pool is closed.")
                chosen = None
                for browser in self._browsers:
                    if not browser.busy:
                        browser.busy = True
                        chosen = browser
                        break
                if chosen is None and len(self._browsers) + self._starting < self.config.max_browsers:
                    self._starting += 1
                elif chosen is None:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise PoolTimeout(f"No browser free within the lease timeout ({self.config.max_browsers} max).")
                    self._cond.wait(remaining)
                    continue
            if chosen is not None:
                if chosen.is_alive():
                    return chosen
                self._discard(chosen, crashed=True)
                continue
            try:
                browser = self._start()
            except BaseException:
                with self._cond:
                    self._starting -= 1
                    self._cond.notify()  # a waiter may start one instead
                raise
            browser.busy = True
            with self._cond:
                self._starting -= 1
                self._browsers.append(browser)
            return browser

    def _release(self, browser: Browser, lease: Lease) -> None:
        browser.leases += 1
        if self.config.remote_url or browser.pages >= self.config.max_pages:
            self.retired += 1 if not self.config.remote_url else 0
            self._discard(browser)
            return
        try:
            lease._close()
            prepare_spare(browser)
        except Exception:
            self._discard(browser, crashed=not browser.is_alive())
            return
        browser.last_used = time.monotonic()
        with self._cond:
            browser.busy = False
            self._cond.notify()

    # --- browser lifecycle -------------------------------------------------------------------------------------
    def _start(self) -> Browser:
        c = self.config
        started = time.perf_counter()
        profile = None if c.remote_url else tempfile.mkdtemp(prefix="insight-chrome-")
        proxy = None if c.remote_url else GuardProxy()
        major = chrome_major_version(c.chrome_binary or "")  # of the real binary, not lifeline's wrapper
        if c.remote_url:  # the Grid's version, once a session told us; the local one is the best first guess
            major = self._remote_major or major
        options = chrome_options(
            binary=None if c.remote_url else lifeline.browser_binary(c.chrome_binary),
            user_data_dir=profile,
            headless=c.headless,
            window_size=c.window_size,
            user_agent=c.user_agent,
            major=major,
            proxy=proxy.start() if proxy else None,
        )
        try:
            if c.remote_url:
                driver = webdriver.Remote(command_executor=c.remote_url, options=options)
            else:
                # Driver and browser die with this process even when no cleanup runs (SIGKILL): see lifeline.py.
                service = lifeline.service(c.chromedriver_path, c.chrome_binary)
                driver = webdriver.Chrome(options=options, service=service)
        except WebDriverException as exc:
            if profile:
                shutil.rmtree(profile, ignore_errors=True)
            if proxy:
                proxy.close()
            raise BrowserStartError(f"Could not start a browser: {exc.msg}") from exc
        devtools = None
        if c.remote_url:
            self._remote_major = str(driver.capabilities.get("browserVersion", "")).split(".")[0] or None
        try:
            driver.set_page_load_timeout(c.page_load_timeout)
            if not c.remote_url:
                devtools = BrowserDevTools(driver.capabilities["goog:chromeOptions"]["debuggerAddress"])
            base_handle = driver.current_window_handle
        except Exception as exc:
            with contextlib.suppress(Exception):
                driver.quit()
            if profile:
                shutil.rmtree(profile, ignore_errors=True)
            if proxy:
                proxy.close()
            raise BrowserStartError(f"The browser started but does not answer: {exc!r}") from exc
        browser = Browser(driver=driver, base_handle=base_handle, devtools=devtools, user_data_dir=profile, proxy=proxy)
        browser.started_in = time.perf_counter() - started
        chrome = [p for p in browser.chrome_pids() if processes.process_name(p).startswith("chrom")]
        browser.chrome_pid = chrome[0] if chrome else None
        self.started += 1
        self._ensure_janitor()
        return browser

    def _discard(self, browser: Browser, *, crashed: bool = False) -> None:
        with self._cond:
            if browser in self._browsers:
                self._browsers.remove(browser)
            self._discarding += 1
        try:
            self._shut_down(browser, crashed=crashed)
        finally:
            with self._cond:
                self._discarding -= 1
                self._cond.notify_all()

    def _shut_down(self, browser: Browser, *, crashed: bool) -> None:
        if crashed:
            self.crashes += 1
        pids = browser.pids()
        if browser.devtools:
            browser.devtools.close()
        if crashed:
            processes.kill_tree(list(reversed(pids)))  # quit() would wait on a dead browser
        else:
            try:
                browser.driver.quit()
            except Exception:  # already gone: make sure nothing is left behind
                processes.kill_tree(list(reversed(pids)))
        with contextlib.suppress(Exception):
            browser.driver.service.process.wait(5)
        if browser.user_data_dir:
            shutil.rmtree(browser.user_data_dir, ignore_errors=True)
        if browser.proxy is not None:
            browser.proxy.close()

    def warm(self, count: int = 1, *, background: bool = False) -> threading.Thread | None:
        """Start browsers ahead of the first task so a task starts working at once (a worker calls this when it
        starts; ``background=True`` returns at once and warms on a thread)."""
        if background:
            thread = threading.Thread(target=self._warm_quietly, args=(count,), name="browser-pool-warm", daemon=True)
            thread.start()
            return thread
        leases = []
        try:
            for _ in range(min(count, self.config.max_browsers)):
                browser = self._acquire(None)
                leases.append(browser)
                prepare_spare(browser)
        finally:
            with self._cond:
                for browser in leases:
                    browser.busy = False
                self._cond.notify_all()

    def _warm_quietly(self, count: int) -> None:
        try:
            self.warm(count)
        except BrowserError:
            log.exception("Could not warm the browser pool")

    def reap_idle(self) -> int:
        """Close browsers unused for ``idle_seconds``; returns how many were closed."""
        now = time.monotonic()
        with self._cond:
            idle = [b for b in self._browsers if not b.busy and now - b.last_used >= self.config.idle_seconds]
            for browser in idle:
                browser.busy = True  # nobody may lease it while it closes
        for browser in idle:
            self._discard(browser)
        return len(idle)

    def _ensure_janitor(self) -> None:
        if self._janitor is not None and self._janitor.is_alive():
            return

        def sweep() -> None:
            while not self._closed:
                time.sleep(max(1.0, min(30.0, self.config.idle_seconds / 2)))
                if self._closed:
                    return
                try:
                    self.reap_idle()
                except Exception:
                    log.exception("Closing idle browsers failed")

        self._janitor = threading.Thread(target=sweep, name="browser-pool-janitor", daemon=True)
        self._janitor.start()

    def stats(self) -> dict:
        """What the pool holds now, for health pages and task events."""
        with self._cond:
            browsers = list(self._browsers)
        now = time.monotonic()
        return {
            "max_browsers": self.config.max_browsers,
            "remote": bool(self.config.remote_url),
            "started": self.started,
            "crashes": self.crashes,
            "retired": self.retired,
            "browsers": [
                {
                    "id": b.id,
                    "busy": b.busy,
                    "pages": b.pages,
                    "leases": b.leases,
                    "age_seconds": round(now - b.created_at, 1),
                    "idle_seconds": 0.0 if b.busy else round(now - b.last_used, 1),
                    "memory_bytes": b.memory_bytes(),
                }
                for b in browsers
            ],
        }

    def close(self) -> None:
        """Quit every browser, waiting for ones being closed by another thread (no orphan at exit)."""
        with self._cond:
            self._closed = True
            browsers = list(self._browsers)
        for browser in browsers:
            self._discard(browser)
        with self._cond:
            self._cond.wait_for(lambda: self._discarding == 0, timeout=15)


_pool: BrowserPool | None = None
_pool_pid: int | None = None
_pool_lock = threading.Lock()


def pool_config_from_settings() -> PoolConfig:
    from django.conf import settings

    width, _, height = settings.BROWSER_WINDOW_SIZE.partition("x")
    return PoolConfig(
        max_browsers=settings.BROWSER_POOL_MAX,
        max_pages=settings.BROWSER_MAX_PAGES,
        idle_seconds=settings.BROWSER_IDLE_SECONDS,
        max_tabs=settings.BROWSER_MAX_TABS,
        lease_timeout=settings.BROWSER_LEASE_TIMEOUT,
        page_load_timeout=settings.BROWSER_PAGE_LOAD_TIMEOUT,
        headless=settings.BROWSER_HEADLESS,
        window_size=(int(width), int(height)),
        user_agent=settings.BROWSER_USER_AGENT or None,
        chrome_binary=settings.CHROME_BINARY,
        chromedriver_path=settings.CHROMEDRIVER_PATH,
        remote_url=settings.SELENIUM_REMOTE_URL or None,
    )


def get_pool() -> BrowserPool:
    """The pool of this process, built from settings on first use (a forked worker builds its own)."""
    global _pool, _pool_pid
    with _pool_lock:
        if _pool is None or _pool_pid != os.getpid():
            _pool = BrowserPool(pool_config_from_settings())
            _pool_pid = os.getpid()
        return _pool


def _close_at_exit(ref: "weakref.ref[BrowserPool]") -> None:
    pool = ref()
    if pool is not None and not pool._closed:
        pool.close()
