"""Draft maps made in the web app, kept in one SQLite file in the app's data folder.

Each map is a story's text and its journey file under a short random id that never changes, so a link to a map
keeps working after its journey is corrected. Journeys go in and come out as validated ``Journey`` objects: the
store never holds a journey file that ``webmap.journey`` would reject. Nothing here knows about HTTP.
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

__all__ = ["MapRecord", "MapStore", "MapStoreError", "MapSummary", "ID_RE", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1
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
    updated TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS maps_created ON maps (created);
"""


class MapStoreError(RuntimeError):
    """The maps database cannot be used (unreadable, or written by a newer webmap)."""


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
        conn.executescript(_SCHEMA)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self._ready = True

    # -- writing ---------------------------------------------------------------------------------------------
    def create(self, journey: Journey, text: str, *, title: str | None = None,
               published: str | None = None) -> MapRecord:
        """Store a new map; the journey must already be valid against ``text`` (it is checked again here)."""
        doc = _checked(journey, text)
        now = _now()
        title = title or journey.title or "Untitled story"
        with self._connect() as conn:
            for _ in range(8):
                map_id = new_id()
                try:
                    conn.execute("INSERT INTO maps (id, title, published, text, journey, legs, events, places, "
                                 "revision, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                                 (map_id, title, published, text, doc, len(journey.legs), len(journey.events),
                                  len(journey.places), now, now))
                except sqlite3.IntegrityError:
                    continue
                return MapRecord(map_id, title, published, text, doc, 1, now, now)
        raise MapStoreError("could not find a free map id")  # 8 collisions in 2**48: the RNG is broken

    def replace_journey(self, map_id: str, journey: Journey) -> MapRecord | None:
        """Put a corrected journey in place of the old one (same id, next revision); None if there is no map."""
        record = self.get(map_id)
        if record is None:
            return None
        doc = _checked(journey, record.text)
        now = _now()
        with self._connect() as conn:
            cur = conn.execute("UPDATE maps SET journey = ?, legs = ?, events = ?, places = ?, "
                               "revision = revision + 1, updated = ? WHERE id = ?",
                               (doc, len(journey.legs), len(journey.events), len(journey.places), now, map_id))
            if cur.rowcount == 0:
                return None
        return self.get(map_id)

    def delete(self, map_id: str) -> bool:
        if not ID_RE.match(map_id):
            return False
        with self._connect() as conn:
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

    def count(self) -> int:
        with self._connect() as conn:
            return conn.execute("SELECT count(*) FROM maps").fetchone()[0]


def _open(path: Path) -> sqlite3.Connection:
    """A connection; on a read-only data folder an immutable one, which reads without the WAL's shared-memory
    file (writes then fail with "readonly database", which the app answers as 503)."""
    if path.exists() and not os.access(path.parent, os.W_OK):
        return sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None)
    return sqlite3.connect(path, timeout=10, isolation_level=None)


def _checked(journey: Journey, text: str) -> str:
    """The journey file to store, after proving it loads back and its quotes match the text."""
    doc = journey.to_json()
    loads(doc, text=text)
    return doc
