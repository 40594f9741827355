"""Stored maps in one SQLite file in the app's data folder (the default store).

Each thread keeps one connection and reuses it for every read and write (a request used to open its own), so a
read is one query. On a read-only data folder the connection is opened immutable and only reads; a write then
fails as "read-only". SQLite's "database or disk is full" is reported as such (HTTP 507).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from webmap.stores.base import SCHEMA_VERSION, MapStoreError, SqlStore

__all__ = ["FILENAME", "SqliteStore"]

FILENAME = "maps.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS maps (
    id TEXT PRIMARY KEY,             -- 12 hex digits, random, never reused
    title TEXT NOT NULL,
    published TEXT,                  -- the story's publication date (ISO), if the user gave it
    text TEXT NOT NULL,              -- the story, verbatim: every quote's offsets point into it
    journey TEXT NOT NULL,           -- the journey file (JSON), valid against the text
    legs INTEGER NOT NULL,
    events INTEGER NOT NULL,
    places INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    created TEXT NOT NULL,           -- ISO 8601 UTC
    updated TEXT NOT NULL,
    key_hash TEXT                    -- SHA-256 (hex) of the map's edit key (NULL: no one may edit)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS maps_created ON maps (created);
"""
_REVISIONS = """
CREATE TABLE IF NOT EXISTS revisions (
    id INTEGER PRIMARY KEY,
    map_id TEXT NOT NULL,
    number INTEGER NOT NULL,         -- 1 is the draft; maps.revision is the newest
    created TEXT NOT NULL,           -- ISO 8601 UTC
    summary TEXT NOT NULL,           -- what changed, for a person choosing a revision
    journey TEXT NOT NULL,           -- the journey file of this revision
    UNIQUE (map_id, number)
);
"""


class SqliteStore(SqlStore):
    """The maps database in one file. One connection per thread, reused: safe under a threaded WSGI server, and
    several processes may share the file (WAL, writes taken with BEGIN IMMEDIATE)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.where = str(self.path)
        self._ready = False
        self._init_lock = threading.Lock()  # first use from many threads: one sets up the schema and WAL
        self._local = threading.local()

    @classmethod
    def in_dir(cls, data_dir: str | Path) -> SqliteStore:
        return cls(Path(data_dir) / FILENAME)

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection, opened (and the schema set up) on first use."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        try:
            if not self._ready:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = _open(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise MapStoreError(f"cannot open the maps database {self.path}: {exc}", _reason(exc)) from None
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            if not self._ready:
                with self._init_lock:
                    if not self._ready:
                        self._init(conn)
        except BaseException:
            conn.close()
            raise
        self._local.conn = conn
        return conn

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """SQLite's errors as MapStoreError; a connection that failed is dropped (the next use opens another)."""
        try:
            yield
        except sqlite3.IntegrityError:
            raise  # a taken id: the caller draws another
        except sqlite3.DatabaseError as exc:
            self._drop()
            raise MapStoreError(f"maps database {self.path}: {exc}", _reason(exc)) from None

    def _drop(self) -> None:
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._errors():
            yield self._connection()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so a read-then-write cannot interleave."""
        with self._errors():
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back already (disk full)
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _duplicate(self, exc: BaseException) -> bool:
        return isinstance(exc, sqlite3.IntegrityError)

    def _init(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise MapStoreError(f"maps database {self.path} is from a newer webmap (schema {version})")
        if version == SCHEMA_VERSION:  # set up already: nothing to write, so a read-only store still reads
            self._ready = True
            return
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] == 1:  # not migrated by another process
                # Schema 1 kept only the newest journey: it becomes each map's first kept revision.
                conn.execute("ALTER TABLE maps ADD COLUMN key_hash TEXT")
                conn.execute(_REVISIONS)
                conn.execute("INSERT INTO revisions (map_id, number, created, summary, journey) SELECT id, "
                             "revision, updated, 'kept from before revisions were recorded', journey FROM maps")
            for statement in (*_SCHEMA.split(";"), _REVISIONS):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        self._ready = True

    # -- the store as a whole ---------------------------------------------------------------------------------
    def size_bytes(self) -> int:
        """The database file with its WAL and shared-memory files."""
        return sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.is_file())

    def health(self) -> str:
        self.count()
        return "ok" if os.access(self.path.parent, os.W_OK) else "read-only"

    def close(self) -> None:
        """Close this thread's connection (other threads' close when their thread ends)."""
        self._drop()


def _open(path: Path) -> sqlite3.Connection:
    """A connection; on a read-only data folder an immutable one, which reads without the WAL's shared-memory
    file (writes then fail with "readonly database", which the app answers as 503)."""
    if path.exists() and not os.access(path.parent, os.W_OK):
        return sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None,
                               check_same_thread=False)
    return sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)


def _reason(exc: BaseException) -> str | None:
    """"full" or "read-only" when SQLite (or the file system) says so."""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    if code == sqlite3.SQLITE_FULL or "full" in text or "no space" in text:
        return "full"
    if code == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return "read-only"
    return None
