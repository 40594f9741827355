"""The app's heavy work, bounded: drawing a map and extracting a journey, each in a budgeted child process.

``Work`` holds the limits, the job pool and the disk cache of one app. Request threads call ``draw_map`` and
``extract_journey`` and get either a result or a ``JobError``/``LimitError`` that names the limit passed.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import pickle
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from webmap.journey import Journey
from webmap.web.cache import DiskCache, compress, content_key
from webmap.web.jobs import Budget, JobError, JobPool
from webmap.web.limits import Limits, check_journey, check_rendered, loads_limited

log = logging.getLogger(__name__)

RENDER_WAIT = 3.0  # seconds a reader waits for a map being drawn before a "being drawn" page that refreshes
ONLINE_BUDGET = 1.0  # seconds of online geocoding one story may spend


@dataclass
class Work:
    limits: Limits
    pool: JobPool  # drawing code that cannot travel to the fork server (a test's stand-in): forked from here
    draws: JobPool  # drawing: forked from the fork server
    extracts: JobPool  # extraction: forked from the fork server
    inline_extracts: JobPool
    cache: DiskCache
    render_wait: float = RENDER_WAIT

    @classmethod
    def from_config(cls, config: Mapping[str, Any], data_dir: Path) -> Work:
        """Config: JOB_SECONDS, JOB_MEMORY_MB, JOB_WORKERS, JOB_INLINE (tests), RENDER_CACHE_DIR, RENDER_WAIT,
        and the LIMIT_* keys of ``Limits``."""
        defaults = Budget()
        budget = Budget(seconds=float(config.get("JOB_SECONDS") or defaults.seconds),
                        memory_mb=int(config.get("JOB_MEMORY_MB") or defaults.memory_mb),
                        workers=int(config.get("JOB_WORKERS") or defaults.workers))
        cache_dir = config.get("RENDER_CACHE_DIR", data_dir / "rendered")
        inline = bool(config.get("JOB_INLINE"))
        return cls(Limits.from_config(config), JobPool(budget, inline=inline),
                   JobPool(budget, inline=inline, context="forkserver"),
                   JobPool(budget, inline=inline, context="forkserver"), JobPool(budget, inline=True),
                   DiskCache(cache_dir), float(config.get("RENDER_WAIT") or RENDER_WAIT))

    def draw(self, key: str, prepare: Callable[[], Any], make: Callable[..., str], **options: Any) -> bytes:
        """The gzip bytes of the page ``make(prepare(), **options)`` draws: from the disk cache, or ``prepare``
        here and ``make`` once in a child of the fork server. A child forked from this threaded process could
        inherit a lock another thread held at the fork (a module being imported, a template cache) and hang until
        its budget ran out; only a ``make`` that cannot be sent there (a test's stand-in) is forked from here."""
        gz = self.cache.get(key)
        if gz is not None:
            return gz
        job = functools.partial(draw_job, make, prepare(), options, self.limits)
        pool = self.draws if travels(make) else self.pool  # the journey and options are plain data: they travel
        gz = pool.run(("draw", key), job, wait=self.render_wait)
        self.cache.put(key, gz)
        return gz

    def extract(self, extract: Callable[..., Journey], gazetteer: Any, text: str, **kwargs: Any) -> Journey:
        """Extract and locate a journey from ``text`` in a child of the fork server; checked against the limits.
        An extractor or gazetteer that cannot be sent to another process (a test's stand-in) runs in a thread."""
        job = functools.partial(extract_job, extract, gazetteer_ref(gazetteer), text, kwargs, self.limits)
        pool = self.extracts
        if not travels(job):
            job = functools.partial(extract_job, extract, gazetteer, text, kwargs, self.limits)
            pool = self.inline_extracts
        doc = pool.run(("extract", time.time_ns()), job, remember=False)
        return loads_limited(doc, self.limits, text=text)

    def map_key(self, *parts: str | bytes | None) -> str:
        return content_key(*parts)


def travels(obj: Any) -> bool:
    """Whether ``obj`` can be sent to the fork server's child (pickled: module-level functions and plain data)."""
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True


def draw_job(make: Callable[..., str], prepared: Any, options: dict[str, Any], limits: Limits) -> bytes:
    """One page drawn, in a child: its gzip bytes, within the limit on drawn output."""
    body = make(prepared, **options).encode("utf-8")
    check_rendered(len(body), limits)
    return compress(body)


def warm_up(state: Any) -> float:
    """Extract, locate and draw the seed story once in this process, so that every forked job starts with the
    modules, data files and caches that a first extraction loads (1.5 s cold, under 20 ms warm). Seconds taken."""
    from webmap.locate import locate
    from webmap.render import map_html
    from webmap.seed import SEED_TEXT, data_path

    t0 = time.monotonic()
    extract = state.extract()
    if extract is not None:
        gaz = state.gazetteer()
        journey = extract(data_path(SEED_TEXT).read_text(encoding="utf-8"), gaz)
        locate(journey, gaz)
    map_html(state.seed.located(), tiles=state.tiles)
    return time.monotonic() - t0


@dataclass(frozen=True)
class GazetteerRef:
    """A gazetteer as a child process reopens it: its file, and whether it asks online."""

    path: str
    online: bool


def gazetteer_ref(gaz: Any) -> Any:
    """What to send a child for ``gaz``: a GazetteerRef for a real one (its SQLite connection cannot travel)."""
    if type(gaz).__name__ != "Gazetteer":
        return gaz
    return GazetteerRef(str(gaz.path), getattr(gaz, "online", None) is not None)


def open_ref(ref: Any) -> Any:
    """In the child: the fork server's warm gazetteer when it is the same file, else the file opened afresh."""
    if not isinstance(ref, GazetteerRef):
        return ref
    from gazetteer.resolve import Gazetteer
    from webmap.web import warm

    gaz = warm.GAZETTEER
    if gaz is None or str(gaz.path) != ref.path:
        gaz = Gazetteer.open(Path(ref.path), build=False, progress=False, read_only=not ref.online)
    if ref.online and gaz.online is None:
        from gazetteer.geocoder import online_from_env

        gaz.online = online_from_env(force=True)
    return gaz


def extract_job(extract: Callable[..., Journey], gazetteer: Any, text: str, kwargs: dict[str, Any],
                limits: Limits) -> str:
    """One story's extraction, in a child: the journey file, located and within the limits."""
    from webmap.locate import locate

    with online_budget(open_ref(gazetteer)) as gaz:
        journey = extract(text, gaz, **kwargs)
        check_journey(journey, limits)
        journey.text = text
        locate(journey, gaz)
    return journey.to_json()


@contextlib.contextmanager
def online_budget(gaz: Any, seconds: float = ONLINE_BUDGET) -> Iterator[Any]:
    """The gazetteer with an online fallback that stops asking once one story has spent ``seconds``.

    A job's child uses the gazetteer it inherited rather than reopening it: a fresh one starts with cold caches
    (1.7 s for the seed story instead of 30 ms). Its SQLite connection only reads, and POSIX locks are not
    inherited, so the child takes its own; a child that hangs on a lock held across the fork is killed by its
    budget like any other."""
    online = getattr(gaz, "online", None) if type(gaz).__name__ == "Gazetteer" else None
    if online is None or isinstance(online, OnlineBudget):
        yield gaz
        return
    gaz.online = OnlineBudget(online, seconds)
    try:
        yield gaz
    finally:
        gaz.online = online


class OnlineBudget:
    """The online fallback's interface (``resolve``) with a total time budget for one story."""

    def __init__(self, online: Any, seconds: float) -> None:
        self._online = online
        self._deadline = time.monotonic() + seconds
        self._calls = 0

    def resolve(self, store: Any, name: str, **kwargs: Any) -> Any:
        left = self._deadline - time.monotonic()
        wait = float(getattr(self._online, "min_delay", 0.0)) if self._calls else 0.0  # its rate limit sleeps
        if left <= wait + 0.05:
            log.info("online geocoding budget spent: %r not looked up", name)
            return None
        self._online.timeout = min(float(getattr(self._online, "timeout", left)), left - wait)
        self._calls += 1
        return self._online.resolve(store, name, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._online, name)


__all__ = ["Work", "JobError", "OnlineBudget", "online_budget", "warm_up"]
