"""The app's heavy work, bounded: drawing a map and extracting a journey, each in a budgeted child process.

``Work`` holds the limits, the job pool and the disk cache of one app. Request threads call ``draw_map`` and
``extract_journey`` and get either a result or a ``JobError``/``LimitError`` that names the limit passed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
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
    pool: JobPool
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
        return cls(Limits.from_config(config), JobPool(budget, inline=bool(config.get("JOB_INLINE"))),
                   DiskCache(cache_dir), float(config.get("RENDER_WAIT") or RENDER_WAIT))

    def draw(self, key: str, make: Callable[[], str]) -> bytes:
        """The gzip bytes of the page ``make`` draws, from the disk cache or drawn once in a child process."""
        gz = self.cache.get(key)
        if gz is not None:
            return gz
        limits = self.limits

        def job() -> bytes:
            body = make().encode("utf-8")
            check_rendered(len(body), limits)
            return compress(body)

        gz = self.pool.run(("draw", key), job, wait=self.render_wait)
        self.cache.put(key, gz)
        return gz

    def extract(self, extract: Callable[..., Journey], gazetteer: Callable[[], Any], text: str,
                **kwargs: Any) -> Journey:
        """Extract and locate a journey from ``text`` in a child process; checked against the limits."""
        limits = self.limits

        def job() -> str:
            from webmap.locate import locate

            gaz = child_gazetteer(gazetteer())
            journey = extract(text, gaz, **kwargs)
            check_journey(journey, limits)
            journey.text = text
            locate(journey, gaz)
            return journey.to_json()

        doc = self.pool.run(("extract", time.time_ns()), job, remember=False)
        return loads_limited(doc, limits, text=text)

    def map_key(self, *parts: str | bytes | None) -> str:
        return content_key(*parts)


def child_gazetteer(gaz: Any) -> Any:
    """In a job's child: a connection of its own to the gazetteer (SQLite connections must not cross a fork),
    and an online fallback that stops asking once the story has spent its second."""
    from gazetteer.resolve import Gazetteer

    if not isinstance(gaz, Gazetteer):
        return gaz
    online = OnlineBudget(gaz.online, ONLINE_BUDGET) if gaz.online is not None else None
    return Gazetteer.open(gaz.path, build=False, progress=False, online=online)


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


__all__ = ["Work", "JobError", "OnlineBudget", "child_gazetteer"]
