"""Heavy work (extracting a journey from a story, drawing a map) off the request threads, with a budget.

Each job runs in a child process that the pool kills past its wall-clock budget and that the kernel stops past its
memory limit (``resource.setrlimit``), so a hostile story or map costs at most the budget and never holds the
memory or the GIL of the process answering ``/healthz``. Stories are extracted and maps drawn in children of a fork
server (a single-threaded process warmed up once): a child forked from the threaded server could inherit a lock
another thread held at the fork (SQLite's, a module being imported, a template cache's) and hang. Only a job that
cannot be sent to the fork server (a test's stand-in) is forked from the server itself. A few background threads each
watch one child; request threads only wait on a future, for as long as they choose. Jobs with the same key share
one run (many readers of one map start one drawing), and failures are remembered for a while so a map that cannot
be drawn is not drawn again on every view.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import signal
import threading
import time
import traceback
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from gazetteer.store import GazetteerError
from webmap.journey import JourneyError

log = logging.getLogger(__name__)


class JobError(Exception):
    """A job that did not finish: ``limit`` names the budget it ran past (or None), ``status`` the HTTP answer."""

    def __init__(self, message: str, *, status: int = 503, limit: str | None = None,
                 retry_after: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.limit = limit
        self.retry_after = retry_after


@dataclass(frozen=True)
class Budget:
    """What one job may use: wall-clock seconds and address space, and how many jobs may wait their turn."""

    seconds: float = 20.0
    memory_mb: int = 2048
    workers: int = 2
    queue: int = 16
    remember_failures: float = 300.0


def _child(fn: Callable[[], Any], conn: Any, budget: Budget) -> None:
    """Runs in the child: set the kernel's limits, run the job, send back ("ok", value) or ("err", ...)."""
    import resource

    with contextlib.suppress(ValueError, OSError):
        mem = budget.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    with contextlib.suppress(ValueError, OSError):
        cpu = int(budget.seconds) + 2  # SIGXCPU then SIGKILL: even an orphaned child stops
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    try:
        conn.send(("ok", fn()))
    except MemoryError:
        conn.send(("err", "memory", 413, "", "memory_mb"))
    except GazetteerError as exc:
        conn.send(("err", "gazetteer", 503, str(exc), "gazetteer"))
    except JobError as exc:
        conn.send(("err", "job", exc.status, exc.message, exc.limit))
    except JourneyError as exc:
        conn.send(("err", "journey", getattr(exc, "status", 422), str(exc), getattr(exc, "limit", "journey")))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which logs it
        conn.send(("err", "crash", 500, f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}", "crash"))
    finally:
        conn.close()


def _die_with_parent() -> None:
    """Linux: the kernel kills this child when its parent dies (a server killed with -9 leaves no orphans)."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


FORKSERVER_PRELOAD = ["webmap.web.warm"]


def start_forkserver() -> None:
    """Start the fork server (a single-threaded process that loads and warms webmap once, then forks a child
    per job) now rather than at the first job. Children forked from the threaded server process itself could
    inherit a lock another thread held at the fork (SQLite's memory mutex, for one) and hang on their first
    query; children of the fork server cannot."""
    from multiprocessing import forkserver

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(FORKSERVER_PRELOAD)
    forkserver.ensure_running()


def _ready() -> None:
    """A job that does nothing: when it has run, the fork server has finished its preload."""


def wait_forkserver(timeout: float = 120.0) -> None:
    """Return once the fork server has loaded and warmed up (its preload runs before it forks the first child), so
    that the first story posted is not kept waiting for it, nor competes with it for the CPU."""
    proc = multiprocessing.get_context("forkserver").Process(target=_ready, daemon=True)
    proc.start()
    proc.join(timeout)


class JobPool:
    """At most ``budget.workers`` children at a time, each watched by a thread of this pool.

    ``context``: "fork" (the job is any callable; for work that touches no SQLite and no lock other threads may
    hold) or "forkserver" (the job must pickle; see ``start_forkserver``)."""

    def __init__(self, budget: Budget | None = None, *, inline: bool = False, context: str = "fork") -> None:
        self.budget = budget or Budget()
        self.inline = inline
        self._executor = ThreadPoolExecutor(max_workers=self.budget.workers, thread_name_prefix="webmap-job")
        self._lock = threading.Lock()
        self._running: dict[Hashable, Future] = {}
        self._failed: dict[Hashable, tuple[float, JobError]] = {}
        self._ctx = multiprocessing.get_context(context)
        if context == "forkserver":
            self._ctx.set_forkserver_preload(FORKSERVER_PRELOAD)

    def submit(self, key: Hashable, fn: Callable[[], Any], *, remember: bool = True) -> Future:
        """Start ``fn`` (or join the run already going under ``key``). Raises JobError when too many wait."""
        with self._lock:
            failed = self._failed.get(key)
            if failed is not None:
                if time.monotonic() - failed[0] < self.budget.remember_failures:
                    raise failed[1]
                del self._failed[key]
            future = self._running.get(key)
            if future is not None:
                return future
            if len(self._running) >= self.budget.workers + self.budget.queue:
                raise JobError("The server is busy drawing other maps; try again in a few seconds.",
                               limit="queue", retry_after=5)
            future = self._executor.submit(self._run, key, fn, remember)
            self._running[key] = future
            return future

    def run(self, key: Hashable, fn: Callable[[], Any], wait: float | None = None, *, remember: bool = True) -> Any:
        """Submit and wait (at most ``wait`` seconds, default the whole budget); JobError when it is not done.
        ``remember``: a failure is answered again for a while without running the job."""
        future = self.submit(key, fn, remember=remember)
        timeout = self.budget.seconds + 5 if wait is None else wait
        try:
            return future.result(timeout=timeout)
        except TimeoutError:
            raise JobError("This is still being worked on; try again in a few seconds.", retry_after=2,
                           limit=None) from None

    def _run(self, key: Hashable, fn: Callable[[], Any], remember: bool) -> Any:
        try:
            return self._inline(fn) if self.inline else self._in_child(fn)
        except JobError as exc:
            if remember and exc.limit not in (None, "queue", "gazetteer"):
                with self._lock:
                    self._failed[key] = (time.monotonic(), exc)
            raise
        finally:
            with self._lock:
                self._running.pop(key, None)

    def _inline(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except MemoryError:
            raise self._memory_error() from None
        except JourneyError as exc:
            raise JobError(str(exc), status=getattr(exc, "status", 422), limit=getattr(exc, "limit", "journey")) \
                from None

    def _memory_error(self) -> JobError:
        return JobError(f"This needed more than the {self.budget.memory_mb:,} MB of memory one job may use.",
                        status=413, limit="memory_mb")

    def _in_child(self, fn: Callable[[], Any]) -> Any:
        parent, child = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(target=_child, args=(fn, child, self.budget), daemon=True)
        proc.start()
        child.close()
        try:
            if not parent.poll(self.budget.seconds):
                raise JobError(f"This took longer than the {self.budget.seconds:g} s one job may take; it was "
                               "stopped.", status=503, limit="seconds")
            try:
                reply = parent.recv()
            except (EOFError, OSError):
                raise self._death(proc) from None
        finally:
            if proc.is_alive():
                proc.kill()
            proc.join(5)
            parent.close()
        if reply[0] == "ok":
            return reply[1]
        _, kind, status, message, limit = reply
        if kind == "memory":
            raise self._memory_error()
        if kind == "gazetteer":
            log.error("gazetteer unavailable: %s", message)
            raise JobError("The place database (gazetteer) could not be opened. The reason is in the server's log.",
                           status=503, limit="gazetteer")
        if kind == "crash":
            log.error("a job failed: %s", message)
            raise JobError("The work failed; the problem has been logged.", status=500, limit="crash")
        raise JobError(message, status=status, limit=limit)

    def _death(self, proc: Any) -> JobError:
        """A child that died without a word: the kernel stopped it (CPU or memory limit), or it crashed."""
        proc.join(1)
        if proc.exitcode in (-signal.SIGXCPU, -signal.SIGKILL):
            return JobError(f"This took longer than the {self.budget.seconds:g} s one job may take; it was "
                            "stopped.", status=503, limit="seconds")
        if proc.exitcode == -signal.SIGSEGV:
            return self._memory_error()
        return JobError(f"The worker process died (exit {proc.exitcode}).", status=500, limit="crash")

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

