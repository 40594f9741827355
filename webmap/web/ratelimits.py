"""Rate-limit counters that every server process shares: ``limits`` storages in a SQLite file or in PostgreSQL.

Flask-Limiter keeps its counters in memory by default, so two server processes behind one address would each
allow the full rate. Registering these storages under the ``webmap-sqlite`` and ``webmap-postgresql`` schemes (the
``limits`` package's own registry of storages) lets the app default to ``webmap-sqlite:///<data dir>/
ratelimits.sqlite3`` (the processes of one machine), or, when the maps live in PostgreSQL, to the same database
(the processes of every machine that shares the store); a Redis or Memcached URI works as well. Only the
fixed-window strategy (Flask-Limiter's default) is supported: counters with an expiry.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import urllib.parse
from pathlib import Path

from limits.storage import Storage

SCHEME = "webmap-sqlite"
PG_SCHEME = "webmap-postgresql"
_SCHEMA = "CREATE TABLE IF NOT EXISTS counters (key TEXT PRIMARY KEY, hits INTEGER NOT NULL, expires REAL NOT NULL)"


def storage_uri(path: Path) -> str:
    return f"{SCHEME}://{urllib.parse.quote(str(path.resolve()))}"


def postgres_storage_uri(store_url: str) -> str:
    """The counters in the database a ``postgresql://`` (or ``postgres://``) store URL names."""
    return f"{PG_SCHEME}://{store_url.split('://', 1)[1]}"


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


_PG_TABLE = "webmap_ratelimits"
_PG_SCHEMA = (f"CREATE TABLE IF NOT EXISTS {_PG_TABLE} (key text PRIMARY KEY, hits bigint NOT NULL, "
              "expires double precision NOT NULL)")
_PG_NOW = "extract(epoch FROM clock_timestamp())"  # the server's clock: one clock for every machine
# One statement per hit: a new window when the row is missing or expired, else one more hit in the current one.
# ON CONFLICT DO UPDATE locks the row, so hits from many processes at once are each counted exactly once.
_PG_INCR = (f"INSERT INTO {_PG_TABLE} AS c (key, hits, expires) VALUES (%(key)s, %(amount)s, {_PG_NOW} + %(expiry)s) "
            f"ON CONFLICT (key) DO UPDATE SET "
            f"hits = CASE WHEN c.expires <= {_PG_NOW} THEN excluded.hits ELSE c.hits + excluded.hits END, "
            f"expires = CASE WHEN c.expires <= {_PG_NOW} THEN excluded.expires ELSE c.expires END "
            f"RETURNING hits")
_PG_LOCK_KEY = 0x7765626D6172  # serialises creating the table between processes starting at once
PRUNE_SECONDS = 300  # how often a process deletes the rows of windows that ended (keys never hit again)
PG_POOL_SIZE = 4


class PostgresLimitStorage(Storage):
    """Fixed-window counters in a table of the maps' PostgreSQL database, shared by every machine using it."""

    STORAGE_SCHEME = [PG_SCHEME]

    def __init__(self, uri: str, wrap_exceptions: bool = False, **options: object) -> None:
        from webmap.stores.postgres import _psycopg

        self._psycopg, pool = _psycopg()
        self.conninfo = "postgresql://" + uri.split("://", 1)[1]
        self._pool = pool.ConnectionPool(self.conninfo, min_size=0, max_size=PG_POOL_SIZE, open=False,
                                         timeout=5, name="webmap-ratelimits",
                                         kwargs={"autocommit": True, "connect_timeout": 5,
                                                 "application_name": "webmap-ratelimits"})
        self._opened = threading.Lock()
        self._ready = False
        self._pruned = time.monotonic()
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)

    @property
    def base_exceptions(self) -> type[Exception]:
        return self._psycopg.Error

    def _execute(self, statement: str, args: dict | tuple = ()) -> list[tuple]:
        if not self._ready:
            with self._opened:
                if not self._ready:
                    self._pool.open()
                    with self._pool.connection() as conn, conn.transaction():
                        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK_KEY,))
                        conn.execute(_PG_SCHEMA)
                    self._ready = True
        with self._pool.connection() as conn:
            cur = conn.execute(statement, args)
            return cur.fetchall() if cur.description else []

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        (hits,), = self._execute(_PG_INCR, {"key": key, "amount": amount, "expiry": float(expiry)})
        if time.monotonic() - self._pruned > PRUNE_SECONDS:
            self._pruned = time.monotonic()
            self._execute(f"DELETE FROM {_PG_TABLE} WHERE expires < {_PG_NOW} - 60")
        return int(hits)

    def get(self, key: str) -> int:
        rows = self._execute(f"SELECT hits FROM {_PG_TABLE} WHERE key = %s AND expires > {_PG_NOW}", (key,))
        return int(rows[0][0]) if rows else 0

    def get_expiry(self, key: str) -> float:
        """When the window ends, on this machine's clock (the server's end, less how far ahead its clock is)."""
        rows = self._execute(f"SELECT expires - {_PG_NOW} FROM {_PG_TABLE} WHERE key = %s AND expires > {_PG_NOW}",
                             (key,))
        return time.time() + (float(rows[0][0]) if rows else 0.0)

    def check(self) -> bool:
        try:
            self._execute("SELECT 1")
        except Exception:  # noqa: BLE001 - any failure means "not usable now"
            return False
        return True

    def reset(self) -> int | None:
        rows = self._execute(f"WITH gone AS (DELETE FROM {_PG_TABLE} RETURNING 1) SELECT count(*) FROM gone")
        return int(rows[0][0])

    def clear(self, key: str) -> None:
        self._execute(f"DELETE FROM {_PG_TABLE} WHERE key = %s", (key,))

    def close(self) -> None:
        self._pool.close()
