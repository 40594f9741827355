"""Rate-limit counters that every server process on one machine shares: a ``limits`` storage in a SQLite file.

Flask-Limiter keeps its counters in memory by default, so two server processes behind one address would each
allow the full rate. Registering this storage under the ``webmap-sqlite`` scheme (the ``limits`` package's own
registry of storages) lets the app default to ``webmap-sqlite:///<data dir>/ratelimits.sqlite3``; a Redis or
Memcached URI works as well for processes on several machines. Only the fixed-window strategy (Flask-Limiter's
default) is supported: counters with an expiry.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import urllib.parse
from pathlib import Path

from limits.storage import Storage

SCHEME = "webmap-sqlite"
_SCHEMA = "CREATE TABLE IF NOT EXISTS counters (key TEXT PRIMARY KEY, hits INTEGER NOT NULL, expires REAL NOT NULL)"


def storage_uri(path: Path) -> str:
    return f"{SCHEME}://{urllib.parse.quote(str(path.resolve()))}"


class SQLiteLimitStorage(Storage):
    """Fixed-window counters in one SQLite file (WAL, one connection per thread)."""

    STORAGE_SCHEME = [SCHEME]

    def __init__(self, uri: str, wrap_exceptions: bool = False, **options: object) -> None:
        self.path = Path(urllib.parse.unquote(uri.split("://", 1)[1]))
        self._local = threading.local()
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)

    @property
    def base_exceptions(self) -> type[Exception]:
        return sqlite3.Error

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=5.0, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(_SCHEMA)
            self._local.conn = conn
        return conn

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        now = time.time()
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DELETE FROM counters WHERE key = ? AND expires <= ?", (key, now))
            conn.execute("INSERT INTO counters (key, hits, expires) VALUES (?, ?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET hits = hits + excluded.hits", (key, amount, now + expiry))
            (hits,) = conn.execute("SELECT hits FROM counters WHERE key = ?", (key,)).fetchone()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return int(hits)

    def get(self, key: str) -> int:
        row = self._conn().execute("SELECT hits FROM counters WHERE key = ? AND expires > ?",
                                   (key, time.time())).fetchone()
        return int(row[0]) if row else 0

    def get_expiry(self, key: str) -> float:
        row = self._conn().execute("SELECT expires FROM counters WHERE key = ? AND expires > ?",
                                   (key, time.time())).fetchone()
        return float(row[0]) if row else time.time()

    def check(self) -> bool:
        try:
            self._conn().execute("SELECT 1").fetchone()
        except sqlite3.Error:
            return False
        return True

    def reset(self) -> int | None:
        conn = self._conn()
        (n,) = conn.execute("SELECT COUNT(*) FROM counters").fetchone()
        conn.execute("DELETE FROM counters")
        return int(n)

    def clear(self, key: str) -> None:
        self._conn().execute("DELETE FROM counters WHERE key = ?", (key,))
