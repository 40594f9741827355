"""Draft maps made in the web app, kept in one SQLite file in the app's data folder.

Each map is a story's text and its journey file under a short random id that never changes, so a link to a map
keeps working after its journey is corrected. Every version of the journey is kept as a numbered revision (with
when and a short summary of what changed), so nothing a person saves is ever lost and any version can be restored.
A map may carry the hash of its edit key (the key itself is never stored). Journeys go in and come out as
validated ``Journey`` objects: the store never holds a journey file that ``webmap.journey`` would reject.
Nothing here knows about HTTP.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from webmap.journey import Journey, loads

__all__ = ["MapRecord", "MapStore", "MapStoreError", "MapSummary", "Revision", "StaleRevision", "ID_RE",
           "SCHEMA_VERSION"]

SCHEMA_VERSION = 2
ID_RE = re.compile(r"^[0-9a-f]{12}$")
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


class MapStoreError(RuntimeError):
    """The maps database cannot be used (unreadable, or written by a newer webmap)."""


class StaleRevision(Exception):
    """A save based on a revision that is no longer the newest: someone else saved in between."""

    def __init__(self, base: int, current: int) -> None:
        super().__init__(f"revision {base} is not the newest (now {current})")
        self.base = base
        self.current = current


@dataclass(frozen=True)
class Revision:
    """One saved version of a map's journey."""

    number: int
    created: str
    summary: str
    journey_json: str = ""


@dataclass(frozen=True)
class MapSummary:
    """A line of the list of maps."""

    id: str
    title: str
    published: str | None
    legs: int
    events: int
    places: int
    created: str
    updated: str


@dataclass(frozen=True)
class MapRecord:
    """A stored map: the story, its journey file, and which revision of the journey this is."""

    id: str
    title: str
    published: str | None
    text: str
    journey_json: str
    revision: int
    created: str
    updated: str

    def journey(self) -> Journey:
        """The journey, validated again and with its text attached (quotes are checked against it)."""
        return loads(self.journey_json, text=self.text)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def new_id() -> str:
    """A fresh map id: 48 random bits, so ids cannot be guessed from one another or from the text."""
    return secrets.token_hex(6)


class MapStore:
    """The maps database. One connection per call: safe to share between the threads of a WSGI server."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._ready = False
        self._init_lock = threading.Lock()  # first use from many threads: one sets up the schema and WAL

    @classmethod
    def in_dir(cls, data_dir: str | Path) -> MapStore:
        return cls(Path(data_dir) / FILENAME)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            if not self._ready:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = _open(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise MapStoreError(f"cannot open the maps database {self.path}: {exc}") from None
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            if not self._ready:
                with self._init_lock:
                    if not self._ready:
                        self._init(conn)
            yield conn
        except sqlite3.DatabaseError as exc:
            raise MapStoreError(f"maps database {self.path}: {exc}") from None
        finally:
            conn.close()

    def _init(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise MapStoreError(f"maps database {self.path} is from a newer webmap (schema {version})")
        if version == SCHEMA_VERSION:  # set up already: nothing to write, so a read-only store still reads
            self._ready = True
            return
        conn.execute("PRAGMA journal_mode = WAL")
        if version < SCHEMA_VERSION:
            with _transaction(conn):
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
        self._ready = True

    # -- writing ---------------------------------------------------------------------------------------------
    def create(self, journey: Journey, text: str, *, title: str | None = None, published: str | None = None,
               key_hash: str | None = None) -> MapRecord:
        """Store a new map as revision 1; the journey must already be valid against ``text`` (checked again here).
        ``key_hash`` is the hash of the edit key its creator is given (see ``webmap.web.keys``)."""
        doc = _checked(journey, text)
        now = _now()
        title = title or journey.title or "Untitled story"
        with self._connect() as conn:
            for _ in range(8):
                map_id = new_id()
                try:
                    with _transaction(conn):
                        conn.execute("INSERT INTO maps (id, title, published, text, journey, legs, events, places, "
                                     "revision, created, updated, key_hash) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                                     (map_id, title, published, text, doc, len(journey.legs), len(journey.events),
                                      len(journey.places), now, now, key_hash))
                        conn.execute("INSERT INTO revisions (map_id, number, created, summary, journey) "
                                     "VALUES (?, 1, ?, 'draft made from the story', ?)", (map_id, now, doc))
                except sqlite3.IntegrityError:
                    continue
                return MapRecord(map_id, title, published, text, doc, 1, now, now)
        raise MapStoreError("could not find a free map id")  # 8 collisions in 2**48: the RNG is broken

    def save(self, map_id: str, journey: Journey, *, summary: str, base: int | None = None) -> MapRecord | None:
        """Store ``journey`` as the map's next revision; None if there is no map.

        ``base`` is the revision the change was made from: if another save came in since, nothing is written and
        ``StaleRevision`` says which revision is now the newest (None: no check, as for a whole-file upload)."""
        record = self.get(map_id)
        if record is None:
            return None
        doc = _checked(journey, record.text)
        now = _now()
        title = journey.title or record.title
        with self._connect() as conn, _transaction(conn):
            row = conn.execute("SELECT revision FROM maps WHERE id = ?", (map_id,)).fetchone()
            if row is None:
                return None
            if base is not None and base != row[0]:
                raise StaleRevision(base, row[0])
            number = row[0] + 1
            conn.execute("UPDATE maps SET journey = ?, title = ?, legs = ?, events = ?, places = ?, revision = ?, "
                         "updated = ? WHERE id = ?", (doc, title, len(journey.legs), len(journey.events),
                                                      len(journey.places), number, now, map_id))
            conn.execute("INSERT INTO revisions (map_id, number, created, summary, journey) VALUES (?, ?, ?, ?, ?)",
                         (map_id, number, now, summary[:500] or "saved", doc))
        return MapRecord(map_id, title, record.published, record.text, doc, number, record.created, now)

    def replace_journey(self, map_id: str, journey: Journey) -> MapRecord | None:
        """Put a corrected journey file in place of the old one (same id, next revision); None if there is no map."""
        return self.save(map_id, journey, summary="journey file uploaded")

    def delete(self, map_id: str) -> bool:
        if not ID_RE.match(map_id):
            return False
        with self._connect() as conn, _transaction(conn):
            conn.execute("DELETE FROM revisions WHERE map_id = ?", (map_id,))
            return conn.execute("DELETE FROM maps WHERE id = ?", (map_id,)).rowcount > 0

    # -- reading ---------------------------------------------------------------------------------------------
    def get(self, map_id: str) -> MapRecord | None:
        if not isinstance(map_id, str) or not ID_RE.match(map_id):
            return None
        with self._connect() as conn:
            row = conn.execute("SELECT id, title, published, text, journey, revision, created, updated "
                               "FROM maps WHERE id = ?", (map_id,)).fetchone()
        return None if row is None else MapRecord(*row)

    def list(self, *, limit: int = 200, offset: int = 0) -> list[MapSummary]:
        """Newest first."""
        with self._connect() as conn:
            rows = conn.execute("SELECT id, title, published, legs, events, places, created, updated FROM maps "
                                "ORDER BY created DESC, id LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return [MapSummary(*row) for row in rows]

    def key_hash(self, map_id: str) -> str | None:
        """The stored hash of the map's edit key (None: no such map, or a map nobody may edit)."""
        if not isinstance(map_id, str) or not ID_RE.match(map_id):
            return None
        with self._connect() as conn:
            row = conn.execute("SELECT key_hash FROM maps WHERE id = ?", (map_id,)).fetchone()
        return row[0] if row else None

    def revisions(self, map_id: str) -> list[Revision]:
        """Every kept revision of a map, newest first (without their journeys)."""
        with self._connect() as conn:
            rows = conn.execute("SELECT number, created, summary FROM revisions WHERE map_id = ? "
                                "ORDER BY number DESC", (map_id,)).fetchall()
        return [Revision(*row) for row in rows]

    def revision(self, map_id: str, number: int) -> Revision | None:
        with self._connect() as conn:
            row = conn.execute("SELECT number, created, summary, journey FROM revisions WHERE map_id = ? "
                               "AND number = ?", (map_id, number)).fetchone()
        return None if row is None else Revision(*row)

    def count(self) -> int:
        with self._connect() as conn:
            return conn.execute("SELECT count(*) FROM maps").fetchone()[0]


def _open(path: Path) -> sqlite3.Connection:
    """A connection; on a read-only data folder an immutable one, which reads without the WAL's shared-memory
    file (writes then fail with "readonly database", which the app answers as 503)."""
    if path.exists() and not os.access(path.parent, os.W_OK):
        return sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None)
    return sqlite3.connect(path, timeout=10, isolation_level=None)


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, taken at once (BEGIN IMMEDIATE) so a read-then-write cannot interleave."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _checked(journey: Journey, text: str) -> str:
    """The journey file to store, after proving it loads back and its quotes match the text."""
    doc = journey.to_json()
    loads(doc, text=text)
    return doc
