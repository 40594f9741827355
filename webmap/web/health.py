"""What ``/healthz`` reports: the maps store (writable, read-only, unreadable) and the gazetteer (whole or
damaged inside, checked with SQLite's ``quick_check`` in the background, and rebuilt beside the old file when
damaged, then swapped in). Answers at once: the slow checks never run on the request thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CHECK_EVERY = 600.0  # seconds between two checks of the gazetteer file


def store_status(store: Any) -> str:
    """'ok', 'read-only' (reads still served) or 'unreadable: why'."""
    from webmap.stores import MapStoreError

    try:
        return store.health()
    except MapStoreError as exc:
        return f"unreadable: {exc}"


class GazetteerHealth:
    """The last verdict on the gazetteer file, refreshed by a background thread; a damaged file is rebuilt."""

    def __init__(self, path: Path | None, *, rebuild: bool = True) -> None:
        self.path = path
        self.rebuild = rebuild
        self.status = "not checked yet" if path else "not checked (no gazetteer file)"
        self._lock = threading.Lock()
        self._checked = 0.0
        self._running = False

    def current(self) -> str:
        """The last verdict; starts a new check in the background when the last one is old."""
        if self.path is not None and time.monotonic() - self._checked > CHECK_EVERY:
            self.check_soon()
        return self.status

    def check_soon(self) -> None:
        with self._lock:
            if self._running or self.path is None:
                return
            self._running = True
        threading.Thread(target=self._check, name="webmap-gazetteer-check", daemon=True).start()

    def check_now(self) -> str:
        self._check()
        return self.status

    def _check(self) -> None:
        try:
            problem = quick_check(self.path)
            self.status = "ok" if problem is None else f"damaged: {problem}"
            if problem is not None:
                log.error("gazetteer %s is damaged (%s)%s", self.path, problem,
                          "; rebuilding it" if self.rebuild else "")
                if self.rebuild:
                    self.status = f"damaged: {problem}; rebuilding"
                    rebuild(self.path)
                    self.status = "ok" if quick_check(self.path) is None else f"damaged: {problem}"
                    log.warning("gazetteer %s rebuilt: %s", self.path, self.status)
        except Exception as exc:  # noqa: BLE001 - a check that fails is a verdict, not a crash
            self.status = f"damaged: {exc}"
            log.exception("gazetteer check failed")
        finally:
            self._checked = time.monotonic()
            self._running = False


def quick_check(path: Path) -> str | None:
    """None when SQLite reads every page of the file without complaint, else what it found."""
    if not path.exists():
        return "missing"
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.Error as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows)[:300]


def rebuild(path: Path) -> None:
    """Build a new gazetteer beside the damaged one and swap it in (readers that have the old file open keep it
    until they reopen; each job opens it afresh)."""
    from gazetteer.resolve import Gazetteer

    fresh = path.with_name(path.name + ".rebuild")
    with contextlib.suppress(OSError):
        fresh.unlink()
    Gazetteer.open(fresh, build=True, progress=False).close()
    os.replace(fresh, path)


def gazetteer_path(configured: Any) -> Path | None:
    """The file behind the app's gazetteer: the configured object's ``path``, else the default location."""
    if configured is not None:
        try:
            path = getattr(configured, "path", None)
        except Exception:  # noqa: BLE001 - a gazetteer that cannot even say where it is: nothing to check
            return None
        return Path(path) if isinstance(path, (str, Path)) else None
    from gazetteer.store import default_path

    return default_path()
