"""Local browsers die with the process that owns them, however it dies (SIGTERM, SIGKILL, a crash).

No cleanup handler runs when a Django-Q worker is terminated, so the kernel does the work: ChromeDriver is started
with ``PR_SET_PDEATHSIG = SIGKILL`` and Chromium through ``chromium-lifeline``, which gives Chromium the same signal
bound to ChromeDriver. Chromium's own helpers (zygote, renderers, GPU) exit when their browser process is gone.

The kernel sends the parent-death signal when the *thread* that forked the child exits, not the process. A
ChromeDriver forked from a short-lived thread (``warm(background=True)``, a request thread) would die with it, so
every ChromeDriver of a process is forked from one daemon thread that lives as long as the process.
"""

import ctypes
import functools
import logging
import os
import queue
import shutil
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from selenium.webdriver.chrome.service import Service

log = logging.getLogger(__name__)
T = TypeVar("T")

PR_SET_PDEATHSIG = 1
WRAPPER = Path(__file__).with_name("chromium-lifeline")
REAL_BINARY_ENV = "INSIGHT_CHROMIUM_BINARY"

try:
    _prctl = ctypes.CDLL(None, use_errno=True).prctl  # resolved now: the forked child must not load anything
except (OSError, AttributeError):  # not Linux/glibc: browsers fall back to the pool's close() at exit
    _prctl = None


def die_with_parent(parent_pid: int) -> None:
    """``preexec_fn`` run in the forked child before exec: SIGKILL when the forking thread ends; exit at once if the
    parent already died between fork and here (the signal would never come)."""
    if _prctl is not None:
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:
        os._exit(1)


class _Launcher:
    """One long-lived daemon thread that runs the forks of this process (see the module docstring)."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._serve, name="browser-launcher", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            work, done = self.jobs.get()
            try:
                done["result"] = work()
            except BaseException as exc:  # handed back to the caller, who re-raises it
                done["error"] = exc
            done["event"].set()

    def run(self, work: Callable[[], T]) -> T:
        if threading.current_thread() is self.thread:
            return work()
        done: dict = {"event": threading.Event()}
        self.jobs.put((work, done))
        done["event"].wait()
        if "error" in done:
            raise done["error"]
        return done["result"]


_launcher: _Launcher | None = None
_launcher_lock = threading.Lock()


def launcher() -> _Launcher:
    """This process's launcher thread (a forked worker gets its own: threads do not survive fork)."""
    global _launcher
    with _launcher_lock:
        if _launcher is None or _launcher.pid != os.getpid() or not _launcher.thread.is_alive():
            _launcher = _Launcher()
        return _launcher


class LifelineService(Service):
    """ChromeDriver that is SIGKILLed by the kernel when this process ends."""

    def _start_process(self, path: str) -> None:
        def start() -> None:
            self.popen_kw["preexec_fn"] = functools.partial(die_with_parent, os.getpid())
            super(LifelineService, self)._start_process(path)

        launcher().run(start)


@functools.cache
def chromium_wrapper_available() -> bool:
    """``chromium-lifeline`` needs util-linux's ``setpriv`` and an executable checkout of this package."""
    usable = _prctl is not None and shutil.which("setpriv") is not None and os.access(WRAPPER, os.X_OK)
    if not usable:
        log.warning("Chromium will not die with ChromeDriver (setpriv or %s missing or not executable).", WRAPPER)
    return usable


def service(chromedriver_path: str | None, chrome_binary: str | None) -> Service:
    """A ChromeDriver service whose driver and browser die with this process. With the wrapper, ChromeDriver is
    told (``binary_location``) to start ``chromium-lifeline``, which execs ``chrome_binary`` from this env."""
    env = dict(os.environ)
    if chrome_binary:
        env[REAL_BINARY_ENV] = chrome_binary
    kwargs = {"executable_path": chromedriver_path} if chromedriver_path else {}
    return LifelineService(env=env, **kwargs)


def browser_binary(chrome_binary: str | None) -> str | None:
    """What ChromeDriver should run: the wrapper when it works, else the plain binary."""
    if chrome_binary and chromium_wrapper_available():
        return str(WRAPPER)
    return chrome_binary
