"""The gazetteer's SQLite file: places, a normalised-names index, and answers cached from online geocoders.

One file, read-mostly. GeoNames rows use their geonameid as the row id; rows written through from an
online geocoder get negative ids so they can never collide with GeoNames.
"""

from __future__ import annotations

import os
import pathlib
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

import platformdirs

__all__ = ["GazetteerError", "Place", "Store", "SCHEMA_VERSION", "default_path", "check_file"]

SCHEMA_VERSION = 1
_SQLITE_MAGIC = b"SQLite format 3\x00"


class GazetteerError(Exception):
    """An unrecoverable gazetteer problem; str(err) is one line meant for a user."""


@dataclass(frozen=True, slots=True)
class Place:
    """A place with coordinates; the unit every lookup returns."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2, '' if unknown
    admin1: str
    population: int
    kind: str  # 'city' | 'country' | 'region' | 'landmark' | 'other'
    capital: bool
    source: str  # 'GeoNames', 'GeoNames (capital)', ... or an online geocoder's name, e.g. 'Nominatim'


def default_path() -> pathlib.Path:
    """Where the gazetteer lives: $WEBMAP_GAZETTEER, else $WEBMAP_CACHE_DIR/…, else the user cache dir."""
    explicit = os.environ.get("WEBMAP_GAZETTEER")
    if explicit:
        return pathlib.Path(explicit).expanduser()
    cache_dir = os.environ.get("WEBMAP_CACHE_DIR")
    if cache_dir:
        return pathlib.Path(cache_dir).expanduser() / "gazetteer.sqlite3"
    return pathlib.Path(platformdirs.user_cache_dir("webmap")) / "gazetteer.sqlite3"


SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE places (
    id INTEGER PRIMARY KEY,          -- geonameid for GeoNames rows, negative for online rows
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country TEXT NOT NULL,
    admin1 TEXT NOT NULL,
    population INTEGER NOT NULL,
    kind TEXT NOT NULL,
    capital INTEGER NOT NULL,
    source TEXT NOT NULL,
    fetched_at TEXT                  -- ISO 8601 UTC time an online geocoder answered; NULL for GeoNames
);
CREATE INDEX places_country ON places (country, kind);
CREATE TABLE names (
    norm TEXT NOT NULL,              -- normalise(name)
    place INTEGER NOT NULL,
    exact INTEGER NOT NULL,          -- 1: the place's own name (or a sourced English alias of a country)
    pop INTEGER NOT NULL,            -- copy of places.population, so iter_names needs no join
    PRIMARY KEY (norm, place)
) WITHOUT ROWID;
CREATE TABLE online_queries (
    query TEXT NOT NULL,             -- normalise(query)
    country TEXT NOT NULL,           -- '' when not filtered
    place INTEGER,                   -- NULL: the geocoder answered "not found"
    source TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (query, country)
) WITHOUT ROWID;
"""

_PLACE_COLS = "p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.population, p.kind, p.capital, p.source"


def _place(row: tuple) -> Place:
    gid = row[0]
    return Place(gid if gid > 0 else None, row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                 bool(row[8]), row[9])


def check_file(path: pathlib.Path) -> str | None:
    """Cheap checks on the raw file; returns why it is unusable, or None if it looks like a whole database.

    Catches the common failures (missing, zero length, garbage, truncated copy) without opening SQLite.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    except OSError as e:
        return f"unreadable ({e.strerror})"
    if size == 0:
        return "empty file"
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError as e:
        return f"unreadable ({e.strerror})"
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return "not a SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    change_counter, valid_for = header[24:28], header[92:96]
    if pages and change_counter == valid_for and page_size * pages > size:
        return f"truncated ({size} of {page_size * pages} bytes)"
    if size % page_size:
        return "truncated (partial page)"
    return None


class Store:
    """The SQLite database behind a Gazetteer.

    Shared by threads (a Flask server): one connection guarded by a lock, so reads are serialised
    but never contend on SQLite's own file locks.
    """

    def __init__(self, conn: sqlite3.Connection, path: pathlib.Path):
        self.conn = conn
        self.path = path
        self.lock = threading.RLock()

    # -- opening and checking -------------------------------------------------------------------

    @classmethod
    def open(cls, path: pathlib.Path) -> Store:
        """Open an existing, valid gazetteer; raise GazetteerError saying why it is not one."""
        path = pathlib.Path(path)
        problem = check_file(path)
        if problem:
            raise GazetteerError(f"gazetteer {path}: {problem}")
        try:
            conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        except sqlite3.Error as e:
            raise GazetteerError(f"gazetteer {path}: cannot open ({e})") from None
        store = cls(conn, path)
        try:
            problem = store.validate()
        except sqlite3.Error as e:
            problem = f"unreadable ({e})"
        if problem:
            conn.close()
            raise GazetteerError(f"gazetteer {path}: {problem}")
        return store

    @classmethod
    def create(cls, path: pathlib.Path) -> Store:
        """A new, empty database with the schema, tuned for one fast bulk load (used by build)."""
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-200000")
        conn.executescript(SCHEMA)
        return cls(conn, pathlib.Path(path))

    def validate(self) -> str | None:
        """Schema version, completeness flag and row counts; returns a reason or None if fine."""
        c = self.conn
        try:
            meta = dict(c.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError:
            return "not a webmap gazetteer (no meta table)"
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            return f"schema version {meta.get('schema_version')!r}, expected {SCHEMA_VERSION}"
        if meta.get("complete") != "1":
            return "incomplete build"
        (places,) = c.execute("SELECT count(*) FROM places WHERE id > 0").fetchone()
        if str(places) != meta.get("places"):
            return f"{places} places, expected {meta.get('places')}"
        # The names table is the biggest; its last key proves the end of the B-tree is readable.
        if c.execute("SELECT norm FROM names ORDER BY norm DESC LIMIT 1").fetchone() is None:
            return "empty names index"
        return None

    def meta(self) -> dict[str, str]:
        with self.lock:
            return dict(self.conn.execute("SELECT key, value FROM meta"))

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    # -- reads ----------------------------------------------------------------------------------

    def by_name(self, norm: str) -> list[tuple[Place, bool]]:
        """Every place with this normalised name, and whether it is an exact (not alternate) match."""
        with self.lock:
            rows = self.conn.execute(
                f"SELECT {_PLACE_COLS}, n.exact FROM names n JOIN places p ON p.id = n.place "
                "WHERE n.norm = ?", (norm,)).fetchall()
        return [(_place(r), bool(r[10])) for r in rows]

    def get(self, place_id: int) -> Place | None:
        with self.lock:
            row = self.conn.execute(f"SELECT {_PLACE_COLS} FROM places p WHERE p.id = ?",
                                    (place_id,)).fetchone()
        return _place(row) if row else None

    def country(self, iso2: str) -> Place | None:
        with self.lock:
            row = self.conn.execute(
                f"SELECT {_PLACE_COLS} FROM places p WHERE p.country = ? AND p.kind = 'country' "
                "ORDER BY p.id > 0 DESC LIMIT 1", (iso2.upper(),)).fetchone()
        return _place(row) if row else None

    def iter_names(self) -> Iterator[tuple[str, int]]:
        """(normalised name, best population among its places), in name order, streamed."""
        with self.lock:
            cur = self.conn.execute("SELECT norm, max(pop) FROM names GROUP BY norm")
        while True:
            with self.lock:
                rows = cur.fetchmany(20000)
            if not rows:
                return
            yield from rows

    def fetched_at(self, place_id: int) -> str | None:
        with self.lock:
            row = self.conn.execute("SELECT fetched_at FROM places WHERE id = ?", (place_id,)).fetchone()
        return row[0] if row else None

    def online_answer(self, query: str, country: str | None) -> tuple[bool, Place | None]:
        """(asked before?, the answer or None if the geocoder said not found)."""
        with self.lock:
            row = self.conn.execute("SELECT place FROM online_queries WHERE query = ? AND country = ?",
                                    (query, (country or "").upper())).fetchone()
        if row is None:
            return False, None
        return True, (self.get(row[0]) if row[0] is not None else None)

    # -- writes (online answers) ----------------------------------------------------------------

    def add_online(self, query: str, country: str | None, place: Place | None, source: str,
                   extra_names: tuple[str, ...] = ()) -> Place | None:
        """Write an online geocoder's answer (or its "not found") through to the database.

        The answer is indexed under the query and its own name so an offline lookup finds it next time.
        Returns the stored place (with the id it got) or None.
        """
        from .normalise import normalise

        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                place_id = None
                if place is not None:
                    (low,) = c.execute("SELECT min(id) FROM places").fetchone()
                    place_id = min(-1, (low or 0) - 1)
                    c.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                              (place_id, place.name, place.lat, place.lon, place.country, place.admin1,
                               place.population, place.kind, int(place.capital), source, now))
                    own = normalise(place.name)
                    for n in {query, own, *(normalise(x) for x in extra_names)} - {""}:
                        c.execute("INSERT OR IGNORE INTO names VALUES (?,?,?,?)",
                                  (n, place_id, int(n == own), place.population))
                c.execute("INSERT OR REPLACE INTO online_queries VALUES (?,?,?,?,?)",
                          (query, (country or "").upper(), place_id, source, now))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        return self.get(place_id) if place_id is not None else None
