"""Stored maps in PostgreSQL, so that several app processes (on one machine or many) share one store.

The same tables and meaning as the SQLite file (``webmap.stores.sqlite``): maps, numbered revisions, edit-key
hashes, schema version 2 (kept in ``webmap_meta``). Connections come from a small pool (psycopg_pool); a read
on a connection the server has dropped (a restart, an idle timeout) is tried once more after the pool has thrown
away its broken connections, so it costs no failed read, and no extra round trip when all is well. A save locks
its map's row (``SELECT ... FOR UPDATE``), so two processes saving the same map at once get one revision each or
a ``StaleRevision``, never a lost write. Tables are created in the connection's ``search_path``; a read-only server
(a hot standby, ``default_transaction_read_only``) still serves reads, and its writes fail as "read-only".
Needs the ``postgres`` extra: ``pip install 'webmap[postgres]'``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from webmap.stores.base import SCHEMA_VERSION, MapStoreError, SqlStore, StoreFull

__all__ = ["PostgresStore", "POOL_SIZE"]

POOL_SIZE = 10  # waitress's 8 request threads, /healthz and the size check
CONNECT_TIMEOUT = 5  # seconds to reach the server; then a request gets a 503 rather than waiting
_INIT_LOCK_KEY = 0x7765626D6170  # "webmap": serialises creating the tables between processes starting at once

_SCHEMA = """
CREATE TABLE IF NOT EXISTS maps (
    id text PRIMARY KEY,             -- 12 hex digits, random, never reused
    title text NOT NULL,
    published text,                  -- the story's publication date (ISO), if the user gave it
    text text NOT NULL,              -- the story, verbatim: every quote's offsets point into it
    journey text NOT NULL,           -- the journey file (JSON), valid against the text
    legs integer NOT NULL,
    events integer NOT NULL,
    places integer NOT NULL,
    revision integer NOT NULL DEFAULT 1,
    created text NOT NULL,           -- ISO 8601 UTC, as in the SQLite store
    updated text NOT NULL,
    key_hash text                    -- SHA-256 (hex) of the map's edit key (NULL: no one may edit)
);
CREATE INDEX IF NOT EXISTS maps_created ON maps (created);
CREATE TABLE IF NOT EXISTS revisions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    map_id text NOT NULL,
    number integer NOT NULL,         -- 1 is the draft, maps.revision the newest
    created text NOT NULL,
    summary text NOT NULL,           -- what changed, for a person choosing a revision
    journey text NOT NULL,           -- the journey file of this revision
    UNIQUE (map_id, number)
);
CREATE TABLE IF NOT EXISTS webmap_meta (key text PRIMARY KEY, value text NOT NULL)
"""


# How many maps there are, kept in the same transactions that add and delete them (count(*) reads every row).
_GET_COUNT = "SELECT value::bigint FROM webmap_meta WHERE key = 'maps'"
_INIT_COUNT = ("INSERT INTO webmap_meta (key, value) SELECT 'maps', count(*)::text FROM maps "
               "ON CONFLICT (key) DO NOTHING")
_ADD_ONE = ("UPDATE webmap_meta SET value = (value::bigint + 1)::text WHERE key = 'maps' AND value::bigint < ? "
            "RETURNING value")


def _psycopg() -> Any:
    try:
        import psycopg
        import psycopg_pool
    except ImportError:
        raise MapStoreError("a PostgreSQL store needs psycopg: pip install 'webmap[postgres]' "
                            "(make install adds it)") from None
    return psycopg, psycopg_pool


def public_url(conninfo: str) -> str:
    """The server and database a connection string names, without its password (for logs and /healthz)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(conninfo)
    except Exception:  # noqa: BLE001 - a string psycopg cannot read is reported when it connects
        return "postgresql://?"
    user = f"{parts['user']}@" if parts.get("user") else ""
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{parts.get('host', '')}{port}/{parts.get('dbname', '')}"


class PostgresStore(SqlStore):
    """The maps database on a PostgreSQL server, shared by every process that names the same database."""

    PARAM = "%s"
    LOCK_ROW = " FOR UPDATE"

    def __init__(self, conninfo: str, *, pool_size: int = POOL_SIZE) -> None:
        self._psycopg, self._psycopg_pool = _psycopg()
        self.conninfo = conninfo
        self.where = public_url(conninfo)
        self._pool_size = pool_size
        self._pool_obj: Any = None
        self._ready = False
        self._pool_lock = threading.Lock()
        self._init_lock = threading.Lock()

    def _pool(self) -> Any:
        if self._pool_obj is None:
            with self._pool_lock:
                if self._pool_obj is None:
                    pool_class = self._psycopg_pool.ConnectionPool
                    self._pool_obj = pool_class(
                        self.conninfo, min_size=1, max_size=self._pool_size, open=True, timeout=CONNECT_TIMEOUT,
                        name="webmap-maps",
                        kwargs={"autocommit": True, "connect_timeout": CONNECT_TIMEOUT,
                                "application_name": "webmap"})
        return self._pool_obj

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """psycopg's errors as MapStoreError with the reason the app answers by; a taken id passes through."""
        errors = self._psycopg.errors
        try:
            yield
        except errors.UniqueViolation:
            raise
        except errors.DiskFull as exc:
            raise MapStoreError(f"maps database {self.where}: the server's disk is full ({_first_line(exc)})",
                                "full") from None
        except errors.ReadOnlySqlTransaction as exc:
            raise MapStoreError(f"maps database {self.where} is read-only ({_first_line(exc)})",
                                "read-only") from None
        except self._psycopg_pool.PoolTimeout as exc:
            raise MapStoreError(f"cannot reach the maps database {self.where}: {_first_line(exc)}") from None
        except self._psycopg.OperationalError as exc:
            if self._pool_obj is not None:  # the server dropped this connection: it may have dropped the others
                with contextlib.suppress(Exception):
                    self._pool_obj.check()
            raise _Dropped(f"maps database {self.where}: {_first_line(exc)}") from None
        except self._psycopg.Error as exc:
            raise MapStoreError(f"maps database {self.where}: {_first_line(exc)}") from None

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Any]:
        with self._errors():
            self._ensure_schema()
            with self._pool().connection() as conn:
                yield conn

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Any]:
        with self._errors():
            self._ensure_schema()
            with self._pool().connection() as conn, conn.transaction():
                yield conn

    def _rows(self, statement: str, args: tuple = ()) -> list[tuple]:
        """A read, tried once more when the server dropped the connection it was given (by then the pool has
        thrown away every connection that no longer works). A write is not tried again: it may have landed."""
        try:
            return super()._rows(statement, args)
        except _Dropped:
            return super()._rows(statement, args)

    def _count_new_map(self, execute: Any, max_maps: int | None) -> None:
        """One more map on the counter row, unless it says the store is full: the row stays locked until the map
        is committed (or rolled back with it), so makers in every process take turns at the cap, and reading the
        count costs one row instead of count(*) over every map."""
        limit = 2**62 if max_maps is None else max_maps
        row = execute(_ADD_ONE, (limit,)).fetchone()
        if row is None:
            count = execute(_GET_COUNT).fetchone()
            raise StoreFull(int(count[0]) if count else limit, limit)

    def _count_deleted_map(self, execute: Any) -> None:
        execute("UPDATE webmap_meta SET value = (value::bigint - 1)::text WHERE key = 'maps'")

    def count(self) -> int:
        row = self._row(_GET_COUNT)
        return int(row[0]) if row else super().count()

    def _duplicate(self, exc: BaseException) -> bool:
        return isinstance(exc, self._psycopg.errors.UniqueViolation)

    def _value(self, value: Any) -> Any:
        """NUL, which a journey's title (and so a summary) may hold but PostgreSQL's text may not, stored as
        U+FFFD; journey files never hold one raw (JSON escapes it), and stories cannot (they are refused)."""
        return value.replace("\x00", "\ufffd") if isinstance(value, str) and "\x00" in value else value

    def _ensure_schema(self) -> None:
        if self._ready:
            return
        with self._init_lock, self._pool().connection() as conn:
            if self._ready:
                return
            version = _schema_version(conn)
            if version < SCHEMA_VERSION:  # only then write: a read-only server that has the tables still reads
                with conn.transaction():
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK_KEY,))
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            conn.execute(statement)
                    conn.execute("INSERT INTO webmap_meta (key, value) VALUES ('schema', %s) ON CONFLICT (key) "
                                 "DO NOTHING", (str(SCHEMA_VERSION),))
                version = _schema_version(conn)
            if version > SCHEMA_VERSION:
                raise MapStoreError(f"maps database {self.where} is from a newer webmap (schema {version})")
            if conn.execute(_GET_COUNT).fetchone() is None:  # tables made before the count was kept
                with contextlib.suppress(self._psycopg.errors.ReadOnlySqlTransaction), conn.transaction():
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK_KEY,))
                    conn.execute(_INIT_COUNT)
            self._ready = True

    # -- the store as a whole ---------------------------------------------------------------------------------
    def size_bytes(self) -> int:
        """The two tables with their indexes and out-of-line (TOAST) values."""
        return int(self._row("SELECT pg_total_relation_size('maps') + pg_total_relation_size('revisions')")[0])

    def health(self) -> str:
        # The tables answer (a probe, not a count: count(*) reads every row in PostgreSQL), and may be written?
        row = self._row("SELECT EXISTS (SELECT 1 FROM maps), current_setting('transaction_read_only')")
        return "read-only" if row[1] == "on" else "ok"

    def close(self) -> None:
        with self._pool_lock:
            if self._pool_obj is not None:
                self._pool_obj.close()
                self._pool_obj = None


class _Dropped(MapStoreError):
    """The connection failed (the server went away, or dropped it): a read may be tried again."""


def _schema_version(conn: Any) -> int:
    """0 when the tables are not there yet."""
    if conn.execute("SELECT to_regclass('webmap_meta')").fetchone()[0] is None:
        return 0
    row = conn.execute("SELECT value FROM webmap_meta WHERE key = 'schema'").fetchone()
    return int(row[0]) if row else 0


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
